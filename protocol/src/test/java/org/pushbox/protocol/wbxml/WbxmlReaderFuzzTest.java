package org.pushbox.protocol.wbxml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pushbox.protocol.xml.WbxmlXml;

/**
 * Hostile input for the reader. Contract: {@link Wbxml#decode} returns a tree or throws
 * {@link WbxmlException}, never another exception, and allocates at most a fixed multiple of the
 * input length (plus a constant for the exception and its stack trace). A tree it returns
 * re-encodes and decodes to itself, and survives the XML form.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the inputs under
 * {@code src/test/resources/org/pushbox/protocol/wbxml/WbxmlReaderFuzzTestInputs/}.
 */
class WbxmlReaderFuzzTest {

    /** Bytes of heap per input byte: a one-byte empty element becomes an object and a list slot. */
    static final long ALLOCATION_PER_INPUT_BYTE = 64;
    /** Fixed part: the exception with its stack trace, reader and builder state. */
    static final long ALLOCATION_CONSTANT = 256 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @FuzzTest(maxDuration = "3m")
    void decode(byte[] input) throws Exception {
        WbxmlElement tree = decodeOrNull(input);
        // The first decodes of a run also load and initialise classes on this thread; a real
        // blow-up shows in every run, so the cheaper of two runs is held to the bound.
        long allocated = Math.min(allocationOf(input), allocationOf(input));
        assertThat(allocated).as("bytes allocated decoding %d input bytes", input.length)
                .isLessThanOrEqualTo(ALLOCATION_PER_INPUT_BYTE * input.length + ALLOCATION_CONSTANT);
        if (tree != null) {
            byte[] again = Wbxml.encode(tree);
            assertThat(again.length).isLessThanOrEqualTo(input.length);
            assertThat(Wbxml.decode(again)).isEqualTo(tree);
            assertThat(WbxmlXml.fromXml(WbxmlXml.toXml(tree))).isEqualTo(tree);
        }
    }

    /** Shapes that make naive decoders allocate far more than their input (all within the limits). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "many one-byte OPAQUE segments, C3 01 41",
        "many one-byte STR_I segments,  03 41 00",
        "many empty STR_I segments,     03 00",
        "many empty elements,           0B",
        "many elements with content,    4B 01",
        "many page switches,            00 00",
    })
    void allocationStaysLinearForAdversarialShapes(String what, String unit) {
        byte[] one = Hex.parse(unit);
        int repeats = 150_000 / one.length;
        byte[] doc = new byte[6 + repeats * one.length];
        System.arraycopy(Hex.parse("03 01 6A 00 4B"), 0, doc, 0, 5);
        for (int i = 0; i < repeats; i++) {
            System.arraycopy(one, 0, doc, 5 + i * one.length, one.length);
        }
        doc[doc.length - 1] = 0x01;
        decodeOrNull(doc);
        long allocated = Math.min(allocationOf(doc), allocationOf(doc));
        assertThat(allocated).as(what).isLessThanOrEqualTo(ALLOCATION_PER_INPUT_BYTE * doc.length + ALLOCATION_CONSTANT);
    }

    private static WbxmlElement decodeOrNull(byte[] input) {
        try {
            return Wbxml.decode(input);
        } catch (WbxmlException expected) {
            assertThat(expected.offset()).isBetween(0, input.length);
            assertThat(expected.kind()).isNotNull();
            return null;
        }
    }

    private static long allocationOf(byte[] input) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            Wbxml.decode(input);
        } catch (WbxmlException expected) {
            // checked above; only the allocation matters here
        }
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
