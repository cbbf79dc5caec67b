package org.pushbox.server.mail.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Dot-unstuffing and end detection, fed in every possible split of the input. */
class DataReceiverTest {

    /** Feeds {@code wire} split at {@code cut}; returns the kept message and what is left after the end. */
    static String[] receive(String wire, int cut, long max) {
        ByteBuf pending = Unpooled.buffer();
        DataReceiver receiver = new DataReceiver(pending, max);
        byte[] bytes = wire.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuf first = Unpooled.wrappedBuffer(bytes, 0, cut);
        ByteBuf second = Unpooled.wrappedBuffer(bytes, cut, bytes.length - cut);
        boolean done = receiver.consume(first);
        if (!done) {
            assertThat(first.isReadable()).as("a piece without the end is consumed whole").isFalse();
            done = receiver.consume(second);
        }
        assertThat(done).as("end seen in %s", wire).isTrue();
        String rest = first.toString(StandardCharsets.ISO_8859_1) + second.toString(StandardCharsets.ISO_8859_1);
        return new String[] {pending.toString(StandardCharsets.ISO_8859_1), rest,
                Boolean.toString(receiver.tooBig()), Long.toString(receiver.size())};
    }

    @Test
    void unstuffsAndStopsAtTheTerminatorWhereverThePacketsSplit() {
        String wire = "a\r\n..b\r\n.c\r\n\r\n...\r\n.\r\nQUIT\r\n";
        for (int cut = 0; cut <= wire.length(); cut++) {
            String[] r = receive(wire, cut, 1000);
            assertThat(r[0]).as("cut at %d", cut).isEqualTo("a\r\n.b\r\nc\r\n\r\n..\r\n");
            assertThat(r[1]).isEqualTo("QUIT\r\n");
        }
    }

    @Test
    void anEmptyMessageAndBareLineFeedsAndADotCarriageReturnInsideALine() {
        assertThat(receive(".\r\n", 1, 10)[0]).isEmpty();
        assertThat(receive("x\n.\nNOOP\n", 2, 10)[0]).isEqualTo("x\n");
        assertThat(receive(".\rx\r\n.\r\n", 2, 10)[0]).as("'.' CR not followed by LF is content").isEqualTo("\rx\r\n");
    }

    @Test
    void pastTheLimitBytesAreDroppedButTheEndIsStillFound() {
        String[] r = receive("0123456789\r\nabc\r\n.\r\nRSET\r\n", 5, 8);
        assertThat(r[0]).isEmpty();
        assertThat(r[1]).isEqualTo("RSET\r\n");
        assertThat(r[2]).isEqualTo("true");
        assertThat(r[3]).isEqualTo("17");
    }
}
