package org.pushbox.protocol.command.settings;

import java.util.List;
import java.util.Objects;

/** A Settings request: property operations, to be answered in this order, each with its own status. */
public record SettingsRequest(List<Operation> operations) {

    public SettingsRequest {
        operations = List.copyOf(operations);
    }

    /** One property operation. */
    public sealed interface Operation {
    }

    /** {@code Oof/Get} with the body type the client wants messages in. */
    public record OofGet(BodyType bodyType) implements Operation {
    }

    public record OofSet(OofSettings settings) implements Operation {
        public OofSet {
            Objects.requireNonNull(settings);
        }
    }

    public record DeviceInformationSet(DeviceInformation deviceInformation) implements Operation {
        public DeviceInformationSet {
            Objects.requireNonNull(deviceInformation);
        }
    }

    public record UserInformationGet() implements Operation {
    }

    /** {@code DevicePassword/Set}: the recovery password (empty to clear it). */
    public record DevicePasswordSet(String password) implements Operation {
        public DevicePasswordSet {
            Objects.requireNonNull(password);
        }
    }

    /** {@code RightsManagementInformation/Get} (14.1+). */
    public record RightsManagementInformationGet() implements Operation {
    }
}
