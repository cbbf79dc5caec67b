package org.pushbox.protocol.model;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Collects the unmapped elements of a model at every depth, to prove that decoding really maps. */
final class Extras {

    private Extras() {
    }

    static List<WbxmlElement> deep(ElementGroup<?> group) {
        List<WbxmlElement> found = new ArrayList<>(group.extras());
        for (Field<?> field : group.fields()) {
            collect(group.get(field), found);
        }
        return found;
    }

    private static void collect(Object value, List<WbxmlElement> found) {
        if (value instanceof ElementGroup<?> g) {
            found.addAll(deep(g));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, found));
        } else if (value instanceof Attachments a) {
            found.addAll(a.extras());
            a.attachments().forEach(v -> collect(v, found));
            a.added().forEach(v -> collect(v, found));
            a.deleted().forEach(v -> collect(v, found));
        }
    }
}
