package org.pushbox.conformance.replay;

import java.util.Optional;
import org.pushbox.protocol.codepage.Tag;

/**
 * The values that Exchange and pushbox choose each on their own, so that a replayed request must carry
 * pushbox's value where the device sent Exchange's, and Exchange's answer must be read in pushbox's values
 * before it is compared.
 */
enum ValueKind {
    POLICY_KEY, HIERARCHY_KEY, COLLECTION_KEY, FOLDER, ITEM;

    /** Keys are a device's; folders and items are its account's, shared by its devices. */
    boolean perDevice() {
        return this == POLICY_KEY || this == HIERARCHY_KEY || this == COLLECTION_KEY;
    }

    /** The kind of value an element holds, if it holds one of these. */
    static Optional<ValueKind> of(Tag tag) {
        String name = tag.name();
        return Optional.ofNullable(switch (tag.namespace()) {
            case "FolderHierarchy" -> switch (name) {
                case "SyncKey" -> HIERARCHY_KEY;
                case "ServerId", "ParentId" -> FOLDER;
                default -> null;
            };
            case "AirSync" -> switch (name) {
                case "SyncKey" -> COLLECTION_KEY;
                case "CollectionId" -> FOLDER;
                case "ServerId" -> ITEM;
                default -> null;
            };
            case "GetItemEstimate", "ItemOperations" -> "CollectionId".equals(name) ? FOLDER : null;
            case "Ping" -> "Id".equals(name) || "Folder".equals(name) ? FOLDER : null;
            case "Move" -> switch (name) {
                case "SrcFldId", "DstFldId" -> FOLDER;
                case "SrcMsgId", "DstMsgId" -> ITEM;
                default -> null;
            };
            case "Provision" -> "PolicyKey".equals(name) ? POLICY_KEY : null;
            default -> null;
        });
    }
}
