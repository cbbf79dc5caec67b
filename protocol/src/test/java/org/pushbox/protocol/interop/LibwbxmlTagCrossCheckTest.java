package org.pushbox.protocol.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.interop.LibwbxmlNames.PageToken;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Every token libwbxml knows, checked against libwbxml in both directions, one document per code
 * page (one process per page and direction keeps the whole class near a second).
 *
 * <p>The document for page P is rooted on another page and holds, for each token of P, the element
 * with content, an element of the root's page, the element without content (the bare token) and
 * again an element of the root's page; so every occurrence of a page-P element needs a SWITCH_PAGE,
 * and both forms of the tag byte (with and without the content bit 0x40) appear.
 */
class LibwbxmlTagCrossCheckTest {

    private static LibwbxmlNames names;

    @BeforeAll
    static void requireLibwbxml() {
        Libwbxml.require();
        names = LibwbxmlNames.load();
    }

    static IntStream pagesLibwbxmlKnows() {
        return IntStream.rangeClosed(0, 24);
    }

    @Test
    void libwbxmlKnowsEveryPageButFind() {
        assertThat(names.pages()).containsExactlyElementsOf(pagesLibwbxmlKnows().boxed().toList());
    }

    @Test
    void everyTokenLibwbxmlKnowsIsInOurTable() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<PageToken, String> e : names.names().entrySet()) {
            if (CodePages.tag(e.getKey().page(), e.getKey().token()) == null) {
                missing.add(e.getKey() + " " + e.getValue());
            }
        }
        // AirNotify (page 3) was retired before EAS 2.5; libwbxml has one more token on it than
        // Z-Push, grommunio and our table, and nothing sends it.
        assertThat(missing).containsExactly("3/0x17 DeviceFriendlyName");
    }

    @ParameterizedTest(name = "page {0}")
    @MethodSource("pagesLibwbxmlKnows")
    void wbxml2xmlDecodesOurBytesToTheSameTokens(int page) {
        WbxmlElement document = everyTokenOf(page);
        byte[] ours = Wbxml.encode(document);

        List<Libwbxml.Node> theirs = Libwbxml.parse(Libwbxml.wbxml2xml(ours), names);

        assertThat(theirs).as("wbxml2xml's reading of our page-%d document", page)
                .containsExactlyElementsOf(WireNodes.asLibwbxmlShowsThem(document));
    }

    @ParameterizedTest(name = "page {0}")
    @MethodSource("pagesLibwbxmlKnows")
    void ourReaderDecodesXml2wbxmlOutputToTheSameTree(int page) throws Exception {
        WbxmlElement document = everyTokenOf(page);
        byte[] theirs = Libwbxml.xml2wbxml(WireNodes.libwbxmlXml(document, names));

        assertThat(Wbxml.decode(theirs)).as("our reading of xml2wbxml's page-%d document", page).isEqualTo(document);
    }

    /** See the class comment; values are unique per token, so a token read as its neighbour shows. */
    private static WbxmlElement everyTokenOf(int page) {
        Tag root = page == 0 ? CodePages.require("FolderHierarchy", "FolderSync") : CodePages.require("AirSync", "Sync");
        Tag filler = page == 0 ? CodePages.require("FolderHierarchy", "Status") : CodePages.require("AirSync", "Status");
        List<WbxmlElement> children = new ArrayList<>();
        for (PageToken pt : names.names().keySet()) {
            Tag tag = CodePages.tag(pt.page(), pt.token());
            if (pt.page() != page || tag == null) {
                continue;
            }
            children.add(withContent(tag));
            children.add(WbxmlElement.text(filler, "1"));
            children.add(WbxmlElement.empty(tag));
            children.add(WbxmlElement.text(filler, "2"));
        }
        assertThat(children).as("tokens of page %d", page).isNotEmpty();
        return WbxmlElement.of(root, children);
    }

    private static WbxmlElement withContent(Tag tag) {
        // Eight base64 characters, so that the value is also valid where libwbxml expects base64.
        String value = String.format("p%02dt%02Xzz", tag.page(), tag.token());
        if (Libwbxml.BASE64_ELEMENTS.contains(new PageToken(tag.page(), tag.token()))) {
            return WbxmlElement.opaque(tag, Base64.getDecoder().decode(value));
        }
        return WbxmlElement.text(tag, value);
    }
}
