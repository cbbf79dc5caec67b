package org.pushbox.protocol.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.pushbox.protocol.wbxml.Hex;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.xml.WbxmlXml;

/**
 * One golden document of {@code src/test/resources/golden/commands/<command>/}: {@code <case>.xml}
 * in the readable XML form ({@link WbxmlXml}), and {@code <case>.wbxml.hex}, the exact bytes
 * derived from the token table, annotated line by line. Cases named {@code response*} are
 * server responses; the others are client requests.
 */
record GoldenCase(String command, String name, Path xml, Path hex) {

    static final String ROOT = "/golden/commands";

    /** Every case, sorted by command and case name. */
    static List<GoldenCase> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().map(GoldenCase::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(GoldenCase.class.getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GoldenCase of(Path xml) {
        String file = xml.getFileName().toString();
        String name = file.substring(0, file.length() - ".xml".length());
        return new GoldenCase(xml.getParent().getFileName().toString(), name, xml, xml.resolveSibling(name + ".wbxml.hex"));
    }

    boolean response() {
        return name.startsWith("response");
    }

    WbxmlElement tree() throws Exception {
        return WbxmlXml.fromXml(Files.readString(xml, StandardCharsets.UTF_8));
    }

    byte[] bytes() throws IOException {
        return Hex.parse(Files.readString(hex, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return command + "/" + name;
    }
}
