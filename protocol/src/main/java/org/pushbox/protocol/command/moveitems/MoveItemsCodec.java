package org.pushbox.protocol.command.moveitems;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** MoveItems ([MS-ASCMD] 2.2.1.12). */
public final class MoveItemsCodec {

    /** [MS-ASCMD] 3.2.5.x: more than 1,000 Move elements is Status 103. */
    public static final int MAX_MOVES = 1000;

    private static final Tag MOVE_ITEMS = tag("MoveItems");
    private static final Tag MOVE = tag("Move");
    private static final Tag SRC_MSG_ID = tag("SrcMsgId");
    private static final Tag SRC_FLD_ID = tag("SrcFldId");
    private static final Tag DST_FLD_ID = tag("DstFldId");
    private static final Tag RESPONSE = tag("Response");
    private static final Tag STATUS = tag("Status");
    private static final Tag DST_MSG_ID = tag("DstMsgId");
    private static final CommonStatus BAD = CommonStatus.INVALID_XML;

    private MoveItemsCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("Move", name);
    }

    /** Faults give 103: no Move, more than {@value #MAX_MOVES}, a Move without one of its three ids. */
    public static MoveItemsRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, MOVE_ITEMS, BAD, MOVE);
        List<MoveItemsRequest.Move> moves = new ArrayList<>();
        for (ElementReader m : r.containers(MOVE, SRC_MSG_ID, SRC_FLD_ID, DST_FLD_ID)) {
            moves.add(new MoveItemsRequest.Move(m.requiredText(SRC_MSG_ID), m.requiredText(SRC_FLD_ID),
                    m.requiredText(DST_FLD_ID)));
        }
        if (moves.isEmpty() || moves.size() > MAX_MOVES) {
            throw r.fault("needs 1-" + MAX_MOVES + " Move elements, got " + moves.size());
        }
        return new MoveItemsRequest(moves);
    }

    public static WbxmlElement encodeResponse(MoveItemsResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(MOVE_ITEMS, version).status(STATUS, response.status());
        response.responses().forEach(r -> b.child(RESPONSE, e -> e.text(SRC_MSG_ID, r.srcMsgId())
                .status(STATUS, r.status()).text(DST_MSG_ID, r.dstMsgId())));
        return b.build();
    }

    public static WbxmlElement encodeRequest(MoveItemsRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(MOVE_ITEMS, version);
        request.moves().forEach(m -> b.child(MOVE, e -> e.text(SRC_MSG_ID, m.srcMsgId())
                .text(SRC_FLD_ID, m.srcFldId()).text(DST_FLD_ID, m.dstFldId())));
        return b.build();
    }

    public static MoveItemsResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, MOVE_ITEMS, BAD, STATUS, RESPONSE);
        List<MoveItemsResponse.Response> responses = new ArrayList<>();
        for (ElementReader e : r.containers(RESPONSE, SRC_MSG_ID, STATUS, DST_MSG_ID)) {
            responses.add(new MoveItemsResponse.Response(e.requiredText(SRC_MSG_ID),
                    e.requiredStatus(STATUS, MoveItemsStatus.values()), e.text(DST_MSG_ID)));
        }
        return new MoveItemsResponse(r.status(STATUS, MoveItemsStatus.values()), responses);
    }
}
