package org.pushbox.conformance.replay;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Compares two WBXML trees element by element. Repeated siblings are paired by name and, where they have
 * one, by identity (ServerId, ClientId, CollectionId), so that one extra item does not shift every later
 * comparison; a pairing out of order is reported once for the parent as {@link Difference.Kind#ORDER}.
 */
final class TreeDiff {

    private final String command;
    private final List<Difference> differences = new ArrayList<>();

    private TreeDiff(String command) {
        this.command = command;
    }

    static List<Difference> compare(String command, WbxmlElement exchange, WbxmlElement pushbox) {
        TreeDiff diff = new TreeDiff(command);
        String root = exchange.tag().name();
        if (!exchange.tag().equals(pushbox.tag())) {
            diff.add(root, Difference.Kind.VALUE, root, pushbox.tag().name());
        } else {
            diff.element(root, exchange, pushbox);
        }
        return diff.differences;
    }

    /** The ServerId of the command being compared (its elements' differences name it), or null. */
    private String item;

    private void element(String path, WbxmlElement e, WbxmlElement o) {
        String outer = item;
        if (e.content() == WbxmlElement.Content.CHILDREN) {
            Trees.text(e, "ServerId").ifPresent(id -> item = id);
        }
        try {
            compareElement(path, e, o);
        } finally {
            item = outer;
        }
    }

    private void compareElement(String path, WbxmlElement e, WbxmlElement o) {
        boolean eParent = e.content() == WbxmlElement.Content.CHILDREN;
        boolean oParent = o.content() == WbxmlElement.Content.CHILDREN;
        if (!eParent && !oParent) {
            String et = text(e);
            String ot = text(o);
            if (!et.equals(ot)) {
                add(path, Difference.Kind.VALUE, et, ot);
            }
            return;
        }
        List<WbxmlElement> ours = new ArrayList<>(oParent ? o.children() : List.of());
        List<Integer> positions = new ArrayList<>();
        for (WbxmlElement child : eParent ? e.children() : List.<WbxmlElement>of()) {
            int match = indexOf(ours, key(child));
            String childPath = path + "/" + child.tag().name();
            if (match < 0) {
                add(childPath, Difference.Kind.ONLY_EXCHANGE, summary(child), null, child);
                continue;
            }
            positions.add(o.children().indexOf(ours.get(match)));
            element(childPath, child, ours.get(match));
            ours.set(match, null);
        }
        for (WbxmlElement extra : ours) {
            if (extra != null) {
                add(path + "/" + extra.tag().name(), Difference.Kind.ONLY_PUSHBOX, null, summary(extra), extra);
            }
        }
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) < positions.get(i - 1)) {
                add(path, Difference.Kind.ORDER, null, null);
                break;
            }
        }
    }

    private static int indexOf(List<WbxmlElement> candidates, String key) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) != null && key(candidates.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Name plus identity: siblings with the same key are the same thing on both sides. */
    private static String key(WbxmlElement e) {
        String name = e.tag().namespace() + ":" + e.tag().name();
        for (String id : new String[] {"ServerId", "ClientId", "CollectionId"}) {
            var found = Trees.text(e, id);
            if (found.isPresent()) {
                return name + "#" + found.get();
            }
        }
        return name;
    }

    private static String text(WbxmlElement e) {
        return e.content() == WbxmlElement.Content.EMPTY ? "" : e.textOrOpaqueAsString();
    }

    private static String summary(WbxmlElement e) {
        String s = e.content() == WbxmlElement.Content.CHILDREN ? "<" + e.tag().name() + ">…" : text(e);
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private void add(String path, Difference.Kind kind, String exchange, String pushbox) {
        Difference d = new Difference(command, path, kind, exchange, pushbox);
        differences.add(item == null ? d : d.of(item));
    }

    private void add(String path, Difference.Kind kind, String exchange, String pushbox, WbxmlElement element) {
        Difference d = new Difference(command, path, kind, exchange, pushbox);
        String id = element.content() == WbxmlElement.Content.CHILDREN ? Trees.text(element, "ServerId")
                .orElse(item) : item;
        differences.add(id == null ? d : d.of(id));
    }
}
