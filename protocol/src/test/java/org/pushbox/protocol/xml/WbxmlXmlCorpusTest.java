package org.pushbox.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pushbox.protocol.wbxml.CorpusFiles;
import org.pushbox.protocol.wbxml.Wbxml;

/** Every real-device body prints as XML and parses back to the identical WBXML bytes. */
class WbxmlXmlCorpusTest {

    static List<Path> bodies() {
        return CorpusFiles.wbxmlBodies();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void xmlRoundTripIsByteExact(Path file) throws Exception {
        byte[] original = CorpusFiles.read(file);

        String xml = WbxmlXml.toXml(original);

        assertThat(WbxmlXml.toWbxml(xml)).as("%s via XML", file).isEqualTo(original);
        assertThat(WbxmlXml.fromXml(xml)).isEqualTo(Wbxml.decode(original));
    }
}
