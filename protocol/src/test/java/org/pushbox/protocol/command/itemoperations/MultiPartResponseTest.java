package org.pushbox.protocol.command.itemoperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MultiPartResponseTest {

    /** A part that counts when it is opened and claims {@code declared} bytes while holding {@code content}. */
    private static MultiPartResponse.Part part(byte[] content, long declared, AtomicInteger opened) {
        return new MultiPartResponse.Part() {
            @Override
            public long length() {
                return declared;
            }

            @Override
            public InputStream open() {
                opened.incrementAndGet();
                return new ByteArrayInputStream(content);
            }
        };
    }

    @Test
    void headerListsLittleEndianOffsetsAndLengthsThenThePartsFollow() throws IOException {
        MultiPartResponse body = MultiPartResponse.of(List.of(MultiPartResponse.bytes(new byte[] {1, 2, 3}),
                MultiPartResponse.bytes(new byte[0]), MultiPartResponse.bytes(new byte[] {9})));
        byte[] bytes = body.open().readAllBytes();
        assertThat(body.length()).isEqualTo(4 + 3 * 8 + 4).isEqualTo(bytes.length);
        assertThat(bytes).containsExactly(
                3, 0, 0, 0,
                28, 0, 0, 0, 3, 0, 0, 0,
                31, 0, 0, 0, 0, 0, 0, 0,
                31, 0, 0, 0, 1, 0, 0, 0,
                1, 2, 3, 9);
    }

    @Test
    void partsAreOpenedOnlyWhenTheReaderReachesThem() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        MultiPartResponse body = MultiPartResponse.of(List.of(MultiPartResponse.bytes(new byte[] {7}),
                part(new byte[300], 300, opened)));
        try (InputStream in = body.open()) {
            assertThat(in.readNBytes(4 + 16 + 1)).hasSize(21);
            assertThat(opened).hasValue(0);
            assertThat(in.readAllBytes()).hasSize(300);
            assertThat(opened).hasValue(1);
        }
    }

    @Test
    void aPartShorterOrLongerThanDeclaredFailsTheStream() {
        AtomicInteger opened = new AtomicInteger();
        MultiPartResponse shorter = MultiPartResponse.of(List.of(part(new byte[5], 6, opened)));
        assertThatThrownBy(() -> shorter.open().readAllBytes()).isInstanceOf(IOException.class)
                .hasMessageContaining("before its declared length");
        MultiPartResponse longer = MultiPartResponse.of(List.of(part(new byte[5], 4, opened),
                MultiPartResponse.bytes(new byte[1])));
        assertThatThrownBy(() -> longer.open().readAllBytes()).isInstanceOf(IOException.class)
                .hasMessageContaining("longer than its declared length");
    }

    @Test
    void aBodyBeyondTheFourByteOffsetsIsRefused() {
        AtomicInteger opened = new AtomicInteger();
        assertThatThrownBy(() -> MultiPartResponse.of(List.of(part(new byte[0], Integer.MAX_VALUE, opened))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiPartResponse.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
