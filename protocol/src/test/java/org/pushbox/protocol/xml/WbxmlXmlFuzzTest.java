package org.pushbox.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Hostile XML for {@link WbxmlXml#fromXml(String)}: a tree or {@link WbxmlXmlException}, never
 * another exception; a tree it returns encodes, decodes and prints back to the same tree.
 */
class WbxmlXmlFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void fromXml(String xml) throws Exception {
        if (xml == null) {
            return; // Jazzer also offers null; fromXml's contract is about text
        }
        WbxmlElement tree;
        try {
            tree = WbxmlXml.fromXml(xml);
        } catch (WbxmlXmlException expected) {
            return;
        }
        assertThat(Wbxml.decode(Wbxml.encode(tree))).isEqualTo(tree);
        assertThat(WbxmlXml.fromXml(WbxmlXml.toXml(tree))).isEqualTo(tree);
    }
}
