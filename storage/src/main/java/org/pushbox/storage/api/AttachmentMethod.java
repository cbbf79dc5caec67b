package org.pushbox.storage.api;

/** How an attachment is attached; the codes are the ones clients use. */
public enum AttachmentMethod implements Coded {
    NORMAL(1), EMBEDDED_MESSAGE(5), OLE(6);

    private final int code;

    AttachmentMethod(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static AttachmentMethod ofCode(int code) {
        return Coded.byCode(values(), code);
    }
}
