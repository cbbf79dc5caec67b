package org.pushbox.protocol.interop;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.pushbox.protocol.interop.LibwbxmlNames.PageToken;
import org.pushbox.testing.Requirements;

/**
 * libwbxml's command-line tools as an independent WBXML codec: {@code wbxml2xml -l ACTIVESYNC}
 * decodes our bytes, {@code xml2wbxml -v 1.3 -a -n} encodes documents for our reader.
 *
 * <p>What xml2wbxml emits, found by running it (libwbxml 0.11.8):
 * <ul>
 *   <li>{@code -a} (anonymous) is needed for EAS's header {@code 03 01 6A 00}. Without it the public
 *       identifier is {@code 00} followed by a string-table index of "-//MICROSOFT//DTD ActiveSync//EN".</li>
 *   <li>{@code -n} is needed to keep strings inline (STR_I). Without it every string that occurs twice
 *       goes to a string table and is referenced with STR_T ({@code 83}); EAS forbids string tables.</li>
 *   <li>With both, the output has only what EAS allows: SWITCH_PAGE when the page changes, the bare
 *       token for {@code <X/>} and {@code <X></X>}, STR_I, and OPAQUE for the handful of elements
 *       libwbxml treats as base64 ({@link #BASE64_ELEMENTS}).</li>
 *   <li>Like wbxml2xml, it trims leading and trailing whitespace from text.</li>
 * </ul>
 */
final class Libwbxml {

    /**
     * The elements whose XML text libwbxml takes as base64 and writes as OPAQUE (and whose OPAQUE
     * wbxml2xml prints as base64); every other OPAQUE value it prints as raw bytes.
     */
    static final List<PageToken> BASE64_ELEMENTS = List.of(
            new PageToken(10, 0x1C),  // ResolveRecipients:Data
            new PageToken(15, 0x20),  // Search:ConversationId
            new PageToken(16, 0x12),  // GAL:Data
            new PageToken(17, 0x1F),  // AirSyncBase:Content
            new PageToken(20, 0x18),  // ItemOperations:ConversationId
            new PageToken(21, 0x10),  // ComposeMail:Mime (libwbxml: MIME)
            new PageToken(22, 0x09),  // Email2:ConversationId
            new PageToken(22, 0x0A)); // Email2:ConversationIndex

    private static final String DOCTYPE =
            "<!DOCTYPE ActiveSync PUBLIC \"-//MICROSOFT//DTD ActiveSync//EN\" \"http://www.microsoft.com/\">";

    /** One element of a document in document order: depth (root = 1), wire identity and value. */
    record Node(int depth, PageToken tag, String value) {
        @Override
        public String toString() {
            return "  ".repeat(depth - 1) + tag + (value.isEmpty() ? "" : " \"" + value + '"');
        }
    }

    private Libwbxml() {
    }

    /** Skips (or fails in strict mode) unless both tools are installed. */
    static void require() {
        Requirements.tool("wbxml2xml", "libwbxml2-utils");
        Requirements.tool("xml2wbxml", "libwbxml2-utils");
    }

    /** {@code wbxml2xml -l ACTIVESYNC -m 0}: libwbxml's XML for these bytes, DOCTYPE line included. */
    static String wbxml2xml(byte[] wbxml) {
        return new String(run(wbxml, ".wbxml", "wbxml2xml", "-l", "ACTIVESYNC", "-m", "0"), StandardCharsets.UTF_8);
    }

    /** {@code xml2wbxml -v 1.3 -a -n}: libwbxml's WBXML for an XML document written with its names. */
    static byte[] xml2wbxml(String xml) {
        return xml2wbxml(xml, "-v", "1.3", "-a", "-n");
    }

    /** xml2wbxml with other options, to show what it does without the EAS-compatible ones. */
    static byte[] xml2wbxml(String xml, String... options) {
        String[] command = new String[options.length + 1];
        command[0] = "xml2wbxml";
        System.arraycopy(options, 0, command, 1, options.length);
        return run(xml.getBytes(StandardCharsets.UTF_8), ".xml", command);
    }

    /** Starts an XML document as libwbxml writes it, so that xml2wbxml picks the ActiveSync tables. */
    static StringBuilder xmlDocument() {
        return new StringBuilder("<?xml version=\"1.0\"?>\n").append(DOCTYPE).append('\n');
    }

    /**
     * Reads libwbxml's XML into nodes, mapping its names back to (page, token); a name that
     * libwbxml_names.json does not list (e.g. its {@code <unknown>} for a token it lacks) fails.
     */
    static List<Node> parse(String libwbxmlXml, LibwbxmlNames names) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Node> nodes = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(libwbxmlXml.replace(DOCTYPE, "")));
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT:
                        PageToken tag = names.tokenOf(r.getNamespaceURI(), r.getLocalName());
                        if (tag == null) {
                            throw new AssertionError("wbxml2xml wrote <" + r.getLocalName() + " xmlns=\""
                                    + r.getNamespaceURI() + "\">, which is no token of libwbxml_names.json");
                        }
                        at.add(nodes.size());
                        texts.add(new StringBuilder());
                        nodes.add(new Node(at.size(), tag, ""));
                        break;
                    case XMLStreamConstants.CHARACTERS:
                        if (!texts.isEmpty()) {
                            texts.get(texts.size() - 1).append(r.getText());
                        }
                        break;
                    case XMLStreamConstants.END_ELEMENT:
                        int index = at.remove(at.size() - 1);
                        String text = texts.remove(texts.size() - 1).toString();
                        Node open = nodes.get(index);
                        nodes.set(index, new Node(open.depth(), open.tag(), text.strip()));
                        break;
                    default:
                        break;
                }
            }
        } catch (XMLStreamException e) {
            throw new AssertionError("wbxml2xml output is not well-formed XML: " + e.getMessage() + "\n" + libwbxmlXml, e);
        }
        return nodes;
    }

    private static byte[] run(byte[] input, String suffix, String... command) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pushbox-libwbxml");
            Path in = Files.write(dir.resolve("in" + suffix), input);
            Path out = dir.resolve("out");
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("-o", out.toString(), in.toString()));
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(out)) {
                throw new AssertionError(String.join(" ", args) + " failed: " + messages.strip());
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
