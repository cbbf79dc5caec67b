package org.pushbox.protocol.model;

import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** The ApplicationData of one item, of one of the five data classes. */
public sealed interface ItemData permits Email, CalendarEvent, Contact, Task, Note {

    /** {@code AirSync:ApplicationData}. */
    Tag APPLICATION_DATA = CodePages.require("AirSync", "ApplicationData");

    /** The class whose Sync collections carry this item. */
    ItemClass itemClass();

    /** The children the model does not map, kept verbatim. */
    java.util.List<WbxmlElement> extras();

    /** The item under another container (e.g. ItemOperations or Search {@code Properties}). */
    WbxmlElement encode(Tag container, ProtocolVersion version, EncodeOptions options);

    /** {@code <ApplicationData>} for this version and direction. */
    default WbxmlElement encode(ProtocolVersion version, EncodeOptions options) {
        return encode(APPLICATION_DATA, version, options);
    }
}
