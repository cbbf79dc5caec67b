package org.pushbox.benchmarks.push;

import java.time.Instant;
import java.util.List;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PasswordHashing;
import org.pushbox.storage.api.PropertyMap;

/** Mail as the MTA would have delivered it, written straight into the store before the server starts. */
public final class SeedMail {

    /** The store hashes seeded passwords with the cheapest Argon2 cost the server config accepts (8k, 1 pass). */
    public static final PasswordHashing CHEAP_HASHING = new PasswordHashing(8, 1, 1);

    private static final String LINE = "The quarterly figures are attached; please review them before Thursday. ";

    private SeedMail() {
    }

    /** A plain-text mail with a body of about {@code bodyChars} characters and a preview. */
    public static ItemContent mail(int n, Instant received, int bodyChars) {
        String body = LINE.repeat(Math.max(1, bodyChars / LINE.length()));
        PropertyMap p = PropertyMap.builder()
                .text(EmailProperty.FROM, "\"Sender " + n % 97 + "\" <sender" + n % 97 + "@example.org>")
                .text(EmailProperty.TO, "bench@example.org")
                .text(EmailProperty.SUBJECT, "Report " + n)
                .time(EmailProperty.DATE_RECEIVED, received)
                .integer(EmailProperty.IMPORTANCE, 1)
                .bool(EmailProperty.READ, false)
                .text(EmailProperty.MESSAGE_CLASS, "IPM.Note")
                .integer(EmailProperty.INTERNET_CPID, 65001)
                .text(EmailProperty.BODY, body)
                .integer(EmailProperty.BODY_TYPE, 1)
                .build();
        return new ItemContent(ItemClass.EMAIL, p, null, body.substring(0, 200), List.of());
    }
}
