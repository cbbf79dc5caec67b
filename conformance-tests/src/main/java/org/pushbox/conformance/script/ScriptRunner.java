package org.pushbox.conformance.script;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.client.ServerTarget;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.QueryForm;

/**
 * Runs a {@link Script} against a {@link ServerTarget}: one {@link EasTestClient} per {@code device}, requests
 * sent in order (or left pending with {@code async}), every {@code expect} block checked as soon as its answer
 * is there. The first unmet expectation ends the run with a {@link ScriptFailure}.
 *
 * <p>Each run binds {@code {run}} to a fresh random word so that device ids and folder names of different
 * runs (and of earlier test sessions against the same server) never collide.
 */
public final class ScriptRunner {

    /** How long an async request may be held: longer than any heartbeat a script asks for. */
    static final Duration ASYNC_LIMIT = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerTarget target;

    public ScriptRunner(ServerTarget target) {
        this.target = target;
    }

    /** Runs the script once; {@code version} is bound as {@code {version}} (may be null when unused). */
    public void run(Script script, String version) {
        new Run(script, version).steps();
    }

    private final class Run {
        private final Script script;
        /** The script being run and the includes it is in, innermost first, each with its current step line. */
        private final Deque<Script> running = new ArrayDeque<>();
        private final Deque<Integer> lines = new ArrayDeque<>();
        private final Bindings bindings = new Bindings();
        private final Map<String, EasTestClient> devices = new HashMap<>();
        private final Map<String, EasResponse> labelled = new HashMap<>();
        private final Map<String, Pending> pending = new LinkedHashMap<>();

        /** An async request and what it sent, for messages. */
        private record Pending(EasCall call, CompletableFuture<EasResponse> answer) {
        }

        Run(Script script, String version) {
            this.script = script;
            bindings.bind("run", Long.toString(Math.abs(RANDOM.nextLong() % 3_656_158_440_062_976L), 36));
            bindings.bind("user", target.credentials().user());
            if (version != null) {
                bindings.bind("version", version);
            }
        }

        void steps() {
            try {
                try {
                    steps(script);
                } catch (ScriptException e) {
                    throw new ScriptException(where(lines.isEmpty() ? 0 : lines.peek()) + e.getMessage());
                }
                if (!pending.isEmpty()) {
                    throw new ScriptException("async requests never awaited: " + pending.keySet());
                }
            } finally {
                pending.values().forEach(p -> p.answer().cancel(true));
            }
        }

        private void steps(Script current) {
            running.push(current);
            lines.push(0);
            for (Step step : current.steps()) {
                lines.pop();
                lines.push(step.line());
                step(step);
            }
            // left on the stacks when a step throws, so that the message can say where
            lines.pop();
            running.pop();
        }

        private void step(Step step) {
            if (step instanceof Step.Include i) {
                i.bindings().forEach((name, value) -> bindings.bind(name, bindings.substitute(value)));
                steps(i.script());
            } else if (step instanceof Step.DefineDevice d) {
                EasTestClient client = target.client(identity(d));
                client.acceptGzip(!"no".equals(d.attributes().get("gzip")));
                devices.put(d.name(), client);
            } else if (step instanceof Step.SetPolicyKey k) {
                device(k.device()).policyKey(Long.parseLong(bindings.substitute(k.value())));
            } else if (step instanceof Step.Send s) {
                send(s);
            } else if (step instanceof Step.Await a) {
                Pending p = pending.remove(a.label());
                if (p == null) {
                    throw new ScriptException("no async request is labelled " + a.label());
                }
                EasResponse response = await(a, p);
                verify(a.expect(), p.call(), response);
                labelled.put(a.label(), response);
            } else if (step instanceof Step.Pending p) {
                Pending held = pending.get(p.label());
                if (held == null) {
                    throw new ScriptException("no async request is labelled " + p.label());
                }
                if (held.answer().isDone()) {
                    throw new ScriptFailure(where(p.line()) + held.call() + " (" + p.label()
                            + ") was answered, expected it to be held:\n" + held.answer().getNow(null));
                }
            }
        }

