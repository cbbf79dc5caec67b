package org.pushbox.conformance.replay;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Learns from Exchange's answer and pushbox's answer to the same request which pushbox value stands for
 * each new Exchange value: policy keys, hierarchy and collection sync keys, folders the hierarchy reports
 * (paired by type, user folders by name) and the ServerIds given to a device's Adds (paired by ClientId).
 */
final class ResponseLearner {

    private final ValueMap map;

    ResponseLearner(ValueMap map) {
        this.map = map;
    }

    void learn(WbxmlElement exchange, WbxmlElement ours) {
        if (!exchange.tag().equals(ours.tag())) {
            return;
        }
        switch (exchange.tag().name()) {
            case "Provision" -> pair(ValueKind.POLICY_KEY, exchange, ours, "Policies", "Policy", "PolicyKey");
            case "FolderSync" -> {
                pair(ValueKind.HIERARCHY_KEY, exchange, ours, "SyncKey");
                folders(Trees.children(Trees.child(exchange, "Changes"), "Add"),
                        Trees.children(Trees.child(ours, "Changes"), "Add"));
            }
            case "FolderCreate" -> {
                pair(ValueKind.HIERARCHY_KEY, exchange, ours, "SyncKey");
                pair(ValueKind.FOLDER, exchange, ours, "ServerId");
            }
            case "FolderUpdate", "FolderDelete" -> pair(ValueKind.HIERARCHY_KEY, exchange, ours, "SyncKey");
            case "Sync" -> collections(exchange, ours);
            default -> {
                // nothing chosen by the server that a later request carries
            }
        }
    }

    private void collections(WbxmlElement exchange, WbxmlElement ours) {
        for (WbxmlElement theirs : Trees.collections(exchange)) {
            String folder = map.translate(ValueKind.FOLDER, Trees.text(theirs, "CollectionId").orElse(""));
            WbxmlElement mine = Trees.collections(ours).stream()
                    .filter(c -> Trees.text(c, "CollectionId").orElse("").equals(folder)).findFirst().orElse(null);
            if (mine == null) {
                continue;
            }
            pair(ValueKind.COLLECTION_KEY, theirs, mine, "SyncKey");
            for (WbxmlElement add : Trees.children(Trees.child(theirs, "Responses"), "Add")) {
                String clientId = Trees.text(add, "ClientId").orElse(null);
                Trees.children(Trees.child(mine, "Responses"), "Add").stream()
                        .filter(a -> Objects.equals(clientId, Trees.text(a, "ClientId").orElse(null)))
                        .findFirst()
                        .ifPresent(a -> pair(ValueKind.ITEM, add, a, "ServerId"));
            }
        }
    }

    private void folders(List<WbxmlElement> theirs, List<WbxmlElement> mine) {
        for (WbxmlElement add : theirs) {
            int type = Integer.parseInt(Trees.text(add, "Type").orElse("0"));
            boolean byName = !FolderGuess.isDefaultType(type);
            mine.stream()
                    .filter(a -> Trees.text(a, "Type").orElse("").equals(Integer.toString(type)))
                    .filter(a -> !byName || Trees.text(a, "DisplayName").equals(Trees.text(add, "DisplayName")))
                    .findFirst()
                    .ifPresent(a -> pair(ValueKind.FOLDER, add, a, "ServerId"));
        }
    }

    private void pair(ValueKind kind, WbxmlElement exchange, WbxmlElement ours, String... path) {
        Trees.text(exchange, path).ifPresent(e -> Trees.text(ours, path).ifPresent(o -> map.learn(kind, e, o)));
    }
}
