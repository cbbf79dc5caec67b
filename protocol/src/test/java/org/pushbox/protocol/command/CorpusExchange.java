package org.pushbox.protocol.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.testing.Requirements;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One captured exchange of the shared corpus for a command: the request and response bodies (each
 * {@code null} when empty) and the protocol version the device used. Read in place, never copied
 * (the device captures are AGPL test data).
 */
public record CorpusExchange(String name, Path request, Path response, ProtocolVersion version) {

    private static final Pattern HEADER_VERSION = Pattern.compile("\"MS-ASProtocolVersion\",\\s*\"([0-9.]+)\"");
    private static final Pattern BASE64_VERSION = Pattern.compile("\"ProtocolVersion\":\\s*\"([0-9.]+)\"");

    /** Every exchange of {@code command} in the corpus, in capture and sequence order. */
    public static List<CorpusExchange> of(String command) {
        Path devices = Requirements.corpus().resolve("devices");
        List<CorpusExchange> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(devices)) {
            for (Path meta : files.filter(p -> p.getFileName().toString().endsWith("-" + command + ".request.meta.json"))
                    .sorted().toList()) {
                String base = meta.getFileName().toString().replace(".request.meta.json", "");
                Path dir = meta.getParent();
                found.add(new CorpusExchange(dir.getFileName() + "/" + base, existing(dir.resolve(base + ".request.wbxml")),
                        existing(dir.resolve(base + ".response.wbxml")), version(meta)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Path existing(Path p) {
        return Files.isRegularFile(p) ? p : null;
    }

    private static ProtocolVersion version(Path meta) throws IOException {
        String json = Files.readString(meta);
        for (Pattern p : new Pattern[] {HEADER_VERSION, BASE64_VERSION}) {
            Matcher m = p.matcher(json);
            if (m.find()) {
                return ProtocolVersion.fromHeader(m.group(1)).orElseThrow();
            }
        }
        throw new IllegalStateException("no protocol version in " + meta);
    }

    public WbxmlElement requestTree() {
        return tree(request);
    }

    public WbxmlElement responseTree() {
        return tree(response);
    }

    public byte[] responseBytes() {
        return read(response);
    }

    /** The corpus's own decoding of the request ({@code .spec.xml}, names of MS-ASWBXML), as DOM. */
    public Document requestSpec() {
        return spec(request);
    }

    public Document responseSpec() {
        return spec(response);
    }

    /** The text of every element with this local name, in document order (namespace-agnostic). */
    public static List<String> texts(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }

    /** The text of the first element with this local name, or {@code null} when there is none. */
    public static String first(Document doc, String localName) {
        List<String> all = texts(doc, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The number of elements with this local name in a namespace (the page name). */
    public static int count(Document doc, String namespace, String localName) {
        return doc.getElementsByTagNameNS(namespace, localName).getLength();
    }

    private static Document spec(Path wbxml) {
        Path spec = wbxml.resolveSibling(wbxml.getFileName().toString().replace(".wbxml", ".spec.xml"));
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(spec.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + spec, e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WbxmlElement tree(Path p) {
        try {
            return Wbxml.decode(read(p));
        } catch (Exception e) {
            throw new IllegalStateException("cannot decode " + p, e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + version + ")";
    }
}
