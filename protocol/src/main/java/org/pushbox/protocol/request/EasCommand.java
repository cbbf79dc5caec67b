package org.pushbox.protocol.request;

import static org.pushbox.protocol.request.ProtocolVersion.V12_0;
import static org.pushbox.protocol.request.ProtocolVersion.V12_1;
import static org.pushbox.protocol.request.ProtocolVersion.V16_1;
import static org.pushbox.protocol.request.ProtocolVersion.V2_5;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Every EAS command a request line can name ({@code Cmd=} or the base64 command code), with the
 * protocol versions in which it exists (eas-protocol.md §1.2 and the command availability table of §3).
 *
 * <p>Settings and ItemOperations appeared in 12.0; GetAttachment and the legacy collection commands
 * were removed in 14.0; Find exists only in 16.1. The legacy GetHierarchy, CreateCollection,
 * DeleteCollection and MoveCollection have no base64 code.
 */
public enum EasCommand {
    SYNC("Sync", 0, V2_5, V16_1),
    SEND_MAIL("SendMail", 1, V2_5, V16_1),
    SMART_FORWARD("SmartForward", 2, V2_5, V16_1),
    SMART_REPLY("SmartReply", 3, V2_5, V16_1),
    GET_ATTACHMENT("GetAttachment", 4, V2_5, V12_1),
    GET_HIERARCHY("GetHierarchy", -1, V2_5, V12_1),
    CREATE_COLLECTION("CreateCollection", -1, V2_5, V12_1),
    DELETE_COLLECTION("DeleteCollection", -1, V2_5, V12_1),
    MOVE_COLLECTION("MoveCollection", -1, V2_5, V12_1),
    FOLDER_SYNC("FolderSync", 9, V2_5, V16_1),
    FOLDER_CREATE("FolderCreate", 10, V2_5, V16_1),
    FOLDER_DELETE("FolderDelete", 11, V2_5, V16_1),
    FOLDER_UPDATE("FolderUpdate", 12, V2_5, V16_1),
    MOVE_ITEMS("MoveItems", 13, V2_5, V16_1),
    GET_ITEM_ESTIMATE("GetItemEstimate", 14, V2_5, V16_1),
    MEETING_RESPONSE("MeetingResponse", 15, V2_5, V16_1),
    SEARCH("Search", 16, V2_5, V16_1),
    SETTINGS("Settings", 17, V12_0, V16_1),
    PING("Ping", 18, V2_5, V16_1),
    ITEM_OPERATIONS("ItemOperations", 19, V12_0, V16_1),
    PROVISION("Provision", 20, V2_5, V16_1),
    RESOLVE_RECIPIENTS("ResolveRecipients", 21, V2_5, V16_1),
    VALIDATE_CERT("ValidateCert", 22, V2_5, V16_1),
    FIND("Find", 23, V16_1, V16_1);

    private final String commandName;
    private final int base64Code;
    private final ProtocolVersion since;
    private final ProtocolVersion until;

    EasCommand(String commandName, int base64Code, ProtocolVersion since, ProtocolVersion until) {
        this.commandName = commandName;
        this.base64Code = base64Code;
        this.since = since;
        this.until = until;
    }

    /** The name as written in {@code Cmd=} and in {@code MS-ASProtocolCommands}, e.g. {@code "FolderSync"}. */
    public String commandName() {
        return commandName;
    }

    /** The command code of the base64 query form; empty for the legacy commands that have none. */
    public OptionalInt base64Code() {
        return base64Code < 0 ? OptionalInt.empty() : OptionalInt.of(base64Code);
    }

    /** Whether a request in {@code version} may use this command. */
    public boolean isAvailableIn(ProtocolVersion version) {
        return version.atLeast(since) && version.atMost(until);
    }

    /** The oldest version that has this command. */
    public ProtocolVersion since() {
        return since;
    }

    /** The newest version that has this command. */
    public ProtocolVersion until() {
        return until;
    }

    /** Case-insensitive (ASCII only) lookup by command name: {@code sync}, {@code SYNC} and {@code Sync} are the
     * same, but Unicode case folding ({@code "ſync"}) is not applied. */
    public static Optional<EasCommand> byName(String name) {
        return Stream.of(values()).filter(c -> Ascii.equalsIgnoreCase(c.commandName, name)).findFirst();
    }

    /** Lookup by base64 command code; codes 5-8 and anything above 23 are empty. */
    public static Optional<EasCommand> byBase64Code(int code) {
        return Stream.of(values()).filter(c -> c.base64Code >= 0 && c.base64Code == code).findFirst();
    }

    @Override
    public String toString() {
        return commandName;
    }
}
