package org.pushbox.server.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlException;
import org.pushbox.protocol.wbxml.WbxmlLimits;
import org.pushbox.protocol.xml.WbxmlXml;
import org.pushbox.protocol.xml.WbxmlXmlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pushbox wbxml decode|encode}: lets a user read a client capture and write a test request
 * with the same codec the server uses.
 */
@Command(name = "wbxml", mixinStandardHelpOptions = true,
        description = "Convert EAS WBXML to readable XML and back.",
        subcommands = {WbxmlCommand.Decode.class, WbxmlCommand.Encode.class})
final class WbxmlCommand implements Runnable {

    /** Exit code for input that is not valid WBXML or XML (distinct from picocli's usage error, 2). */
    static final int EXIT_BAD_INPUT = 1;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A local file may be larger than a network body, but still not unbounded. */
    static final int MAX_INPUT_BYTES = WbxmlLimits.DEFAULT_MAX_DOCUMENT_BYTES;

    static byte[] readInput(String source, CommandSpec spec) throws IOException {
        if ("-".equals(source)) {
            return readBounded(System.in, "standard input");
        }
        Path path = Path.of(source);
        if (Files.size(path) > MAX_INPUT_BYTES) {
            throw new IOException(source + " is larger than " + MAX_INPUT_BYTES + " bytes");
        }
        return Files.readAllBytes(path);
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
        if (bytes.length > MAX_INPUT_BYTES) {
            throw new IOException(name + " is larger than " + MAX_INPUT_BYTES + " bytes");
        }
        return bytes;
    }

    static void fail(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("pushbox: " + message);
        err.flush();
    }

    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Decode an EAS WBXML body (FILE, or - for standard input) to readable XML.")
    static final class Decode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE|-", description = "WBXML input; - reads standard input.")
        String source;

        @Override
        public Integer call() {
            try {
                byte[] body = readInput(source, spec);
                String xml = WbxmlXml.toXml(Wbxml.decode(body, WbxmlLimits.DEFAULTS.withMaxDocumentBytes(MAX_INPUT_BYTES)));
                PrintWriter out = spec.commandLine().getOut();
                out.print(xml);
                if (!xml.endsWith("\n")) {
                    out.println();
                }
                out.flush();
                return 0;
            } catch (WbxmlException e) {
                fail(spec, source + ": not valid EAS WBXML at byte offset " + e.offset() + ": " + e.getMessage());
                return EXIT_BAD_INPUT;
            } catch (IOException e) {
                fail(spec, "cannot read " + source + ": " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
        }
    }

    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = "Encode readable XML (as 'wbxml decode' writes it) to EAS WBXML.")
    static final class Encode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE|-", description = "XML input; - reads standard input.")
        String source;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the WBXML here instead of standard output.")
        Path output;

        /** Where bytes go when no -o is given; tests replace it. */
        OutputStream stdout = System.out;

        @Override
        public Integer call() {
            byte[] wbxml;
            try {
                String xml = new String(readInput(source, spec), StandardCharsets.UTF_8);
                wbxml = Wbxml.encode(WbxmlXml.fromXml(xml));
            } catch (IOException e) {
                fail(spec, "cannot read " + source + ": " + e.getMessage());
                return EXIT_BAD_INPUT;
            } catch (WbxmlXmlException e) {
                fail(spec, source + ": not valid EAS XML: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            try {
                if (output != null) {
                    Files.write(output, wbxml);
                } else {
                    stdout.write(wbxml);
                    stdout.flush();
                }
                return 0;
            } catch (IOException e) {
                fail(spec, "cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
        }
    }
}
