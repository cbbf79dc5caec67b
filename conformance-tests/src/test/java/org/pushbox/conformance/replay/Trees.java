package org.pushbox.conformance.replay;

import java.util.List;
import java.util.Optional;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Navigation by element name (any code page), enough for reading requests and answers of known shape. */
final class Trees {

    private Trees() {
    }

    static List<WbxmlElement> children(WbxmlElement e, String name) {
        return e == null ? List.of() : e.children().stream().filter(c -> c.tag().name().equals(name)).toList();
    }

    static WbxmlElement child(WbxmlElement e, String name) {
        List<WbxmlElement> found = children(e, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The element at a path of names below {@code e}, e.g. {@code "Policies", "Policy", "PolicyKey"}. */
    static WbxmlElement at(WbxmlElement e, String... path) {
        WbxmlElement current = e;
        for (String name : path) {
            current = child(current, name);
        }
        return current;
    }

    static Optional<String> text(WbxmlElement e, String... path) {
        WbxmlElement found = at(e, path);
        return found == null || found.content() == WbxmlElement.Content.CHILDREN ? Optional.empty()
                : Optional.of(found.content() == WbxmlElement.Content.EMPTY ? "" : found.textOrOpaqueAsString());
    }

    /** The Sync collections of a request or answer. */
    static List<WbxmlElement> collections(WbxmlElement sync) {
        return children(child(sync, "Collections"), "Collection");
    }
}
