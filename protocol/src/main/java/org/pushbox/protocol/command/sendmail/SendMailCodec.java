package org.pushbox.protocol.command.sendmail;

import static org.pushbox.protocol.command.sendmail.ComposeMail.*;

import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** SendMail ([MS-ASCMD] 2.2.1.17), 14.0+ WBXML form. */
public final class SendMailCodec {

    private SendMailCodec() {
    }

    /** Faults give common status 103: no ClientId (or longer than 40), no Mime, an unknown element. */
    public static SendMailRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SEND_MAIL, BAD, CLIENT_ID, ACCOUNT_ID, SAVE_IN_SENT_ITEMS, MIME,
                TEMPLATE_ID);
        return new SendMailRequest(clientId(r), r.text(ACCOUNT_ID), r.flag(SAVE_IN_SENT_ITEMS), mime(r),
                r.text(TEMPLATE_ID));
    }

    public static WbxmlElement encodeResponse(ComposeMailResponse response, ProtocolVersion version) {
        return ComposeMail.encodeResponse(SEND_MAIL, response, version);
    }

    public static WbxmlElement encodeRequest(SendMailRequest request, ProtocolVersion version) {
        return ElementBuilder.of(SEND_MAIL, version).text(CLIENT_ID, request.clientId())
                .text(ACCOUNT_ID, request.accountId()).empty(SAVE_IN_SENT_ITEMS, request.saveInSentItems())
                .opaque(MIME, request.mime().toArray()).text(TEMPLATE_ID, request.templateId()).build();
    }

    public static ComposeMailResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        return ComposeMail.decodeResponse(SEND_MAIL, root);
    }
}
