package org.pushbox.protocol.command.sync;

import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/** AirSync (0), AirSyncBase (17) and RightsManagement (24) tags of Sync. */
final class SyncTags {

    static final Tag SYNC = as("Sync");
    static final Tag RESPONSES = as("Responses");
    static final Tag ADD = as("Add");
    static final Tag CHANGE = as("Change");
    static final Tag DELETE = as("Delete");
    static final Tag FETCH = as("Fetch");
    static final Tag SYNC_KEY = as("SyncKey");
    static final Tag CLIENT_ID = as("ClientId");
    static final Tag SERVER_ID = as("ServerId");
    static final Tag STATUS = as("Status");
    static final Tag COLLECTION = as("Collection");
    static final Tag CLASS = as("Class");
    static final Tag COLLECTION_ID = as("CollectionId");
    static final Tag GET_CHANGES = as("GetChanges");
    static final Tag MORE_AVAILABLE = as("MoreAvailable");
    static final Tag WINDOW_SIZE = as("WindowSize");
    static final Tag COMMANDS = as("Commands");
    static final Tag OPTIONS = as("Options");
    static final Tag FILTER_TYPE = as("FilterType");
    static final Tag CONFLICT = as("Conflict");
    static final Tag COLLECTIONS = as("Collections");
    static final Tag APPLICATION_DATA = ApplicationData.TAG;
    static final Tag DELETES_AS_MOVES = as("DeletesAsMoves");
    static final Tag SUPPORTED = as("Supported");
    static final Tag SOFT_DELETE = as("SoftDelete");
    static final Tag MIME_SUPPORT = as("MIMESupport");
    static final Tag MIME_TRUNCATION = as("MIMETruncation");
    static final Tag WAIT = as("Wait");
    static final Tag LIMIT = as("Limit");
    static final Tag PARTIAL = as("Partial");
    static final Tag CONVERSATION_MODE = as("ConversationMode");
    static final Tag MAX_ITEMS = as("MaxItems");
    static final Tag HEARTBEAT_INTERVAL = as("HeartbeatInterval");
    static final Tag BODY_PREFERENCE = base("BodyPreference");
    static final Tag BODY_PART_PREFERENCE = base("BodyPartPreference");
    static final Tag TYPE = base("Type");
    static final Tag TRUNCATION_SIZE = base("TruncationSize");
    static final Tag ALL_OR_NONE = base("AllOrNone");
    static final Tag PREVIEW = base("Preview");
    static final Tag INSTANCE_ID = base("InstanceId");
    static final Tag RIGHTS_MANAGEMENT_SUPPORT = CodePages.require("RightsManagement", "RightsManagementSupport");

    private SyncTags() {
    }

    private static Tag as(String name) {
        return CodePages.require("AirSync", name);
    }

    private static Tag base(String name) {
        return CodePages.require("AirSyncBase", name);
    }
}
