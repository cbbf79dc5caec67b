package org.pushbox.server.config;

/**
 * The server's device policy (the {@code policy.*} keys): whether devices must provision, and the rules
 * every account gets unless its own stored policy overrides them (docs/provisioning.md). A null limit
 * means "no limit".
 *
 * @param enforce                  devices must hold the current policy key; false = the "no policy" mode
 * @param allowNonCompliantDevices accept a device that reports it applied the policy only partly or not at all
 */
public record PolicySettings(
        boolean enforce,
        boolean allowNonCompliantDevices,
        boolean passwordRequired,
        Integer passwordMinLength,
        boolean passwordAlphanumeric,
        Integer passwordComplexCharacters,
        Integer passwordMaxFailedAttempts,
        Integer passwordExpirationDays,
        Integer passwordHistory,
        boolean allowSimplePassword,
        Integer maxInactivitySeconds,
        boolean requireEncryption,
        boolean attachmentsEnabled,
        Integer maxAttachmentBytes,
        boolean passwordRecovery) {
}
