package org.pushbox.protocol.command.sync;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * The {@code ApplicationData} of an item, carried as the WBXML subtree it is on the wire: mapping it
 * to Email, Calendar, Contacts, Tasks or Notes records is the job of {@code protocol/model}, which
 * needs the collection's class to do so.
 */
public record ApplicationData(WbxmlElement element) {

    /** The {@code AirSync:ApplicationData} tag. */
    public static final Tag TAG = CodePages.require("AirSync", "ApplicationData");

    public ApplicationData {
        Objects.requireNonNull(element, "element");
        if (!element.tag().equals(TAG)) {
            throw new IllegalArgumentException("not an ApplicationData element: " + element.tag());
        }
    }

    /** ApplicationData holding these properties. */
    public static ApplicationData of(List<WbxmlElement> properties) {
        return new ApplicationData(WbxmlElement.of(TAG, properties));
    }

    public static ApplicationData of(WbxmlElement... properties) {
        return of(List.of(properties));
    }

    /** The item's properties, in order. */
    public List<WbxmlElement> properties() {
        return element.children();
    }

    /** The first property with this tag, or {@code null}. */
    public WbxmlElement property(Tag tag) {
        return element.child(tag);
    }

    /** The value of a simple property (text or OPAQUE as a string), or {@code null} when absent. */
    public String text(Tag tag) {
        WbxmlElement property = element.child(tag);
        return property == null ? null : property.textOrOpaqueAsString();
    }
}
