package org.pushbox.server.admin;

import java.nio.file.Path;
import java.util.Map;
import org.pushbox.server.config.ConfigException;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.PushboxConfig;
import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by every command that needs the server's configuration. */
final class ConfigOption {

    /** Used when no --config is given. */
    static final String CONFIG_ENV = "PUSHBOX_CONFIG";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (Java properties; see docs/configuration.md). "
                    + "Default: $" + CONFIG_ENV + ", else built-in defaults. PUSHBOX_<KEY> variables override it.")
    Path file;

    /** The environment; tests replace it. */
    Map<String, String> environment = System.getenv();

    PushboxConfig load() throws ConfigException {
        Path chosen = file;
        if (chosen == null && environment.get(CONFIG_ENV) != null && !environment.get(CONFIG_ENV).isBlank()) {
            chosen = Path.of(environment.get(CONFIG_ENV));
        }
        return ConfigLoader.load(chosen, environment);
    }
}
