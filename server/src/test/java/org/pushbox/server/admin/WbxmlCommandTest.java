package org.pushbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.xml.WbxmlXml;
import org.pushbox.testing.Requirements;
import picocli.CommandLine;

class WbxmlCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = PushboxCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The FolderSync(0) request from the specification's worked example. */
    private static final byte[] FOLDER_SYNC_0 = {
        0x03, 0x01, 0x6A, 0x00, 0x00, 0x07, 0x56, 0x52, 0x03, '0', 0x00, 0x01, 0x01
    };

    @Test
    void decodesWbxmlToReadableXmlWithPageNamespaces() throws IOException {
        Path file = dir.resolve("foldersync.wbxml");
        Files.write(file, FOLDER_SYNC_0);

        Run r = run("wbxml", "decode", file.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("FolderSync").contains("FolderHierarchy").contains("SyncKey").contains(">0<");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void encodeInvertsDecodeByteForByte() throws IOException {
        Path file = dir.resolve("foldersync.wbxml");
        Files.write(file, FOLDER_SYNC_0);
        Path xml = dir.resolve("foldersync.xml");
        Files.writeString(xml, run("wbxml", "decode", file.toString()).out());
        Path back = dir.resolve("back.wbxml");

        Run r = run("wbxml", "encode", xml.toString(), "-o", back.toString());

        assertThat(r.exit()).isZero();
        assertThat(Files.readAllBytes(back)).containsExactly(FOLDER_SYNC_0);
    }

    @Test
    void encodeWritesToStandardOutputWithoutOption() throws Exception {
        Path xml = dir.resolve("in.xml");
        Files.writeString(xml, WbxmlXml.toXml(FOLDER_SYNC_0));
        WbxmlCommand.Encode encode = new WbxmlCommand.Encode();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        encode.stdout = sink;
        CommandLine cli = new CommandLine(encode);

        int exit = cli.execute(xml.toString());

        assertThat(exit).isZero();
        assertThat(sink.toByteArray()).containsExactly(FOLDER_SYNC_0);
    }

    @Test
    void decodeReadsStandardInputForADash() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(FOLDER_SYNC_0));
            Run r = run("wbxml", "decode", "-");

            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("FolderSync").contains(">0<");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void truncatedWbxmlIsReportedWithItsOffsetAndExitCode1() throws IOException {
        Path file = dir.resolve("broken.wbxml");
        Files.write(file, java.util.Arrays.copyOf(FOLDER_SYNC_0, 9));

        Run r = run("wbxml", "decode", file.toString());

        assertThat(r.exit()).isEqualTo(WbxmlCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("pushbox: ").contains("byte offset");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFileIsAClearErrorNotAStackTrace() {
        Run r = run("wbxml", "decode", dir.resolve("nope.wbxml").toString());

        assertThat(r.exit()).isEqualTo(WbxmlCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("pushbox: cannot read").doesNotContain("Exception");
    }

    @Test
    void xmlWithAnUnknownElementIsRejected() throws IOException {
        Path xml = dir.resolve("bad.xml");
        Files.writeString(xml, "<FolderSync xmlns=\"FolderHierarchy\"><NoSuchTag>1</NoSuchTag></FolderSync>");

        Run r = run("wbxml", "encode", xml.toString(), "-o", dir.resolve("x").toString());

        assertThat(r.exit()).isEqualTo(WbxmlCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("NoSuchTag");
    }

    /** Real captures: what a user debugging a client would feed the command. */
    @Test
    void decodesEveryCorpusRequestOfOneCaptureAndEncodesItBack() throws Exception {
        Path capture = Requirements.corpus().resolve("devices/ios7-exchange-fetch-deleted-emails");
        List<Path> bodies;
        try (Stream<Path> files = Files.list(capture)) {
            bodies = files.filter(p -> p.toString().endsWith(".wbxml")).sorted().collect(Collectors.toList());
        }
        assertThat(bodies).isNotEmpty();
        for (Path body : bodies) {
            Run decoded = run("wbxml", "decode", body.toString());
            assertThat(decoded.exit()).as(body.toString()).isZero();
            Path xml = dir.resolve(body.getFileName() + ".xml");
            Files.writeString(xml, decoded.out(), StandardCharsets.UTF_8);
            Path back = dir.resolve(body.getFileName().toString());
            assertThat(run("wbxml", "encode", xml.toString(), "-o", back.toString()).exit()).isZero();
            assertThat(Files.readAllBytes(back)).as(body.toString()).isEqualTo(Files.readAllBytes(body));
        }
    }

    @Test
    void decodedTreeNamesTheTagByPageAndToken() throws Exception {
        WbxmlElement root = Wbxml.decode(FOLDER_SYNC_0);
        assertThat(root.tag()).isEqualTo(CodePages.tag("FolderHierarchy", "FolderSync"));
    }
}
