package org.pushbox.server.admin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.storage.api.MailboxStore;
import picocli.CommandLine;

/** Runs {@code pushbox} commands in-process against an embedded store in a directory of its own. */
final class CliRunner {

    record Run(int exit, String out, String err) {
    }

    private final Path config;

    CliRunner(Path dir) throws Exception {
        config = Files.writeString(dir.resolve("pushbox.conf"), "data-dir="
                + dir.resolve("data").toString().replace("\\", "\\\\")
                + "\nauth.argon2-memory=1m\nauth.argon2-iterations=1\n");
    }

    /** Runs the command with {@code --config} appended. */
    Run run(String... args) {
        String[] withConfig = java.util.Arrays.copyOf(args, args.length + 2);
        withConfig[args.length] = "--config";
        withConfig[args.length + 1] = config.toString();
        CommandLine cli = PushboxCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(withConfig);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs the command with {@code --config} appended and {@code input} as standard input of a command reading it. */
    Run runWithInput(java.io.InputStream input, String... args) {
        return runPrepared(command -> {
            if (command instanceof StoreCommand store) {
                store.stdin = input;
            }
        }, args);
    }

    /** Runs the command with {@code --config} appended, after {@code prepare} has seen the chosen subcommand. */
    Run runPrepared(java.util.function.Consumer<Object> prepare, String... args) {
        String[] withConfig = java.util.Arrays.copyOf(args, args.length + 2);
        withConfig[args.length] = "--config";
        withConfig[args.length + 1] = config.toString();
        CommandLine cli = PushboxCli.commandLine();
        cli.setExecutionStrategy(parseResult -> {
            CommandLine.ParseResult leaf = parseResult;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            prepare.accept(leaf.commandSpec().userObject());
            return new CommandLine.RunLast().execute(parseResult);
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(withConfig);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The same store the commands use; close it before the next command (H2 allows one opener per file). */
    MailboxStore open() throws Exception {
        return MailboxStore.open(StoreSettings.of(ConfigLoader.load(config, Map.of())));
    }
}
