package org.pushbox.protocol.command.sendmail;

import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The ComposeMail code page (21) and what SendMail, SmartReply and SmartForward (14.0+ WBXML form)
 * share: the ClientId rule, the Mime value, the Source, and the one-status response. They have no
 * status codes of their own: success is 1 (or an empty body), faults are common statuses.
 */
public final class ComposeMail {

    public static final Tag SEND_MAIL = tag("SendMail");
    public static final Tag SMART_FORWARD = tag("SmartForward");
    public static final Tag SMART_REPLY = tag("SmartReply");
    public static final Tag SAVE_IN_SENT_ITEMS = tag("SaveInSentItems");
    public static final Tag REPLACE_MIME = tag("ReplaceMime");
    public static final Tag SOURCE = tag("Source");
    public static final Tag FOLDER_ID = tag("FolderId");
    public static final Tag ITEM_ID = tag("ItemId");
    public static final Tag LONG_ID = tag("LongId");
    public static final Tag INSTANCE_ID = tag("InstanceId");
    public static final Tag MIME = tag("Mime");
    public static final Tag CLIENT_ID = tag("ClientId");
    public static final Tag STATUS = tag("Status");
    public static final Tag ACCOUNT_ID = tag("AccountId");
    public static final Tag FORWARDEES = tag("Forwardees");
    public static final Tag FORWARDEE = tag("Forwardee");
    public static final Tag FORWARDEE_NAME = tag("ForwardeeName");
    public static final Tag FORWARDEE_EMAIL = tag("ForwardeeEmail");
    public static final Tag TEMPLATE_ID = CodePages.require("RightsManagement", "TemplateID");
    /** Structural faults: these commands have no "malformed" status of their own. */
    public static final EasStatus BAD = CommonStatus.INVALID_XML;
    /** [MS-ASCMD] 2.2.3.28: a ClientId has at most 40 characters. */
    public static final int MAX_CLIENT_ID = 40;

    private ComposeMail() {
    }

    private static Tag tag(String name) {
        return CodePages.require("ComposeMail", name);
    }

    /** The required ClientId, 1-40 characters. */
    public static String clientId(ElementReader r) throws CommandException {
        String id = r.requiredText(CLIENT_ID);
        if (id.isEmpty() || id.length() > MAX_CLIENT_ID) {
            throw r.fault("ClientId must have 1-" + MAX_CLIENT_ID + " characters, got " + id.length());
        }
        return id;
    }

    /** The required Mime, OPAQUE (iOS) or a string (others). */
    public static Bytes mime(ElementReader r) throws CommandException {
        return Bytes.of(r.requiredBytes(MIME));
    }

    /**
     * The required Source: ItemId (with FolderId, which [MS-ASCMD] 2.2.3.93 lets a client leave out for
     * an Inbox item), or LongId; a FolderId alone names nothing. InstanceId optional.
     */
    public static Source source(ElementReader r) throws CommandException {
        ElementReader s = r.requiredContainer(SOURCE, FOLDER_ID, ITEM_ID, LONG_ID, INSTANCE_ID);
        String folderId = s.text(FOLDER_ID);
        String itemId = s.text(ITEM_ID);
        String longId = s.text(LONG_ID);
        if ((folderId != null && itemId == null) || (itemId != null) == (longId != null)) {
            throw s.fault("needs ItemId (with FolderId), or LongId");
        }
        return new Source(folderId, itemId, longId, s.text(INSTANCE_ID));
    }

    public static void writeSource(ElementBuilder b, Source source) {
        b.child(SOURCE, s -> s.text(FOLDER_ID, source.folderId()).text(ITEM_ID, source.itemId())
                .text(LONG_ID, source.longId()).text(INSTANCE_ID, source.instanceId()));
    }

    /** {@code <Command><Status>n</Status></Command>}. */
    public static WbxmlElement encodeResponse(Tag command, ComposeMailResponse response, ProtocolVersion version) {
        return ElementBuilder.of(command, version).status(STATUS, response.status()).build();
    }

    /** Client side: reads a one-status response; 1 is the only command-specific code. */
    public static ComposeMailResponse decodeResponse(Tag command, WbxmlElement root) throws CommandException {
        EasStatus status = ElementReader.root(root, command, BAD, STATUS).requiredStatus(STATUS, Success.values());
        return new ComposeMailResponse(status);
    }

    /** The one status code ComposeMail commands define themselves. */
    public enum Success implements EasStatus {
        SUCCESS;

        @Override
        public int code() {
            return 1;
        }
    }
}
