package org.pushbox.protocol.interop;

import java.util.List;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * libwbxml as a second opinion on whole documents, for tests outside this package: what it reads
 * in our bytes and what it writes for our trees, compared by (depth, page, token, value).
 */
public final class LibwbxmlOracle {

    private final LibwbxmlNames names;

    private LibwbxmlOracle(LibwbxmlNames names) {
        this.names = names;
    }

    /** Needs wbxml2xml, xml2wbxml and the corpus's libwbxml_names.json (skips, or fails in strict mode). */
    public static LibwbxmlOracle require() {
        Libwbxml.require();
        return new LibwbxmlOracle(LibwbxmlNames.load());
    }

    /** The elements of {@code wbxml} as wbxml2xml reads them, one line each: depth, page/token, value. */
    public List<String> wbxml2xml(byte[] wbxml) {
        return lines(Libwbxml.parse(Libwbxml.wbxml2xml(wbxml), names));
    }

    /** The elements of {@code root} as {@link #wbxml2xml} would show them if libwbxml agrees with us. */
    public List<String> expected(WbxmlElement root) {
        return lines(WireNodes.asLibwbxmlShowsThem(root));
    }

    /** What xml2wbxml -v 1.3 -a -n writes for {@code root} written as libwbxml XML. */
    public byte[] xml2wbxml(WbxmlElement root) {
        return Libwbxml.xml2wbxml(WireNodes.libwbxmlXml(root, names));
    }

    private static List<String> lines(List<Libwbxml.Node> nodes) {
        return nodes.stream().map(Libwbxml.Node::toString).toList();
    }
}
