package org.pushbox.protocol.wbxml;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the corpus's {@code .spec.xml} files (written by {@code corpus/tools/eas_wbxml.py}, an
 * independent decoder) into a flat list of (depth, namespace, name, text) in document order,
 * and does the same for our tree, so the two can be compared element by element.
 */
final class SpecXml {

    /** One element: its depth, namespace and name, and its text ("" when it has none). */
    record Node(int depth, String namespace, String name, String text) {
    }

    private SpecXml() {
    }

    static List<Node> flatten(Path specXml) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Node> nodes = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(specXml)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    open.add(nodes.size());
                    texts.add(new StringBuilder());
                    nodes.add(new Node(open.size(), r.getNamespaceURI(), r.getLocalName(), ""));
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                    texts.get(texts.size() - 1).append(r.getText());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    int index = open.remove(open.size() - 1);
                    String text = texts.remove(texts.size() - 1).toString();
                    Node n = nodes.get(index);
                    boolean hasChildren = index < nodes.size() - 1;
                    // eas_wbxml.py puts a newline between elements: whitespace around children is layout.
                    nodes.set(index, new Node(n.depth(), n.namespace(), n.name(), hasChildren ? "" : text));
                }
            }
        }
        return nodes;
    }

    static List<Node> flatten(WbxmlElement root) {
        List<Node> nodes = new ArrayList<>();
        add(root, 1, nodes);
        return nodes;
    }

    private static void add(WbxmlElement e, int depth, List<Node> nodes) {
        String text = e.children().isEmpty() ? e.textOrOpaqueAsString() : "";
        nodes.add(new Node(depth, e.tag().namespace(), e.tag().name(), text));
        for (WbxmlElement c : e.children()) {
            add(c, depth + 1, nodes);
        }
    }
}