        private void send(Step.Send s) {
            EasTestClient client = device(s.device());
            EasCall call = call(s);
            if (s.options().async()) {
                pending.put(s.options().label(), new Pending(call, client.sendAsync(call.timeout(ASYNC_LIMIT))));
                return;
            }
            EasResponse response;
            try {
                response = client.send(call);
            } catch (RuntimeException e) {
                throw new ScriptFailure(where(s.line()) + call + " failed: " + e.getMessage(), e);
            }
            verify(s.expect(), call, response);
            if (s.options().label() != null) {
                labelled.put(s.options().label(), response);
            }
        }

        private EasResponse await(Step.Await a, Pending p) {
            try {
                return p.answer().get(ASYNC_LIMIT.toSeconds() + 30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new ScriptFailure(where(a.line()) + p.call() + " (" + a.label() + ") failed: "
                        + e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                throw new ScriptFailure(where(a.line()) + p.call() + " (" + a.label() + ") was never answered");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScriptFailure(where(a.line()) + "interrupted", e);
            }
        }

        private EasCall call(Step.Send s) {
            EasCall call = s.isOptions() ? EasCall.options() : EasCall.post(bindings.substitute(s.command()));
            if (s.options().anonymous()) {
                call.anonymous();
            }
            s.options().omitted().forEach(call::omit);
            s.parameters().forEach(p -> call.parameter(p.getKey(), bindings.substitute(p.getValue())));
            s.headers().forEach(h -> call.header(h.getKey(), bindings.substitute(h.getValue())));
            if (s.body().kind() == Step.RequestBody.Kind.XML) {
                call.xml(bindings.substitute(s.body().text()));
            } else if (s.body().kind() == Step.RequestBody.Kind.HEX) {
                call.body(HexFormat.of().parseHex(s.body().text().replace(" ", "")), EasCall.WBXML);
            }
            return call;
        }

        private void verify(Step.Expect expect, EasCall call, EasResponse response) {
            for (Step.Check check : expect.checks()) {
                String problem;
                try {
                    problem = check.expectation().check(response, bindings, labelled);
                } catch (IllegalStateException e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    throw new ScriptFailure(where(check.line()) + check.source() + "\n  " + problem + "\n  request: "
                            + call + "\n  answer: HTTP " + response.status() + " " + response.headers().map() + "\n"
                            + response.describeBody());
                }
            }
        }

        private DeviceIdentity identity(Step.DefineDevice d) {
            Map<String, String> a = new HashMap<>(d.attributes());
            String version = bindings.substitute(a.getOrDefault("version", "{version}"));
            DeviceIdentity identity = new DeviceIdentity(
                    bindings.substitute(required(a, "id")),
                    bindings.substitute(required(a, "type")),
                    a.containsKey("agent") ? bindings.substitute(a.get("agent")) : null,
                    ProtocolVersion.fromHeader(version).orElseThrow(() -> new ScriptException("unknown version " + version)),
                    QueryForm.valueOf(a.getOrDefault("form", "plain").toUpperCase(Locale.ROOT)),
                    Integer.decode(a.getOrDefault("locale", "0x0409")));
            a.keySet().removeAll(java.util.List.of("id", "type", "agent", "version", "form", "locale", "gzip"));
            if (!a.isEmpty()) {
                throw new ScriptException("unknown device attributes " + a.keySet());
            }
            return identity;
        }

        private EasTestClient device(String name) {
            EasTestClient client = devices.get(bindings.substitute(name));
            if (client == null) {
                throw new ScriptException("no device named " + bindings.substitute(name));
            }
            return client;
        }

        /** Where a line of the innermost running script is, after the include lines that led there. */
        private String where(int line) {
            StringBuilder at = new StringBuilder();
            var scripts = running.descendingIterator();
            var includeLines = lines.descendingIterator();
            while (scripts.hasNext()) {
                Script s = scripts.next();
                int l = includeLines.next();
                at.append(s.name()).append(':').append(scripts.hasNext() ? l : line).append(scripts.hasNext() ? " > " : ": ");
            }
            return at.length() == 0 ? script.name() + ": " : at.toString();
        }
    }

    private static String required(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value == null) {
            throw new ScriptException("a device needs " + name + "=");
        }
        return value;
    }
}
