package org.pushbox.protocol.command.settings;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * A Settings response: the top-level status and one result per requested operation, in request
 * order. A failed request (top-level status other than 1) carries no results.
 */
public record SettingsResponse(EasStatus status, List<Result> results) {

    public SettingsResponse {
        Objects.requireNonNull(status, "status");
        results = List.copyOf(results);
    }

    public static SettingsResponse failure(EasStatus status) {
        return new SettingsResponse(status, List.of());
    }

    /** The result of one operation. */
    public sealed interface Result {
        EasStatus status();
    }

    /** The result of an Oof Get (with {@code get}) or Set ({@code get} {@code null}). */
    public record OofResult(EasStatus status, OofSettings get) implements Result {
    }

    public record DeviceInformationResult(EasStatus status) implements Result {
    }

    /** {@code get} is {@code null} on failure. */
    public record UserInformationResult(EasStatus status, UserInformation get) implements Result {
    }

    public record DevicePasswordResult(EasStatus status) implements Result {
    }

    /** {@code templates} is {@code null} on failure, possibly empty on success. */
    public record RightsManagementInformationResult(EasStatus status, List<RightsManagementTemplate> templates)
            implements Result {
        public RightsManagementInformationResult {
            templates = templates == null ? null : List.copyOf(templates);
        }
    }
}
