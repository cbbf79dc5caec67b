package org.pushbox.server.command.getattachment;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.server.command.itemoperations.AttachmentContent;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GetAttachment ([MS-ASCMD], protocol 2.5 to 12.1): {@code Cmd=GetAttachment&AttachmentName=<ref>}
 * with no body; the answer is the attachment's raw bytes with its Content-Type, streamed from the store.
 * The request line parser already refuses the command for 14.0 and later (HTTP 400, Status 138: those
 * clients fetch attachments with ItemOperations).
 *
 * <p>Errors are bare HTTP statuses, as the command has no WBXML: no AttachmentName is 400; a reference that
 * names nothing of this account's, or whose content is gone, is 500, the status the specification names for
 * a deleted attachment; a store failure is 503 so that the client retries later.
 */
public final class GetAttachmentProcessor implements CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(GetAttachmentProcessor.class);

    static final int MISSING_NAME = 400;
    static final int NO_SUCH_ATTACHMENT = 500;
    static final int STORE_UNAVAILABLE = 503;

    private final MailboxStore store;

    public GetAttachmentProcessor(MailboxStore store) {
        this.store = store;
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        return CompletableFuture.completedFuture(answer(context));
    }

    private CommandResponse answer(CommandContext context) {
        Optional<String> name = context.request().parameters().attachmentName();
        if (name.isEmpty()) {
            return CommandResponse.status(MISSING_NAME);
        }
        try {
            Optional<AttachmentContent> content = AttachmentContent.find(store, context.account().id(), name.get());
            if (content.isEmpty()) {
                return CommandResponse.status(NO_SUCH_ATTACHMENT);
            }
            // The length must be exact before the first byte (Content-Length), so it is learned first.
            long length = content.get().length();
            return CommandResponse.stream(content.get().contentType(), length, content.get()::open);
        } catch (AttachmentContent.Gone e) {
            return CommandResponse.status(NO_SUCH_ATTACHMENT);
        } catch (IOException | StoreException e) {
            LOG.warn("GetAttachment failed for device {}: {}", context.request().deviceId(), e.toString());
            return CommandResponse.status(STORE_UNAVAILABLE).withHeader("Retry-After", "30");
        }
    }
}
