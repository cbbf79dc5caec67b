package org.pushbox.protocol.model;

import java.util.Optional;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Entry point for the Sync processor: the ApplicationData subtree of an Add, Change or Fetch
 * to and from the typed model of its class.
 *
 * <pre>{@code
 * ItemData item = ApplicationData.decode(collectionClass, applicationData, version); // DataClassException -> item Status 6
 * WbxmlElement out = ApplicationData.encode(item, version, EncodeOptions.TO_CLIENT);
 * }</pre>
 */
public final class ApplicationData {

    private ApplicationData() {
    }

    /** Decodes with the default limits; SMS items use the Email model. */
    public static ItemData decode(ItemClass itemClass, WbxmlElement applicationData, ProtocolVersion version)
            throws DataClassException {
        return decode(itemClass, applicationData, version, DecodeLimits.DEFAULT);
    }

    public static ItemData decode(ItemClass itemClass, WbxmlElement applicationData, ProtocolVersion version,
            DecodeLimits limits) throws DataClassException {
        return switch (itemClass) {
            case EMAIL, SMS -> Email.decode(applicationData, version, limits);
            case CALENDAR -> CalendarEvent.decode(applicationData, version, limits);
            case CONTACTS -> Contact.decode(applicationData, version, limits);
            case TASKS -> Task.decode(applicationData, version, limits);
            case NOTES -> Note.decode(applicationData, version, limits);
        };
    }

    /** {@code <ApplicationData>} holding the item in the form of this version and direction. */
    public static WbxmlElement encode(ItemData item, ProtocolVersion version, EncodeOptions options) {
        return item.encode(version, options);
    }

    /**
     * The class an ApplicationData belongs to, judged by the code pages of its children (Email and
     * Email2, Calendar, Contacts and Contacts2, Tasks, Notes); empty when only AirSyncBase or
     * unknown pages appear, in which case the collection's class decides. For clients that leave
     * out Class and for traces; the Sync processor should use the collection's class.
     */
    public static Optional<ItemClass> classOf(WbxmlElement applicationData) {
        for (WbxmlElement child : applicationData.children()) {
            switch (child.tag().namespace()) {
                case "Email", "Email2":
                    return Optional.of(ItemClass.EMAIL);
                case "Calendar":
                    return Optional.of(ItemClass.CALENDAR);
                case "Contacts", "Contacts2":
                    return Optional.of(ItemClass.CONTACTS);
                case "Tasks":
                    return Optional.of(ItemClass.TASKS);
                case "Notes":
                    return Optional.of(ItemClass.NOTES);
                default:
                    break;
            }
        }
        return Optional.empty();
    }
}
