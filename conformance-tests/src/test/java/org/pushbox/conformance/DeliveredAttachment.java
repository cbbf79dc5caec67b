package org.pushbox.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.pushbox.server.mail.MailDelivery;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemFilter;

/** A mail with one attachment delivered to the test account's empty Inbox, for the attachment-fetching tests. */
final class DeliveredAttachment {

    private DeliveredAttachment() {
    }

    /** Delivers it (spooled as {@code dir/message.eml}) and returns the attachment's FileReference. */
    static String deliver(EmbeddedServer server, Path dir, String subject, String contentType, String fileName,
            byte[] content) throws IOException {
        Path message = dir.resolve("message.eml");
        Files.writeString(message, "From: a@example.net\r\nTo: anna@example.org\r\nSubject: " + subject + "\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nthe " + subject + "\r\n--b\r\nContent-Type: " + contentType + "\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(content) + "\r\n--b--\r\n", StandardCharsets.US_ASCII);
        Account anna = server.store().accounts().findByLogin(EmbeddedServer.ACCOUNT.user()).orElseThrow();
        new MailDelivery(server.store(), Clock.systemUTC()).deliver(message, List.of(anna));
        long inbox = server.store().folders().findByType(anna.id(), FolderType.INBOX).orElseThrow().id();
        return server.store().items().ids(inbox, ItemFilter.ALL).get(0) + ":0";
    }
}
