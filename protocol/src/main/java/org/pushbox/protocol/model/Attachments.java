package org.pushbox.protocol.model;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * {@code airsyncbase:Attachments}: the attachments a server describes and, in 16.x requests, the
 * client's Add and Delete of attachments. The schema lets the three kinds interleave freely; they
 * are written attachments first, then adds, then deletes, then any unmapped children.
 */
public record Attachments(List<Attachment> attachments, List<AttachmentAdd> added, List<AttachmentDelete> deleted,
        List<WbxmlElement> extras) {

    public static final Attachments NONE = new Attachments(List.of(), List.of(), List.of(), List.of());

    private static final Tag ATTACHMENT = Tags.airSyncBase("Attachment");
    private static final Tag ADD = Tags.airSyncBase("Add");
    private static final Tag DELETE = Tags.airSyncBase("Delete");

    public Attachments {
        attachments = List.copyOf(attachments);
        added = List.copyOf(added);
        deleted = List.copyOf(deleted);
        extras = List.copyOf(extras);
    }

    /** Server-side attachment descriptions only. */
    public static Attachments of(List<Attachment> attachments) {
        return new Attachments(attachments, List.of(), List.of(), List.of());
    }

    static final ValueCodec<Attachments> CODEC = new ValueCodec<>() {
        @Override
        public Attachments decode(WbxmlElement container, DecodeContext ctx) throws DataClassException {
            List<Entry> children = ElementGroup.decodeEntries(container, Schema.anyOrder(), ctx);
            List<Attachment> attachments = new ArrayList<>();
            List<AttachmentAdd> added = new ArrayList<>();
            List<AttachmentDelete> deleted = new ArrayList<>();
            List<WbxmlElement> extras = new ArrayList<>();
            for (Entry entry : children) {
                WbxmlElement child = entry.extra();
                if (child.tag().equals(ATTACHMENT)) {
                    attachments.add(Attachment.CODEC.decode(child, ctx));
                } else if (child.tag().equals(ADD)) {
                    added.add(AttachmentAdd.CODEC.decode(child, ctx));
                } else if (child.tag().equals(DELETE)) {
                    deleted.add(AttachmentDelete.CODEC.decode(child, ctx));
                } else {
                    extras.add(child);
                }
            }
            return new Attachments(attachments, added, deleted, extras);
        }

        @Override
        public WbxmlElement encode(Tag tag, Attachments value, EncodeContext ctx) {
            List<WbxmlElement> children = new ArrayList<>();
            value.attachments.forEach(a -> children.add(a.encode(ATTACHMENT, ctx)));
            if (ctx.knows(ADD)) {
                value.added.forEach(a -> children.add(a.encode(ADD, ctx)));
                value.deleted.forEach(d -> children.add(d.encode(DELETE, ctx)));
            }
            value.extras.stream().filter(e -> ctx.knows(e.tag())).forEach(children::add);
            return WbxmlElement.of(tag, children);
        }

        @Override
        public boolean emptyIsCleared() {
            return false;
        }
    };
}
