package org.pushbox.server.http;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.ProtocolVersion;
import org.slf4j.LoggerFactory;

/**
 * Which command has which processor. Filled while the server is wired together, before it starts; read
 * by every request (OPTIONS lists the registered commands, POST dispatches to them). Thread-safe.
 */
public final class CommandRegistry {

    private final Map<EasCommand, CommandProcessor> processors = new EnumMap<>(EasCommand.class);
    private CommandGate gate = CommandGate.OPEN;
    private final List<AutoCloseable> resources = new ArrayList<>();

    /** Registers the processor of {@code command}; a second registration of the same command is a bug. */
    public synchronized CommandRegistry register(EasCommand command, CommandProcessor processor) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(processor, "processor");
        if (ProtocolVersion.served().stream().noneMatch(command::isAvailableIn)) {
            throw new IllegalArgumentException(command + " exists in no protocol version pushbox serves");
        }
        if (processors.putIfAbsent(command, processor) != null) {
            throw new IllegalStateException(command + " already has a processor");
        }
        return this;
    }

    /** Installs the gate every command passes before its processor runs (the provisioning gate). */
    public synchronized CommandRegistry gate(CommandGate commandGate) {
        this.gate = Objects.requireNonNull(commandGate, "commandGate");
        return this;
    }

    public synchronized CommandGate gate() {
        return gate;
    }

    public synchronized Optional<CommandProcessor> processor(EasCommand command) {
        return Optional.ofNullable(processors.get(command));
    }

    /** The registered commands in code order (Sync, SendMail, ...), as OPTIONS lists them. */
    public synchronized List<EasCommand> commands() {
        return List.copyOf(processors.keySet());
    }

    /**
     * Registers something the processors rely on that must stop with the server (the outbox's relay
     * thread); the runtime closes it after the listeners, before the workers. Returns {@code resource}.
     */
    public synchronized <T extends AutoCloseable> T closeOnStop(T resource) {
        resources.add(Objects.requireNonNull(resource, "resource"));
        return resource;
    }

    /** Closes what {@link #closeOnStop} registered, last first; a failure is logged and the rest still close. */
    public void closeResources() {
        List<AutoCloseable> toClose;
        synchronized (this) {
            toClose = new ArrayList<>(resources);
            resources.clear();
        }
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                LoggerFactory.getLogger(CommandRegistry.class).warn("cannot stop {}", toClose.get(i), e);
            }
        }
    }

    /** The {@code MS-ASProtocolCommands} header value; empty when nothing is registered. */
    public String advertisedHeaderValue() {
        return commands().stream().map(EasCommand::commandName).collect(Collectors.joining(","));
    }
}
