package org.pushbox.storage;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.EmailProperty;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.PropertyKey;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.api.TaskProperty;

/** Seeded generators of item content: every property of a class, with non-BMP text in every text field. */
final class SampleItems {

    /** Accents, emoji (with ZWJ sequence), musical symbol and a CJK extension B ideograph: all 4-byte UTF-8 or more. */
    static final String EXOTIC = "Grüße 😀 𝄞 𠜎 👩‍👩‍👧 中文 ";

    private SampleItems() {
    }

    /** Every property of {@code itemClass} set, groups filled to their members, plus a key no client knows. */
    static PropertyMap full(ItemClass itemClass, BlobId picture, long seed) {
        Random random = new Random(seed);
        return fill(itemClass.properties(), picture, random, 2).toBuilder()
                .put("x-vendor-unmanaged", new PropertyValue.Text(EXOTIC + "kept " + seed)).build();
    }

    private static PropertyMap fill(PropertyKey[] keys, BlobId blob, Random random, int depth) {
        PropertyMap.Builder b = PropertyMap.builder();
        for (PropertyKey key : keys) {
            PropertyValue v = value(key, blob, random, depth);
            if (v != null) {
                b.put(key, v);
            }
        }
        return b.build();
    }

    private static PropertyValue value(PropertyKey key, BlobId blob, Random random, int depth) {
        switch (key.type()) {
            case TEXT:
                return new PropertyValue.Text(EXOTIC + key.key() + " " + random.nextInt(1000));
            case INTEGER:
                return new PropertyValue.Int(random.nextInt(7));
            case BOOLEAN:
                return new PropertyValue.Bool(random.nextBoolean());
            case TIME:
                return new PropertyValue.Time(Instant.parse("2026-03-04T05:06:07.123456789Z")
                        .plusSeconds(random.nextInt(86_400 * 30)));
            case BYTES:
                byte[] bytes = new byte[1 + random.nextInt(40)];
                random.nextBytes(bytes);
                return new PropertyValue.Bytes(bytes);
            case BLOB:
                return blob == null ? null : new PropertyValue.Blob(blob);
            case TEXT_LIST:
                return new PropertyValue.TextList(List.of(EXOTIC + "one", "two 🎉", "\"quoted\" \\ back\nslash"));
            case GROUP:
                return depth == 0 ? null : new PropertyValue.Group(fill(key.members(), blob, random, depth - 1));
            case GROUP_LIST:
                return depth == 0 ? null : new PropertyValue.GroupList(List.of(
                        fill(key.members(), blob, random, depth - 1), fill(key.members(), blob, random, depth - 1)));
            default:
                throw new IllegalArgumentException(key.type().toString());
        }
    }

    static ItemContent minimal(ItemClass itemClass, String subject) {
        return ItemContent.of(itemClass, PropertyMap.builder().text(EmailProperty.SUBJECT, subject).build());
    }

    static ItemContent email(String subject, Instant received) {
        return ItemContent.of(ItemClass.EMAIL, PropertyMap.builder()
                .text(EmailProperty.SUBJECT, subject)
                .text(EmailProperty.FROM, "\"Bob 🐝\" <bob@example.org>")
                .text(EmailProperty.TO, "anna@example.org")
                .time(EmailProperty.DATE_RECEIVED, received)
                .bool(EmailProperty.READ, false)
                .integer(EmailProperty.IMPORTANCE, 1)
                .text(EmailProperty.MESSAGE_CLASS, "IPM.Note")
                .build());
    }

    static ItemContent event(String subject, Instant start, Instant end) {
        return ItemContent.of(ItemClass.EVENT, PropertyMap.builder().text(EventProperty.SUBJECT, subject)
                .time(EventProperty.START_TIME, start).time(EventProperty.END_TIME, end).build());
    }

    static ItemContent task(String subject, boolean complete) {
        return ItemContent.of(ItemClass.TASK, PropertyMap.builder().text(TaskProperty.SUBJECT, subject)
                .bool(TaskProperty.COMPLETE, complete).build());
    }
}
