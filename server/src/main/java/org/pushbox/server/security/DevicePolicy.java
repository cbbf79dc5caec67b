package org.pushbox.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.pushbox.protocol.command.provision.ProvisionPolicy;
import org.pushbox.server.config.PolicySettings;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.PropertyMap;

/**
 * The policy that applies to one account: the server's {@code policy.*} settings with the account's stored
 * overrides ({@link PolicyKeys}) laid over them.
 *
 * @param enforce                  whether the account's devices must hold the current policy key
 * @param allowNonCompliantDevices whether a partial or failed application of the policy is accepted
 * @param document                 the EASProvisionDoc handed out in Provision phase 1
 */
public record DevicePolicy(boolean enforce, boolean allowNonCompliantDevices, ProvisionPolicy document) {

    /** The policy of {@code account} under the server settings {@code server}. */
    public static DevicePolicy of(PolicySettings server, Account account) {
        PropertyMap p = account.policy();
        boolean passwordRequired = bool(p, PolicyKeys.PASSWORD_REQUIRED, server.passwordRequired());
        ProvisionPolicy.Builder b = ProvisionPolicy.builder()
                .devicePasswordEnabled(passwordRequired)
                .attachmentsEnabled(bool(p, PolicyKeys.ATTACHMENTS_ENABLED, server.attachmentsEnabled()))
                .maxAttachmentSize(integer(p, PolicyKeys.MAX_ATTACHMENT_BYTES, server.maxAttachmentBytes()))
                .requireDeviceEncryption(bool(p, PolicyKeys.REQUIRE_ENCRYPTION, server.requireEncryption()))
                .requireStorageCardEncryption(bool(p, PolicyKeys.REQUIRE_ENCRYPTION, server.requireEncryption()))
                .passwordRecoveryEnabled(bool(p, PolicyKeys.PASSWORD_RECOVERY, server.passwordRecovery()))
                .maxInactivityTimeDeviceLock(integer(p, PolicyKeys.MAX_INACTIVITY_SECONDS,
                        server.maxInactivitySeconds()));
        if (passwordRequired) {
            // The password rules mean something only with a password; without one they stay at Exchange's defaults.
            b.alphanumericDevicePasswordRequired(bool(p, PolicyKeys.PASSWORD_ALPHANUMERIC,
                            server.passwordAlphanumeric()))
                    .minDevicePasswordLength(integer(p, PolicyKeys.PASSWORD_MIN_LENGTH, server.passwordMinLength()))
                    .minDevicePasswordComplexCharacters(integer(p, PolicyKeys.PASSWORD_COMPLEX_CHARACTERS,
                            server.passwordComplexCharacters()))
                    .maxDevicePasswordFailedAttempts(integer(p, PolicyKeys.PASSWORD_MAX_FAILED_ATTEMPTS,
                            server.passwordMaxFailedAttempts()))
                    .devicePasswordExpiration(integer(p, PolicyKeys.PASSWORD_EXPIRATION_DAYS,
                            server.passwordExpirationDays()))
                    .devicePasswordHistory(integer(p, PolicyKeys.PASSWORD_HISTORY, server.passwordHistory()))
                    .allowSimpleDevicePassword(bool(p, PolicyKeys.ALLOW_SIMPLE_PASSWORD, server.allowSimplePassword()));
        }
        return new DevicePolicy(bool(p, PolicyKeys.ENFORCE, server.enforce()),
                bool(p, PolicyKeys.ALLOW_NON_COMPLIANT_DEVICES, server.allowNonCompliantDevices()), b.build());
    }

    /**
     * A short digest of the document: stored with a device's final key, so that a changed policy makes
     * the key stale (Status 144) and the device fetches the new rules.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static boolean bool(PropertyMap p, PolicyKeys key, boolean fallback) {
        Boolean value = p.bool(key);
        return value == null ? fallback : value;
    }

    private static Integer integer(PropertyMap p, PolicyKeys key, Integer fallback) {
        if (p.get(key).isEmpty()) {
            return fallback;
        }
        Long value = p.integer(key);
        return value == null || value < 0 || value > Integer.MAX_VALUE ? null : value.intValue();
    }
}
