package org.pushbox.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pushbox.conformance.client.Credentials;
import org.pushbox.conformance.client.ServerTarget;

/**
 * The server the conformance tests talk to: the embedded pushbox by default, or any running EAS server
 * when {@code -Dpushbox.conformance.url=https://host[/Microsoft-Server-ActiveSync]} is given, with
 * {@code pushbox.conformance.user} and {@code pushbox.conformance.password} naming an existing account.
 * Either way every WBXML response passes the {@link IndependentChecks}.
 */
final class ConformanceTarget implements AutoCloseable {

    static final String URL = "pushbox.conformance.url";
    static final String USER = "pushbox.conformance.user";
    static final String PASSWORD = "pushbox.conformance.password";

    private final EmbeddedServer embedded;
    private final IndependentChecks checks;
    private final ServerTarget target;

    private ConformanceTarget(EmbeddedServer embedded, IndependentChecks checks, ServerTarget target) {
        this.embedded = embedded;
        this.checks = checks;
        this.target = target;
    }

    static ConformanceTarget start(Path workDir) throws Exception {
        IndependentChecks checks = new IndependentChecks(Files.createDirectories(workDir.resolve("responses")));
        String url = System.getProperty(URL, "").strip();
        if (!url.isEmpty()) {
            Credentials account = new Credentials(required(USER), required(PASSWORD));
            return new ConformanceTarget(null, checks, ServerTarget.of(url, account, checks));
        }
        EmbeddedServer server = EmbeddedServer.start(workDir.resolve("server"));
        return new ConformanceTarget(server, checks, ServerTarget.of(server.url(), EmbeddedServer.ACCOUNT, checks));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("-D" + URL + " needs -D" + property + " too");
        }
        return value;
    }

    /** Whether this is the embedded pushbox (whose settings the tests know), not a server given by URL. */
    boolean isEmbedded() {
        return embedded != null;
    }

    ServerTarget target() {
        return target;
    }

    IndependentChecks checks() {
        return checks;
    }

    /** Validates every WBXML response seen against the XSDs, then stops the embedded server (if any). */
    @Override
    public void close() {
        try {
            checks.validateAgainstXsds();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
