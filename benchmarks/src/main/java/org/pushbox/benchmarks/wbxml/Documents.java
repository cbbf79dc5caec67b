package org.pushbox.benchmarks.wbxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The documents the codec benchmarks read and write, generated from a fixed seed so that every
 * run and every machine measures the same bytes.
 *
 * <ul>
 *   <li>{@link #syncResponse()}: a Sync response delivering 100 new mails (about 1 MB): envelope
 *       fields, an AirSyncBase body of about 10 KB (three in four HTML, the rest plain text, a few
 *       non-ASCII words), OPAQUE Email2 ConversationId and ConversationIndex, an attachment on
 *       one mail in five. This is what a server writes and a client reads on a first inbox sync.</li>
 *   <li>{@link #folderSyncResponse()}: the initial FolderSync response of a mailbox with 30 folders.</li>
 * </ul>
 */
final class Documents {

    static final int SYNC_ITEMS = 100;
    static final int FOLDERS = 30;
    private static final long SEED = 20_250_304L;

    private static final String[] WORDS = {"the", "budget", "meeting", "report", "quarter", "please", "review",
        "attached", "draft", "numbers", "team", "project", "schedule", "update", "thanks", "regards", "customer",
        "delivery", "invoice", "follow", "up", "next", "week", "agenda", "minutes", "decision", "proposal",
        "Zürich", "Ødegård", "café", "naïve", "résumé", "€", "—"};
    private static final String[] PEOPLE = {"Anna Berg", "Jon Kale", "María López", "Wei Zhang", "Olu Ade",
        "Sven Nyström", "Priya Nair", "Tom Hart", "Lena Vogel", "Akira Sato"};

    private Documents() {
    }

    private static Tag t(String namespace, String name) {
        return CodePages.require(namespace, name);
    }

    private static WbxmlElement text(String namespace, String name, String value) {
        return WbxmlElement.text(t(namespace, name), value);
    }

    static WbxmlElement syncResponse() {
        Random random = new Random(SEED);
        List<WbxmlElement> adds = new ArrayList<>();
        for (int i = 1; i <= SYNC_ITEMS; i++) {
            adds.add(WbxmlElement.of(t("AirSync", "Add"), text("AirSync", "ServerId", "5:" + i),
                    WbxmlElement.of(t("AirSync", "ApplicationData"), mail(random, i))));
        }
        WbxmlElement collection = WbxmlElement.of(t("AirSync", "Collection"),
                text("AirSync", "SyncKey", "{8a3f0c1e-5b7d-4e29-a1c4-6d0f2b9e7a13}2"),
                text("AirSync", "CollectionId", "5"), text("AirSync", "Status", "1"),
                WbxmlElement.of(t("AirSync", "Commands"), adds), WbxmlElement.empty(t("AirSync", "MoreAvailable")));
        return WbxmlElement.of(t("AirSync", "Sync"), WbxmlElement.of(t("AirSync", "Collections"), collection));
    }

    private static List<WbxmlElement> mail(Random random, int i) {
        String from = person(random);
        String to = person(random);
        String subject = sentence(random, 4 + random.nextInt(6));
        boolean html = random.nextInt(4) != 0;
        String body = html ? htmlBody(random, 10_000) : plainBody(random, 10_000);
        List<WbxmlElement> fields = new ArrayList<>();
        fields.add(text("Email", "To", address(to)));
        if (random.nextInt(3) == 0) {
            fields.add(text("Email", "Cc", address(person(random)) + ", " + address(person(random))));
        }
        fields.add(text("Email", "From", address(from)));
        fields.add(text("Email", "Subject", subject));
        fields.add(text("Email", "DateReceived", String.format("2025-03-%02dT%02d:%02d:%02d.000Z",
                1 + i % 28, random.nextInt(24), random.nextInt(60), random.nextInt(60))));
        fields.add(text("Email", "DisplayTo", to));
        fields.add(text("Email", "ThreadTopic", subject));
        fields.add(text("Email", "Importance", "1"));
        fields.add(text("Email", "Read", random.nextInt(3) == 0 ? "1" : "0"));
        if (random.nextInt(5) == 0) {
            fields.add(WbxmlElement.of(t("AirSyncBase", "Attachments"), WbxmlElement.of(t("AirSyncBase", "Attachment"),
                    text("AirSyncBase", "DisplayName", "report-" + i + ".pdf"),
                    text("AirSyncBase", "FileReference", "5%3a" + i + "%3a0"),
                    text("AirSyncBase", "Method", "1"),
                    text("AirSyncBase", "EstimatedDataSize", Integer.toString(20_000 + random.nextInt(500_000))))));
        }
        fields.add(WbxmlElement.of(t("AirSyncBase", "Body"), text("AirSyncBase", "Type", html ? "2" : "1"),
                text("AirSyncBase", "EstimatedDataSize", Integer.toString(body.length())),
                text("AirSyncBase", "Data", body)));
        fields.add(text("Email", "MessageClass", "IPM.Note"));
        fields.add(text("Email", "InternetCPID", "65001"));
        fields.add(WbxmlElement.empty(t("Email", "Flag")));
        fields.add(text("Email", "ContentClass", "urn:content-classes:message"));
        fields.add(text("AirSyncBase", "NativeBodyType", html ? "2" : "1"));
        fields.add(WbxmlElement.opaque(t("Email2", "ConversationId"), bytes(random, 16)));
        fields.add(WbxmlElement.opaque(t("Email2", "ConversationIndex"), bytes(random, 22 + 5 * random.nextInt(4))));
        return fields;
    }

    static WbxmlElement folderSyncResponse() {
        Random random = new Random(SEED);
        String[][] defaults = {{"Inbox", "2"}, {"Drafts", "3"}, {"Deleted Items", "4"}, {"Sent Items", "5"},
            {"Outbox", "6"}, {"Tasks", "7"}, {"Calendar", "8"}, {"Contacts", "9"}, {"Notes", "10"}, {"Journal", "11"},
            {"Junk E-Mail", "12"}, {"Archive", "12"}};
        List<WbxmlElement> changes = new ArrayList<>();
        changes.add(text("FolderHierarchy", "Count", Integer.toString(FOLDERS)));
        for (int i = 0; i < FOLDERS; i++) {
            boolean isDefault = i < defaults.length;
            String name = isDefault ? defaults[i][0] : capitalised(sentence(random, 1 + random.nextInt(3))) + " " + i;
            String parent = isDefault ? "0" : Integer.toString(random.nextInt(2) == 0 ? 1 : 1 + random.nextInt(i));
            changes.add(WbxmlElement.of(t("FolderHierarchy", "Add"), text("FolderHierarchy", "ServerId", Integer.toString(i + 1)),
                    text("FolderHierarchy", "ParentId", parent), text("FolderHierarchy", "DisplayName", name),
                    text("FolderHierarchy", "Type", isDefault ? defaults[i][1] : "12")));
        }
        return WbxmlElement.of(t("FolderHierarchy", "FolderSync"), text("FolderHierarchy", "Status", "1"),
                text("FolderHierarchy", "SyncKey", "{8a3f0c1e-5b7d-4e29-a1c4-6d0f2b9e7a13}1"),
                WbxmlElement.of(t("FolderHierarchy", "Changes"), changes));
    }

    private static String htmlBody(Random random, int approximateLength) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><style>p{margin:0 0 1em}</style>"
                + "</head><body><div dir=\"ltr\">");
        while (sb.length() < approximateLength) {
            sb.append("<p>").append(capitalised(sentence(random, 8 + random.nextInt(20)))).append(".</p>\r\n");
            if (random.nextInt(6) == 0) {
                sb.append("<p><a href=\"https://intranet.example.org/doc/").append(random.nextInt(100_000))
                        .append("\">").append(sentence(random, 3)).append("</a></p>\r\n");
            }
        }
        return sb.append("</div></body></html>").toString();
    }

    private static String plainBody(Random random, int approximateLength) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < approximateLength) {
            sb.append(capitalised(sentence(random, 8 + random.nextInt(20)))).append(".\r\n");
            if (random.nextInt(5) == 0) {
                sb.append("\r\n");
            }
        }
        return sb.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            // Non-ASCII words are the last eight; make them rarer than in a flat draw (~3% of words).
            int index = random.nextInt(WORDS.length - 8);
            if (random.nextInt(30) == 0) {
                index = WORDS.length - 8 + random.nextInt(8);
            }
            sb.append(WORDS[index]);
        }
        return sb.toString();
    }

    private static String person(Random random) {
        return PEOPLE[random.nextInt(PEOPLE.length)];
    }

    private static String address(String person) {
        String local = person.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
        return '"' + person + "\" <" + local + "@example.org>";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
