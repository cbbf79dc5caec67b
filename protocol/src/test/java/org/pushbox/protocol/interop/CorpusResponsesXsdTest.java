package org.pushbox.protocol.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.wbxml.CorpusFiles;
import org.pushbox.protocol.wbxml.Wbxml;

/**
 * Exchange 2010's responses from the corpus, decoded by our reader and re-encoded by our writer,
 * still validate against the XSDs. validate.sh costs about 0.2 s per file, so this takes the two
 * largest responses of each command (calendar items, the 170 kB HTML mail, the full policy);
 * byte-identical re-encoding of all 709 bodies is already {@code WbxmlCorpusTest}'s job.
 */
class CorpusResponsesXsdTest {

    private static final int PER_COMMAND = 2;

    @Test
    void reencodedResponsesAreValid(@TempDir Path dir) throws Exception {
        Map<String, List<byte[]>> byCommand = new TreeMap<>();
        for (Path body : CorpusFiles.wbxmlBodies()) {
            String file = body.getFileName().toString();
            if (file.endsWith(".response.wbxml")) {
                String command = file.replaceAll("^\\d+-|\\.response\\.wbxml$", "");
                byCommand.computeIfAbsent(command, c -> new ArrayList<>()).add(CorpusFiles.read(body));
            }
        }
        List<Path> ours = new ArrayList<>();
        for (Map.Entry<String, List<byte[]>> e : byCommand.entrySet()) {
            List<byte[]> largestFirst = new ArrayList<>(e.getValue());
            largestFirst.sort((a, b) -> Integer.compare(b.length, a.length));
            for (int i = 0; i < Math.min(PER_COMMAND, largestFirst.size()); i++) {
                byte[] reencoded = Wbxml.encode(Wbxml.decode(largestFirst.get(i)));
                ours.add(Files.write(dir.resolve(e.getKey() + "-" + i + ".wbxml"), reencoded));
            }
        }

        XsdValidation.Verdict verdict = XsdValidation.validate(ours);

        assertThat(byCommand).containsOnlyKeys("FolderSync", "Ping", "Provision", "Settings", "Sync");
        assertThat(verdict.output().lines().filter(l -> l.contains(": VALID ("))).hasSameSizeAs(ours);
        assertThat(verdict.valid()).as("validate.sh says:%n%s", verdict.output()).isTrue();
    }
}
