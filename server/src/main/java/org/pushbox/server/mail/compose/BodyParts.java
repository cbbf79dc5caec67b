package org.pushbox.server.mail.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Multipart;

/**
 * Where a message's text is: the first text/plain and text/html parts in body position (the message
 * itself, both sides of a multipart/alternative, the first part of any other multipart, recursively),
 * and every other leaf part, which is an attachment (inline images, a text/calendar alternative,
 * attached messages included).
 */
final class BodyParts {

    /** Multipart nesting followed; deeper parts are left where they are. */
    static final int MAX_DEPTH = 20;

    final Entity plain;
    final Entity html;
    final List<Entity> attachments;

    private BodyParts(Entity plain, Entity html, List<Entity> attachments) {
        this.plain = plain;
        this.html = html;
        this.attachments = attachments;
    }

    static BodyParts of(Entity root) {
        Walk walk = new Walk();
        walk.visit(root, true, 0);
        return new BodyParts(walk.plain, walk.html, List.copyOf(walk.attachments));
    }

    private static final class Walk {
        Entity plain;
        Entity html;
        final List<Entity> attachments = new ArrayList<>();

        void visit(Entity entity, boolean bodyPosition, int depth) {
            if (entity.getBody() instanceof Multipart multipart) {
                if (depth >= MAX_DEPTH) {
                    return;
                }
                boolean alternative = "alternative".equalsIgnoreCase(multipart.getSubType());
                List<Entity> parts = multipart.getBodyParts();
                for (int i = 0; i < parts.size(); i++) {
                    visit(parts.get(i), bodyPosition && (alternative || i == 0), depth + 1);
                }
                return;
            }
            String type = entity.getMimeType() == null ? "" : entity.getMimeType().toLowerCase(Locale.ROOT);
            boolean attached = "attachment".equalsIgnoreCase(entity.getDispositionType());
            if (bodyPosition && !attached && plain == null && type.equals("text/plain")) {
                plain = entity;
            } else if (bodyPosition && !attached && html == null && type.equals("text/html")) {
                html = entity;
            } else {
                attachments.add(entity);
            }
        }
    }
}
