package org.pushbox.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.interop.XsdValidation;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.xml.WbxmlXml;

/** Test helpers: our own XML fixtures, and XSD validation of encoded responses. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture under {@code org/pushbox/protocol/command/} in the readable XML form. */
    public static WbxmlElement xml(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return WbxmlXml.fromXml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("bad fixture " + name, e);
        }
    }

    /** An inline XML document. */
    public static WbxmlElement parse(String xml) {
        try {
            return WbxmlXml.fromXml(xml);
        } catch (Exception e) {
            throw new IllegalStateException("bad XML: " + xml, e);
        }
    }

    /** A request decoder: {@code SyncCodec::decodeRequest} and the like. */
    @FunctionalInterface
    public interface Decoder {
        Object decode(WbxmlElement root, ProtocolVersion version) throws CommandException;
    }

    /** Asserts that decoding {@code xml} is refused with exactly this status. */
    public static void assertRefused(Decoder decoder, String xml, ProtocolVersion version, EasStatus expected) {
        WbxmlElement root = parse(xml);
        assertThatThrownBy(() -> decoder.decode(root, version)).isInstanceOfSatisfying(CommandException.class,
                e -> assertThat(e.status()).isEqualTo(expected));
    }

    /** Asserts that decoding {@code xml} is refused with this status code (command or common). */
    public static void assertRefused(Decoder decoder, String xml, ProtocolVersion version, int expectedCode) {
        WbxmlElement root = parse(xml);
        assertThatThrownBy(() -> decoder.decode(root, version)).isInstanceOfSatisfying(CommandException.class,
                e -> assertThat(e.code()).isEqualTo(expectedCode));
    }

    /** Asserts that every encoded response validates against the XSDs. */
    public static void assertValid(Path dir, List<WbxmlElement> responses) {
        XsdValidation.Verdict verdict = validate(dir, responses);
        assertThat(verdict.valid()).as(verdict.output()).isTrue();
    }

    /**
     * Validates encoded responses against Microsoft's XSDs in one run of {@code validate.sh} and
     * returns its verdict (skips, or fails in strict mode, when the corpus or xmllint is missing).
     */
    public static XsdValidation.Verdict validate(Path dir, List<WbxmlElement> responses) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            try {
                files.add(java.nio.file.Files.write(dir.resolve(String.format("r%04d.wbxml", i)),
                        Wbxml.encode(responses.get(i))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return XsdValidation.validate(files);
    }
}
