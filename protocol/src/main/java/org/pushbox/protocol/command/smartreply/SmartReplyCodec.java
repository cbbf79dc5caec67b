package org.pushbox.protocol.command.smartreply;

import static org.pushbox.protocol.command.sendmail.ComposeMail.*;

import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.sendmail.ComposeMail;
import org.pushbox.protocol.command.sendmail.ComposeMailResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** SmartReply ([MS-ASCMD] 2.2.1.20), 14.0+ WBXML form. */
public final class SmartReplyCodec {

    private SmartReplyCodec() {
    }

    /** Faults give common status 103: no ClientId, Source or Mime; a Source without FolderId+ItemId or LongId. */
    public static SmartReplyRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SMART_REPLY, BAD, CLIENT_ID, SOURCE, ACCOUNT_ID, SAVE_IN_SENT_ITEMS,
                REPLACE_MIME, MIME, TEMPLATE_ID);
        return new SmartReplyRequest(clientId(r), source(r), r.text(ACCOUNT_ID), r.flag(SAVE_IN_SENT_ITEMS),
                r.flag(REPLACE_MIME), mime(r), r.text(TEMPLATE_ID));
    }

    public static WbxmlElement encodeResponse(ComposeMailResponse response, ProtocolVersion version) {
        return ComposeMail.encodeResponse(SMART_REPLY, response, version);
    }

    public static WbxmlElement encodeRequest(SmartReplyRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(SMART_REPLY, version).text(CLIENT_ID, request.clientId());
        writeSource(b, request.source());
        return b.text(ACCOUNT_ID, request.accountId()).empty(SAVE_IN_SENT_ITEMS, request.saveInSentItems())
                .empty(REPLACE_MIME, request.replaceMime()).opaque(MIME, request.mime().toArray())
                .text(TEMPLATE_ID, request.templateId()).build();
    }

    public static ComposeMailResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        return ComposeMail.decodeResponse(SMART_REPLY, root);
    }
}
