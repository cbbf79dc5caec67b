package org.pushbox.server.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The smallest valid answer of a command in 14.0 and later when the request as a whole is refused:
 * {@code <Command><Status>n</Status></Command>} on the command's own code page (eas-protocol.md §3.0,
 * e.g. {@code <FolderSync><Status>102</Status></FolderSync>}). The legacy 12.1-only commands have no
 * such document; their refusals are HTTP statuses.
 */
final class TopLevelStatus {

    private record Root(Tag element, Tag status) {
    }

    private static final Map<EasCommand, Root> ROOTS = new EnumMap<>(EasCommand.class);

    static {
        root(EasCommand.SYNC, "AirSync", "Sync");
        root(EasCommand.SEND_MAIL, "ComposeMail", "SendMail");
        root(EasCommand.SMART_FORWARD, "ComposeMail", "SmartForward");
        root(EasCommand.SMART_REPLY, "ComposeMail", "SmartReply");
        root(EasCommand.FOLDER_SYNC, "FolderHierarchy", "FolderSync");
        root(EasCommand.FOLDER_CREATE, "FolderHierarchy", "FolderCreate");
        root(EasCommand.FOLDER_DELETE, "FolderHierarchy", "FolderDelete");
        root(EasCommand.FOLDER_UPDATE, "FolderHierarchy", "FolderUpdate");
        root(EasCommand.MOVE_ITEMS, "Move", "MoveItems");
        root(EasCommand.GET_ITEM_ESTIMATE, "GetItemEstimate", "GetItemEstimate");
        root(EasCommand.MEETING_RESPONSE, "MeetingResponse", "MeetingResponse");
        root(EasCommand.SEARCH, "Search", "Search");
        root(EasCommand.SETTINGS, "Settings", "Settings");
        root(EasCommand.PING, "Ping", "Ping");
        root(EasCommand.ITEM_OPERATIONS, "ItemOperations", "ItemOperations");
        root(EasCommand.PROVISION, "Provision", "Provision");
        root(EasCommand.RESOLVE_RECIPIENTS, "ResolveRecipients", "ResolveRecipients");
        root(EasCommand.VALIDATE_CERT, "ValidateCert", "ValidateCert");
        root(EasCommand.FIND, "Find", "Find");
    }

    private static void root(EasCommand command, String namespace, String element) {
        ROOTS.put(command, new Root(CodePages.require(namespace, element), CodePages.require(namespace, "Status")));
    }

    private TopLevelStatus() {
    }

    /** The status document of {@code command}, or empty for a command that has none. */
    static Optional<WbxmlElement> document(EasCommand command, int status) {
        Root root = ROOTS.get(command);
        if (root == null) {
            return Optional.empty();
        }
        return Optional.of(WbxmlElement.of(root.element(), WbxmlElement.text(root.status(), Integer.toString(status))));
    }
}
