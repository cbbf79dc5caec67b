package org.pushbox.server.mail.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.command.StandardCommands;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.NewOutboundMessage;
import org.pushbox.storage.api.PropertyMap;

/**
 * The outbox as {@code pushbox serve} wires it: one per runtime, configured from the relay keys, resuming
 * the queue at start, and its relay thread gone once the runtime is closed.
 */
class OutboxRuntimeIT {

    @TempDir
    Path dir;

    /** Live relay threads (other test classes in this JVM may have their own). */
    static Set<Thread> relayThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("pushbox-relay") && t.isAlive()).collect(Collectors.toSet());
    }

    @Test
    void theServerSendsWhatWasQueuedBeforeItStartedAndStopsItsRelayThread() throws Exception {
        try (RelaySink sink = RelaySink.start()) {
            PushboxConfig config = ConfigLoader.fromValues(Map.of("bind-address", "127.0.0.1", "port", "0",
                    "data-dir", dir.toString(), "demo-account", "false", "relay.host", "127.0.0.1",
                    "relay.port", String.valueOf(sink.port()), "relay.security", "none", "relay.helo", "eas.example.org"),
                    "test");
            try (MailboxStore store = MailboxStore.open(StoreSettings.of(config))) {
                Account anna = store.accounts().create(new NewAccount("anna", "pw-anna-1", "Anna",
                        List.of("anna@example.org"), PropertyMap.EMPTY));
                byte[] mime = OutboxIT.mime("left over", "from the last run\r\n");
                BlobId blob = store.blobs().put(new ByteArrayInputStream(mime)).id();
                store.outbound().enqueue(new NewOutboundMessage(anna.id(), null, "anna@example.org", blob, mime.length,
                        List.of(new NewOutboundMessage.Recipient("ben@remote.test", false))), Instant.now(),
                        Duration.ofMinutes(1));

                Set<Thread> before = relayThreads();
                Thread ours;
                PushboxRuntime runtime = PushboxRuntime.start(config, store, new StandardCommands());
                try {
                    long end = System.nanoTime() + OutboxIT.WAIT.toNanos();
                    while (sink.received().isEmpty()) {
                        assertThat(System.nanoTime()).as("the queued message to leave").isLessThan(end);
                        Thread.sleep(50);
                    }
                    assertThat(sink.received().get(0).helo()).isEqualTo("eas.example.org");
                    OutboxIT.assertBytes(sink.received().get(0).data(), mime);
                    Set<Thread> started = relayThreads();
                    started.removeAll(before);
                    assertThat(started).as("the runtime's own relay thread").hasSize(1);
                    ours = started.iterator().next();
                } finally {
                    runtime.close();
                }
                // The executor reports termination while its worker thread is still returning: allow a moment.
                ours.join(5_000);
                assertThat(ours.isAlive()).as("stopped with the runtime").isFalse();
            }
        }
    }
}
