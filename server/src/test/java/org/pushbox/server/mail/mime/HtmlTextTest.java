package org.pushbox.server.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertThat(HtmlText.collapse(" \r\n\tHello,\u00a0\u00a0 world\r\n\r\n  bye \u000b\f")).isEqualTo("Hello, world bye");
        assertThat(HtmlText.collapse("\u2003 lead and trail \u2003")).isEqualTo("lead and trail");
        assertThat(HtmlText.collapse(" \n ")).isEmpty();
    }

    @Test
    void aBoundedCollapseGivesTheSamePreviewAsCollapsingEverything() {
        Random random = new Random(20261122);
        String[] pieces = {" ", "\r\n", "\t", "\u00a0", "word", "x", "😀", "\u2003", "é", "\n\n\n"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String whole = MailParser.cut(HtmlText.collapse(text), MailParser.PREVIEW_CHARS);
            String bounded = MailParser.cut(HtmlText.collapse(text, MailParser.PREVIEW_CHARS + 2), MailParser.PREVIEW_CHARS);
            assertThat(bounded).as("round %d", round).isEqualTo(whole);
        }
    }

    @Test
    void aBoundedCollapseStopsEarly() {
        String body = "line of text\r\n".repeat(10_000);
        assertThat(HtmlText.collapse(body, 20)).hasSizeLessThanOrEqualTo(22).startsWith("line of text line");
    }
}
