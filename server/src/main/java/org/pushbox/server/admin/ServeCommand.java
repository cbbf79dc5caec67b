package org.pushbox.server.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pushbox.server.command.StandardCommands;
import org.pushbox.server.config.ConfigException;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pushbox serve}: opens the store, creates the demo account on a first start, serves until
 * SIGTERM or SIGINT, then shuts down in order (listener, workers, store).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the Exchange ActiveSync server until stopped (SIGTERM or Ctrl-C).")
final class ServeCommand implements Callable<Integer> {

    static final int EXIT_CONFIG = 1;
    static final int EXIT_START = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config = new ConfigOption();

    /** The processors to serve; the command layer plugs its registration in here. */
    PushboxRuntime.CommandSetup commands = new StandardCommands();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PushboxConfig settings;
        try {
            settings = config.load();
        } catch (ConfigException e) {
            err.println("pushbox: " + e.getMessage());
            err.flush();
            return EXIT_CONFIG;
        }
        MailboxStore store;
        try {
            store = StoreOpener.open(settings);
        } catch (IOException | StoreException e) {
            err.println("pushbox: cannot open the store: " + e.getMessage());
            err.flush();
            return EXIT_START;
        }
        PushboxRuntime runtime;
        try {
            if (settings.demoAccount()) {
                DemoAccount.createIfEmpty(store, settings).ifPresent(demo -> printDemo(out, demo, settings));
            } else if (store.accounts().list().isEmpty()) {
                out.println("No accounts yet; add one with: pushbox user add LOGIN --address ADDRESS");
            }
            runtime = PushboxRuntime.start(settings, store, commands);
        } catch (IOException | RuntimeException e) {
            store.close();
            err.println("pushbox: cannot start: " + e.getMessage());
            err.flush();
            return EXIT_START;
        } catch (InterruptedException e) {
            store.close();
            Thread.currentThread().interrupt();
            return EXIT_START;
        }
        out.println("pushbox listening on " + runtime.boundUrl() + " (" + runtime.server().transport().name()
                .toLowerCase(Locale.ROOT) + "); clients use " + settings.easUrl());
        runtime.lmtp().ifPresent(lmtp -> out.println("LMTP mail delivery on " + lmtp.localAddress()));
        out.println(settings.relay().host().map(host -> "Mail out through the relay " + host + ":"
                + settings.relay().port() + " (" + settings.relay().security().name().toLowerCase(Locale.ROOT) + ")")
                .orElse("Mail out: local accounts only (set relay.host to send to other domains)"));
        runtime.smtp().ifPresent(smtp -> out.println("SMTP mail delivery on " + smtp.localAddress()));
        out.flush();
        awaitShutdown(runtime, store);
        return 0;
    }

    private static void printDemo(PrintWriter out, DemoAccount.Created demo, PushboxConfig settings) {
        out.println("Created a demo account (shown once; change it with: pushbox user passwd "
                + demo.account().login() + ")");
        out.println("  user:     " + demo.account().login() + "  (or " + demo.account().primaryAddress() + ")");
        out.println("  password: " + demo.password());
        out.println("  server:   " + settings.publicUrl().getHost() + " (" + settings.easUrl() + ")");
    }

    private static void awaitShutdown(PushboxRuntime runtime, MailboxStore store) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                runtime.close();
                store.close();
            } finally {
                stopped.countDown();
            }
        }, "pushbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
