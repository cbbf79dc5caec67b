package org.pushbox.benchmarks.wbxml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.kxml2.wap.WbxmlParser;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlException;
import org.pushbox.protocol.wbxml.WbxmlReader;
import org.xmlpull.v1.XmlPullParserException;

/**
 * Decoding and encoding speed of pushbox's WBXML codec, with kXML2 2.3.0 decoding the same bytes
 * in the same run as the baseline. Besides operations per second, every benchmark reports
 * {@code megabytes}: WBXML bytes read or written per second, in MB/s (10^6 bytes).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar 'wbxml' -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class WbxmlCodecBenchmark {

    @Param({"sync-100-mails", "foldersync-30-folders"})
    public String document;

    private WbxmlElement tree;
    private byte[] bytes;

    /** Bytes handled per second, as a JMH secondary result. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    @Setup
    public void setUp() throws Exception {
        tree = document.startsWith("sync") ? Documents.syncResponse() : Documents.folderSyncResponse();
        bytes = Wbxml.encode(tree);
        if (!Wbxml.decode(bytes).equals(tree)) {
            throw new IllegalStateException("the codec does not round-trip the " + document + " document");
        }
        // Both decoders must see the same document, or the comparison means nothing.
        int[] ours = census(bytes);
        int[] kxml = KxmlTables.census(bytes);
        if (!Arrays.equals(ours, kxml)) {
            throw new IllegalStateException("kXML2 sees " + Arrays.toString(kxml) + " (tags, texts, opaques), we see "
                    + Arrays.toString(ours));
        }
        System.out.printf("%n%s: %,d bytes, %d elements, %d texts, %d OPAQUE%n", document, bytes.length, ours[0],
                ours[1], ours[2]);
    }

    /** Decodes into the element tree, as command codecs will. */
    @Benchmark
    public WbxmlElement pushboxDecodeTree(Throughput t) throws WbxmlException {
        t.megabytes += bytes.length / 1e6;
        return Wbxml.decode(bytes);
    }

    /** Pulls every event and materialises every string, the same work as {@link #kxml2DecodePull}. */
    @Benchmark
    public void pushboxDecodePull(Throughput t, Blackhole bh) throws WbxmlException {
        t.megabytes += bytes.length / 1e6;
        WbxmlReader r = new WbxmlReader(bytes);
        for (WbxmlReader.Event e = r.next(); e != WbxmlReader.Event.END_DOCUMENT; e = r.next()) {
            switch (e) {
                case START_TAG:
                    bh.consume(r.tag());
                    break;
                case TEXT:
                    bh.consume(r.text());
                    break;
                case OPAQUE:
                    bh.consume(r.opaque());
                    break;
                default:
                    break;
            }
        }
    }

    /** kXML2 with nextToken(): element names, texts and its WAP-extension objects for OPAQUE. */
    @Benchmark
    public void kxml2DecodePull(Throughput t, Blackhole bh) throws XmlPullParserException, IOException {
        t.megabytes += bytes.length / 1e6;
        WbxmlParser p = KxmlTables.parser(bytes);
        for (int e = p.nextToken(); e != WbxmlParser.END_DOCUMENT; e = p.nextToken()) {
            if (e == WbxmlParser.START_TAG) {
                bh.consume(p.getName());
            } else if (e == WbxmlParser.TEXT) {
                bh.consume(p.getText());
            } else if (e == WbxmlParser.WAP_EXTENSION) {
                bh.consume(p.getWapExtensionData());
            }
        }
    }

    /** Encodes the tree into a byte array. */
    @Benchmark
    public byte[] pushboxEncodeTree(Throughput t) {
        t.megabytes += bytes.length / 1e6;
        return Wbxml.encode(tree);
    }

    /** Encodes the tree through the streaming writer onto a stream, as a server sends a response. */
    @Benchmark
    public void pushboxEncodeStream(Throughput t, Blackhole bh) {
        t.megabytes += bytes.length / 1e6;
        Wbxml.encode(tree, new OutputStream() {
            @Override
            public void write(int b) {
                bh.consume(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bh.consume(len);
            }
        });
    }

    private static int[] census(byte[] wbxml) throws WbxmlException {
        WbxmlReader r = new WbxmlReader(wbxml);
        int[] counts = new int[3];
        for (WbxmlReader.Event e = r.next(); e != WbxmlReader.Event.END_DOCUMENT; e = r.next()) {
            if (e == WbxmlReader.Event.START_TAG) {
                counts[0]++;
            } else if (e == WbxmlReader.Event.TEXT) {
                counts[1]++;
            } else if (e == WbxmlReader.Event.OPAQUE) {
                counts[2]++;
            }
        }
        return counts;
    }
}
