package org.pushbox.conformance.replay;

import java.util.Map;
import java.util.Optional;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.storage.api.FolderType;

/**
 * The folder type behind an Exchange CollectionId that a capture uses without showing the FolderSync that
 * named it (most captures begin in the middle of a session). First the class of the data the capture
 * exchanges in that collection; then Exchange 2010's numbering of the default folders as it hands them to a
 * new partnership (Inbox 1, Outbox 2, Drafts 3, Calendar 4, Contacts 5, Sent 7, Deleted 8, Journal 10,
 * Notes 11, Tasks 17: the order its FolderSync answers list them in), which decides between the mail folders.
 */
final class FolderGuess {

    private static final Map<String, FolderType> EXCHANGE_2010_NUMBERS = Map.of(
            "1", FolderType.INBOX, "2", FolderType.OUTBOX, "3", FolderType.DRAFTS, "4", FolderType.CALENDAR,
            "5", FolderType.CONTACTS, "7", FolderType.SENT_ITEMS, "8", FolderType.DELETED_ITEMS,
            "10", FolderType.JOURNAL, "11", FolderType.NOTES, "17", FolderType.TASKS);

    private FolderGuess() {
    }

    static boolean isDefaultType(int code) {
        return code >= 2 && code <= 11;
    }

    /** The folder type for {@code collectionId}, given the data the capture's exchanges carry for it. */
    static FolderType guess(String collectionId, Capture capture) {
        Optional<FolderType> numbered = Optional.ofNullable(EXCHANGE_2010_NUMBERS.get(collectionId));
        Optional<FolderType> byData = dataClass(collectionId, capture);
        if (byData.isEmpty() || numbered.filter(t -> t.itemClass() == byData.get().itemClass()).isPresent()) {
            return numbered.orElse(FolderType.USER_MAIL);
        }
        return byData.get();
    }

    private static Optional<FolderType> dataClass(String collectionId, Capture capture) {
        for (CapturedExchange x : capture.exchanges()) {
            for (byte[] body : new byte[][] {x.requestBody(), x.responseBody()}) {
                WbxmlElement root = Replay.decode(body);
                if (root == null || !root.tag().name().equals("Sync")) {
                    continue;
                }
                for (WbxmlElement c : Trees.collections(root)) {
                    if (Trees.text(c, "CollectionId").orElse("").equals(collectionId)) {
                        Optional<FolderType> t = typeOfData(c);
                        if (t.isPresent()) {
                            return t;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FolderType> typeOfData(WbxmlElement e) {
        if (e.tag().name().equals("Class") && e.content() == WbxmlElement.Content.TEXT) {
            return ofNamespace(e.text());
        }
        if (e.tag().name().equals("ApplicationData")) {
            for (WbxmlElement field : e.children()) {
                Optional<FolderType> t = ofNamespace(field.tag().namespace());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        for (WbxmlElement child : e.children()) {
            Optional<FolderType> t = typeOfData(child);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<FolderType> ofNamespace(String ns) {
        return Optional.ofNullable(switch (ns) {
            case "Contacts", "Contacts2" -> FolderType.CONTACTS;
            case "Calendar" -> FolderType.CALENDAR;
            case "Tasks" -> FolderType.TASKS;
            case "Notes" -> FolderType.NOTES;
            case "Email", "Email2" -> FolderType.INBOX;
            default -> null;
        });
    }
}
