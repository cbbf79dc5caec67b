package org.pushbox.server.mail.mime;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyMap;

/**
 * What ingest learned from one message: its Email properties, a body preview, attachment metadata, and the
 * To/Cc addresses (to tell each recipient whether it received the message as Bcc).
 */
public record ParsedMail(PropertyMap properties, String preview, List<Attachment> attachments,
        Set<String> visibleRecipients) {

    public ParsedMail {
        Objects.requireNonNull(properties, "properties");
        attachments = List.copyOf(attachments);
        visibleRecipients = Set.copyOf(visibleRecipients);
    }

    /**
     * The item for one recipient whose addresses are {@code recipientAddresses}: ReceivedAsBcc is set when
     * none of them appears in To or Cc.
     */
    public ItemContent itemFor(BlobId mime, List<String> recipientAddresses) {
        boolean visible = recipientAddresses.stream()
                .anyMatch(a -> visibleRecipients.contains(a.toLowerCase(Locale.ROOT)));
        PropertyMap props = properties.toBuilder().bool(EmailProperty.RECEIVED_AS_BCC, !visible).build();
        return new ItemContent(ItemClass.EMAIL, props, mime, preview, attachments);
    }
}
