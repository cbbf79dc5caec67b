package org.pushbox.protocol.command.smartforward;

import static org.pushbox.protocol.command.sendmail.ComposeMail.*;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.sendmail.ComposeMail;
import org.pushbox.protocol.command.sendmail.ComposeMailResponse;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** SmartForward ([MS-ASCMD] 2.2.1.19), 14.0+ WBXML form with the 16.0 Body and Forwardees. */
public final class SmartForwardCodec {

    private static final Tag BODY = CodePages.require("AirSyncBase", "Body");

    private SmartForwardCodec() {
    }

    /**
     * Faults give common status 103: no ClientId, Source or Mime; a bad Source; a Forwardee without
     * an e-mail address. (Whether Body and Forwardees fit together, 178/179, is the server's call.)
     */
    public static SmartForwardRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SMART_FORWARD, BAD, CLIENT_ID, SOURCE, ACCOUNT_ID,
                SAVE_IN_SENT_ITEMS, REPLACE_MIME, MIME, TEMPLATE_ID, BODY, FORWARDEES);
        List<SmartForwardRequest.Forwardee> forwardees = new ArrayList<>();
        ElementReader list = r.optionalContainer(FORWARDEES, FORWARDEE);
        if (list != null) {
            for (ElementReader f : list.containers(FORWARDEE, FORWARDEE_NAME, FORWARDEE_EMAIL)) {
                forwardees.add(new SmartForwardRequest.Forwardee(f.text(FORWARDEE_NAME), f.requiredText(FORWARDEE_EMAIL)));
            }
        }
        return new SmartForwardRequest(clientId(r), source(r), r.text(ACCOUNT_ID), r.flag(SAVE_IN_SENT_ITEMS),
                r.flag(REPLACE_MIME), mime(r), r.text(TEMPLATE_ID), r.optional(BODY), forwardees);
    }

    public static WbxmlElement encodeResponse(ComposeMailResponse response, ProtocolVersion version) {
        return ComposeMail.encodeResponse(SMART_FORWARD, response, version);
    }

    public static WbxmlElement encodeRequest(SmartForwardRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(SMART_FORWARD, version).text(CLIENT_ID, request.clientId());
        writeSource(b, request.source());
        b.text(ACCOUNT_ID, request.accountId()).empty(SAVE_IN_SENT_ITEMS, request.saveInSentItems())
                .empty(REPLACE_MIME, request.replaceMime()).opaque(MIME, request.mime().toArray())
                .text(TEMPLATE_ID, request.templateId()).add(request.body());
        if (!request.forwardees().isEmpty()) {
            b.child(FORWARDEES, fs -> request.forwardees().forEach(f -> fs.child(FORWARDEE, e -> e
                    .text(FORWARDEE_NAME, f.name()).text(FORWARDEE_EMAIL, f.email()))));
        }
        return b.build();
    }

    public static ComposeMailResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        return ComposeMail.decodeResponse(SMART_FORWARD, root);
    }
}
