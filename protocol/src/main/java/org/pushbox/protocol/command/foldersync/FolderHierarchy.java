package org.pushbox.protocol.command.foldersync;

import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/** The FolderHierarchy code page (7) tags that FolderSync, FolderCreate, FolderUpdate and FolderDelete share. */
public final class FolderHierarchy {

    public static final String PAGE = "FolderHierarchy";
    public static final Tag DISPLAY_NAME = CodePages.require(PAGE, "DisplayName");
    public static final Tag SERVER_ID = CodePages.require(PAGE, "ServerId");
    public static final Tag PARENT_ID = CodePages.require(PAGE, "ParentId");
    public static final Tag TYPE = CodePages.require(PAGE, "Type");
    public static final Tag STATUS = CodePages.require(PAGE, "Status");
    public static final Tag CHANGES = CodePages.require(PAGE, "Changes");
    public static final Tag ADD = CodePages.require(PAGE, "Add");
    public static final Tag DELETE = CodePages.require(PAGE, "Delete");
    public static final Tag UPDATE = CodePages.require(PAGE, "Update");
    public static final Tag SYNC_KEY = CodePages.require(PAGE, "SyncKey");
    public static final Tag COUNT = CodePages.require(PAGE, "Count");
    public static final Tag FOLDER_SYNC = CodePages.require(PAGE, "FolderSync");
    public static final Tag FOLDER_CREATE = CodePages.require(PAGE, "FolderCreate");
    public static final Tag FOLDER_UPDATE = CodePages.require(PAGE, "FolderUpdate");
    public static final Tag FOLDER_DELETE = CodePages.require(PAGE, "FolderDelete");

    /** Hierarchy sync keys are opaque strings of at most 64 characters ([MS-ASCMD] 2.2.3.177.4). */
    public static final int MAX_SYNC_KEY_LENGTH = 64;

    private FolderHierarchy() {
    }
}
