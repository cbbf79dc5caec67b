package org.pushbox.protocol.wbxml;

import java.io.OutputStream;

/** One-call WBXML decoding to a tree and encoding from a tree. */
public final class Wbxml {

    private Wbxml() {
    }

    /** Decodes a whole document with {@link WbxmlLimits#DEFAULTS}. */
    public static WbxmlElement decode(byte[] body) throws WbxmlException {
        return decode(body, WbxmlLimits.DEFAULTS);
    }

    /** Decodes a whole document; nothing may follow the root element. */
    public static WbxmlElement decode(byte[] body, WbxmlLimits limits) throws WbxmlException {
        return new WbxmlReader(body, limits).readTree();
    }

    /** Encodes a tree as a complete document. */
    public static byte[] encode(WbxmlElement root) {
        WbxmlWriter writer = new WbxmlWriter();
        writer.element(root);
        return writer.toByteArray();
    }

    /** Encodes a tree as a complete document onto {@code stream}. */
    public static void encode(WbxmlElement root, OutputStream stream) {
        WbxmlWriter writer = new WbxmlWriter(stream);
        writer.element(root);
        writer.finish();
    }
}
