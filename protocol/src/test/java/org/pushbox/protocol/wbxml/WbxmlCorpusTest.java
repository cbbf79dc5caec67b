package org.pushbox.protocol.wbxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every WBXML request and response body that real handsets and Exchange 2010 exchanged decodes,
 * re-encodes to the identical bytes, and agrees element by element with the independent
 * decoder's {@code .spec.xml}.
 */
class WbxmlCorpusTest {

    static List<Path> bodies() {
        return CorpusFiles.wbxmlBodies();
    }

    @Test
    void theCorpusIsComplete() {
        // 335 WBXML responses + 374 WBXML requests (corpus README); a partial checkout must not pass quietly.
        assertThat(bodies()).hasSize(709);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void decodesAndReencodesToIdenticalBytes(Path file) throws Exception {
        byte[] original = CorpusFiles.read(file);

        WbxmlElement tree = Wbxml.decode(original);

        assertThat(Wbxml.encode(tree)).as("re-encoded %s", file).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void matchesTheIndependentDecoder(Path file) throws Exception {
        Path spec = CorpusFiles.devices().resolve(file.toString().replaceAll("\\.wbxml$", ".spec.xml"));

        List<SpecXml.Node> expected = SpecXml.flatten(spec);
        List<SpecXml.Node> actual = SpecXml.flatten(Wbxml.decode(CorpusFiles.read(file)));

        assertThat(actual).as("elements of %s in document order", file).containsExactlyElementsOf(expected);
    }
}
