package org.pushbox.benchmarks.wbxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.kxml2.wap.WbxmlParser;
import org.pushbox.protocol.codepage.CodePage;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.xmlpull.v1.XmlPullParserException;

/** kXML2's WBXML parser set up for EAS: one tag table per code page, built from our table. */
final class KxmlTables {

    /** kXML2 indexes a tag table by token - 5 (the first tag token). */
    private static final String[][] TABLES = new String[CodePages.pages().size()][];

    static {
        for (CodePage page : CodePages.pages()) {
            String[] names = new String[0x40 - 5];
            for (Tag tag : page.tags()) {
                names[tag.token() - 5] = tag.name();
            }
            TABLES[page.number()] = names;
        }
    }

    private KxmlTables() {
    }

    /** A parser reading {@code wbxml}, with every EAS page's tag table, as a server would set one up per request. */
    static WbxmlParser parser(byte[] wbxml) throws XmlPullParserException {
        WbxmlParser parser = new WbxmlParser();
        for (int page = 0; page < TABLES.length; page++) {
            parser.setTagTable(page, TABLES[page]);
        }
        parser.setInput(new ByteArrayInputStream(wbxml), null);
        return parser;
    }

    /** Counts what kXML2 reports with nextToken(): start tags, texts and WAP extensions (its OPAQUE). */
    static int[] census(byte[] wbxml) throws XmlPullParserException, IOException {
        WbxmlParser p = parser(wbxml);
        int[] counts = new int[3];
        for (int event = p.nextToken(); event != WbxmlParser.END_DOCUMENT; event = p.nextToken()) {
            if (event == WbxmlParser.START_TAG) {
                counts[0]++;
            } else if (event == WbxmlParser.TEXT) {
                counts[1]++;
            } else if (event == WbxmlParser.WAP_EXTENSION) {
                counts[2]++;
            }
        }
        return counts;
    }
}
