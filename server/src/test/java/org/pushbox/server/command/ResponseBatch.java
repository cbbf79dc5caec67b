package org.pushbox.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.interop.XsdValidation;

/**
 * The WBXML responses an IT class received, validated against Microsoft's XSDs in one batch at the end
 * (one run of validate.sh instead of one per response).
 */
public final class ResponseBatch {

    private final List<byte[]> bodies = new ArrayList<>();

    public synchronized void add(byte[] body) {
        bodies.add(body);
    }

    /** Writes every response under {@code dir} as {@code prefix-N.wbxml} and asserts that all validate. */
    public synchronized void assertAllValid(Path dir, String prefix) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            files.add(Files.write(dir.resolve(prefix + "-" + i + ".wbxml"), bodies.get(i)));
        }
        assertThat(files).isNotEmpty();
        XsdValidation.Verdict verdict = XsdValidation.validate(files);
        assertThat(verdict.valid()).as("validate.sh says:%n%s", verdict.output()).isTrue();
    }
}
