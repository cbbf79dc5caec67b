package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.server.admin.PushboxRuntime;
import org.pushbox.server.config.ConfigLoader;
import org.pushbox.server.config.PushboxConfig;
import org.pushbox.server.config.StoreSettings;
import org.pushbox.server.http.RunningServer;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;

/** {@code smtp.enabled} as {@code pushbox serve} wires it: off by default, on beside LMTP when asked. */
class SmtpRuntimeIT {

    @TempDir
    Path dir;

    @Test
    void theSmtpListenerIsOffByDefaultAndDeliversWhenEnabled() throws Exception {
        Map<String, String> settings = RunningServer.testSettings(dir);
        PushboxConfig defaults = ConfigLoader.fromValues(settings, "test");
        assertThat(defaults.smtp().enabled()).isFalse();
        settings.put("lmtp.enabled", "true");
        settings.put("lmtp.port", "0");
        settings.put("smtp.enabled", "true");
        settings.put("smtp.bind-address", "127.0.0.1");
        settings.put("smtp.port", "0");
        PushboxConfig config = ConfigLoader.fromValues(settings, "test");
        Files.createDirectories(config.dataDir());
        try (MailboxStore store = MailboxStore.open(StoreSettings.of(config))) {
            Account anna = store.accounts().create(new NewAccount(RunningServer.LOGIN, RunningServer.PASSWORD, "Anna",
                    List.of(RunningServer.ADDRESS), PropertyMap.EMPTY));
            try (PushboxRuntime runtime = PushboxRuntime.start(config, store, PushboxRuntime.NO_COMMANDS)) {
                try (LmtpClient lmtp = new LmtpClient(runtime.lmtp().orElseThrow().localAddress())) {
                    assertThat(lmtp.reply()).contains(" LMTP ");
                }
                try (LmtpClient smtp = new LmtpClient(runtime.smtp().orElseThrow().localAddress())) {
                    assertThat(smtp.reply()).contains(" ESMTP ");
                    smtp.send("EHLO mx.test\nMAIL FROM:<s@example.net>\nRCPT TO:<" + RunningServer.ADDRESS + ">\n"
                            + "RCPT TO:<x@elsewhere.example>\nDATA\n");
                    List<String> replies = smtp.replies(5);
                    assertThat(replies.get(3)).startsWith("550 5.7.1");
                    assertThat(replies.get(4)).startsWith("354");
                    smtp.send("Subject: direct\n\nhello\n.\nQUIT\n");
                    assertThat(smtp.replies(2)).containsExactly("250 2.0.0 Message accepted for delivery",
                            "221 2.0.0 Bye");
                }
            }
            long inbox = store.folders().findByType(anna.id(), FolderType.INBOX).orElseThrow().id();
            assertThat(store.items().ids(inbox, ItemFilter.ALL)).hasSize(1);
        }
    }
}
