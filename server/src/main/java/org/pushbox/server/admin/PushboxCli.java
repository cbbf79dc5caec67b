package org.pushbox.server.admin;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pushbox} command line: the one entry point of the runnable jar. */
@Command(name = "pushbox", mixinStandardHelpOptions = true, versionProvider = PushboxVersion.class,
        description = "A self-hosted Exchange ActiveSync server.",
        subcommands = {CommandLine.HelpCommand.class, WbxmlCommand.class, ServeCommand.class, UserCommand.class,
                DeviceCommand.class, QueueCommand.class, CertCommand.class, ImportCommand.class, ExportCommand.class})
public final class PushboxCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new PushboxCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
