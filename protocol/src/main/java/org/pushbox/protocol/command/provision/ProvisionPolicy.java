package org.pushbox.protocol.command.provision;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.sync.FilterType;

/**
 * The policy of an {@code EASProvisionDoc} ([MS-ASPROV] 2.2.2), one field per policy element, in the
 * order of the specification (and of Exchange's documents). A {@code null} limit is sent as an empty
 * element, which means "no limit". {@link #NONE} is the policy that restricts nothing: it equals the
 * default policy Exchange 2010 hands out (see the corpus), so clients know every value in it.
 *
 * <p>Field notes:
 * <ul>
 * <li>{@code DevicePasswordEnabled}: Whether a device password is required; when false the other password rules are ignored.</li>
 * <li>{@code PasswordRecoveryEnabled}: Whether the device may store a recovery password with Settings DevicePassword.</li>
 * <li>{@code MinDevicePasswordLength}: 1-16; null = no minimum.</li>
 * <li>{@code MaxInactivityTimeDeviceLock}: Seconds; null = no limit (9999 and more also mean none).</li>
 * <li>{@code MaxDevicePasswordFailedAttempts}: 4-16 attempts before a wipe; null = none.</li>
 * <li>{@code MaxAttachmentSize}: Bytes; null = no limit.</li>
 * <li>{@code DevicePasswordExpiration}: Days; null or 0 = never.</li>
 * <li>{@code DevicePasswordHistory}: Passwords remembered; 0 = none.</li>
 * <li>{@code MinDevicePasswordComplexCharacters}: 1-4 character classes.</li>
 * <li>{@code MaxCalendarAgeFilter}: ALL, TWO_WEEKS, ONE_MONTH, THREE_MONTHS or SIX_MONTHS.</li>
 * <li>{@code MaxEmailAgeFilter}: ALL up to ONE_MONTH.</li>
 * <li>{@code MaxEmailBodyTruncationSize}: -1 = no truncation, 0 = headers only, else bytes.</li>
 * <li>{@code MaxEmailHTMLBodyTruncationSize}: -1 = no truncation, 0 = headers only, else bytes.</li>
 * <li>{@code UnapprovedInROMApplicationList}: Names of in-ROM applications that may not run.</li>
 * <li>{@code ApprovedApplicationList}: SHA-1 hashes of applications that may run.</li>
 * </ul>
 */
public record ProvisionPolicy(
        boolean devicePasswordEnabled,
        boolean alphanumericDevicePasswordRequired,
        boolean passwordRecoveryEnabled,
        boolean requireStorageCardEncryption,
        boolean attachmentsEnabled,
        Integer minDevicePasswordLength,
        Integer maxInactivityTimeDeviceLock,
        Integer maxDevicePasswordFailedAttempts,
        Integer maxAttachmentSize,
        boolean allowSimpleDevicePassword,
        Integer devicePasswordExpiration,
        Integer devicePasswordHistory,
        boolean allowStorageCard,
        boolean allowCamera,
        boolean requireDeviceEncryption,
        boolean allowUnsignedApplications,
        boolean allowUnsignedInstallationPackages,
        Integer minDevicePasswordComplexCharacters,
        boolean allowWifi,
        boolean allowTextMessaging,
        boolean allowPopImapEmail,
        BluetoothPolicy allowBluetooth,
        boolean allowIrda,
        boolean requireManualSyncWhenRoaming,
        boolean allowDesktopSync,
        FilterType maxCalendarAgeFilter,
        boolean allowHtmlEmail,
        FilterType maxEmailAgeFilter,
        Integer maxEmailBodyTruncationSize,
        Integer maxEmailHtmlBodyTruncationSize,
        boolean requireSignedSmimeMessages,
        boolean requireEncryptedSmimeMessages,
        SmimeSigningAlgorithm requireSignedSmimeAlgorithm,
        SmimeEncryptionAlgorithm requireEncryptionSmimeAlgorithm,
        SmimeNegotiation allowSmimeEncryptionAlgorithmNegotiation,
        boolean allowSmimeSoftCerts,
        boolean allowBrowser,
        boolean allowConsumerEmail,
        boolean allowRemoteDesktop,
        boolean allowInternetSharing,
        List<String> unapprovedInRomApplicationList,
        List<String> approvedApplicationList) {

    /** Restricts nothing: Exchange's default policy. */
    public static final ProvisionPolicy NONE = new Builder().build();

    public ProvisionPolicy {
        Objects.requireNonNull(allowBluetooth, "allowBluetooth");
        Objects.requireNonNull(maxCalendarAgeFilter, "maxCalendarAgeFilter");
        Objects.requireNonNull(maxEmailAgeFilter, "maxEmailAgeFilter");
        Objects.requireNonNull(requireSignedSmimeAlgorithm, "requireSignedSmimeAlgorithm");
        Objects.requireNonNull(requireEncryptionSmimeAlgorithm, "requireEncryptionSmimeAlgorithm");
        Objects.requireNonNull(allowSmimeEncryptionAlgorithmNegotiation, "allowSmimeEncryptionAlgorithmNegotiation");
        unapprovedInRomApplicationList = List.copyOf(unapprovedInRomApplicationList);
        approvedApplicationList = List.copyOf(approvedApplicationList);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this policy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.devicePasswordEnabled = devicePasswordEnabled;
        b.alphanumericDevicePasswordRequired = alphanumericDevicePasswordRequired;
        b.passwordRecoveryEnabled = passwordRecoveryEnabled;
        b.requireStorageCardEncryption = requireStorageCardEncryption;
        b.attachmentsEnabled = attachmentsEnabled;
        b.minDevicePasswordLength = minDevicePasswordLength;
        b.maxInactivityTimeDeviceLock = maxInactivityTimeDeviceLock;
        b.maxDevicePasswordFailedAttempts = maxDevicePasswordFailedAttempts;
        b.maxAttachmentSize = maxAttachmentSize;
        b.allowSimpleDevicePassword = allowSimpleDevicePassword;
        b.devicePasswordExpiration = devicePasswordExpiration;
        b.devicePasswordHistory = devicePasswordHistory;
        b.allowStorageCard = allowStorageCard;
        b.allowCamera = allowCamera;
        b.requireDeviceEncryption = requireDeviceEncryption;
        b.allowUnsignedApplications = allowUnsignedApplications;
        b.allowUnsignedInstallationPackages = allowUnsignedInstallationPackages;
        b.minDevicePasswordComplexCharacters = minDevicePasswordComplexCharacters;
        b.allowWifi = allowWifi;
        b.allowTextMessaging = allowTextMessaging;
        b.allowPopImapEmail = allowPopImapEmail;
        b.allowBluetooth = allowBluetooth;
        b.allowIrda = allowIrda;
        b.requireManualSyncWhenRoaming = requireManualSyncWhenRoaming;
        b.allowDesktopSync = allowDesktopSync;
        b.maxCalendarAgeFilter = maxCalendarAgeFilter;
        b.allowHtmlEmail = allowHtmlEmail;
        b.maxEmailAgeFilter = maxEmailAgeFilter;
        b.maxEmailBodyTruncationSize = maxEmailBodyTruncationSize;
        b.maxEmailHtmlBodyTruncationSize = maxEmailHtmlBodyTruncationSize;
        b.requireSignedSmimeMessages = requireSignedSmimeMessages;
        b.requireEncryptedSmimeMessages = requireEncryptedSmimeMessages;
        b.requireSignedSmimeAlgorithm = requireSignedSmimeAlgorithm;
        b.requireEncryptionSmimeAlgorithm = requireEncryptionSmimeAlgorithm;
        b.allowSmimeEncryptionAlgorithmNegotiation = allowSmimeEncryptionAlgorithmNegotiation;
        b.allowSmimeSoftCerts = allowSmimeSoftCerts;
        b.allowBrowser = allowBrowser;
        b.allowConsumerEmail = allowConsumerEmail;
        b.allowRemoteDesktop = allowRemoteDesktop;
        b.allowInternetSharing = allowInternetSharing;
        b.unapprovedInRomApplicationList = unapprovedInRomApplicationList;
        b.approvedApplicationList = approvedApplicationList;
        return b;
    }

    /** Builds a policy; unset fields keep the values of {@link #NONE}. */
    public static final class Builder {

        private boolean devicePasswordEnabled = false;
        private boolean alphanumericDevicePasswordRequired = false;
        private boolean passwordRecoveryEnabled = false;
        private boolean requireStorageCardEncryption = false;
        private boolean attachmentsEnabled = true;
        private Integer minDevicePasswordLength = null;
        private Integer maxInactivityTimeDeviceLock = null;
        private Integer maxDevicePasswordFailedAttempts = null;
        private Integer maxAttachmentSize = null;
        private boolean allowSimpleDevicePassword = true;
        private Integer devicePasswordExpiration = null;
        private Integer devicePasswordHistory = 0;
        private boolean allowStorageCard = true;
        private boolean allowCamera = true;
        private boolean requireDeviceEncryption = false;
        private boolean allowUnsignedApplications = true;
        private boolean allowUnsignedInstallationPackages = true;
        private Integer minDevicePasswordComplexCharacters = 1;
        private boolean allowWifi = true;
        private boolean allowTextMessaging = true;
        private boolean allowPopImapEmail = true;
        private BluetoothPolicy allowBluetooth = BluetoothPolicy.ALLOWED;
        private boolean allowIrda = true;
        private boolean requireManualSyncWhenRoaming = false;
        private boolean allowDesktopSync = true;
        private FilterType maxCalendarAgeFilter = FilterType.ALL;
        private boolean allowHtmlEmail = true;
        private FilterType maxEmailAgeFilter = FilterType.ALL;
        private Integer maxEmailBodyTruncationSize = -1;
        private Integer maxEmailHtmlBodyTruncationSize = -1;
        private boolean requireSignedSmimeMessages = false;
        private boolean requireEncryptedSmimeMessages = false;
        private SmimeSigningAlgorithm requireSignedSmimeAlgorithm = SmimeSigningAlgorithm.SHA1;
        private SmimeEncryptionAlgorithm requireEncryptionSmimeAlgorithm = SmimeEncryptionAlgorithm.TRIPLE_DES;
        private SmimeNegotiation allowSmimeEncryptionAlgorithmNegotiation = SmimeNegotiation.ANY;
        private boolean allowSmimeSoftCerts = true;
        private boolean allowBrowser = true;
        private boolean allowConsumerEmail = true;
        private boolean allowRemoteDesktop = true;
        private boolean allowInternetSharing = true;
        private List<String> unapprovedInRomApplicationList = List.of();
        private List<String> approvedApplicationList = List.of();

        private Builder() {
        }

        public Builder devicePasswordEnabled(boolean value) {
            this.devicePasswordEnabled = value;
            return this;
        }

        public Builder alphanumericDevicePasswordRequired(boolean value) {
            this.alphanumericDevicePasswordRequired = value;
            return this;
        }

        public Builder passwordRecoveryEnabled(boolean value) {
            this.passwordRecoveryEnabled = value;
            return this;
        }

        public Builder requireStorageCardEncryption(boolean value) {
            this.requireStorageCardEncryption = value;
            return this;
        }

        public Builder attachmentsEnabled(boolean value) {
            this.attachmentsEnabled = value;
            return this;
        }

        public Builder minDevicePasswordLength(Integer value) {
            this.minDevicePasswordLength = value;
            return this;
        }

        public Builder maxInactivityTimeDeviceLock(Integer value) {
            this.maxInactivityTimeDeviceLock = value;
            return this;
        }

        public Builder maxDevicePasswordFailedAttempts(Integer value) {
            this.maxDevicePasswordFailedAttempts = value;
            return this;
        }

        public Builder maxAttachmentSize(Integer value) {
            this.maxAttachmentSize = value;
            return this;
        }

        public Builder allowSimpleDevicePassword(boolean value) {
            this.allowSimpleDevicePassword = value;
            return this;
        }

        public Builder devicePasswordExpiration(Integer value) {
            this.devicePasswordExpiration = value;
            return this;
        }

        public Builder devicePasswordHistory(Integer value) {
            this.devicePasswordHistory = value;
            return this;
        }

        public Builder allowStorageCard(boolean value) {
            this.allowStorageCard = value;
            return this;
        }

        public Builder allowCamera(boolean value) {
            this.allowCamera = value;
            return this;
        }

        public Builder requireDeviceEncryption(boolean value) {
            this.requireDeviceEncryption = value;
            return this;
        }

        public Builder allowUnsignedApplications(boolean value) {
            this.allowUnsignedApplications = value;
            return this;
        }

        public Builder allowUnsignedInstallationPackages(boolean value) {
            this.allowUnsignedInstallationPackages = value;
            return this;
        }

        public Builder minDevicePasswordComplexCharacters(Integer value) {
            this.minDevicePasswordComplexCharacters = value;
            return this;
        }

        public Builder allowWifi(boolean value) {
            this.allowWifi = value;
            return this;
        }

        public Builder allowTextMessaging(boolean value) {
            this.allowTextMessaging = value;
            return this;
        }

        public Builder allowPopImapEmail(boolean value) {
            this.allowPopImapEmail = value;
            return this;
        }

        public Builder allowBluetooth(BluetoothPolicy value) {
            this.allowBluetooth = value;
            return this;
        }

        public Builder allowIrda(boolean value) {
            this.allowIrda = value;
            return this;
        }

        public Builder requireManualSyncWhenRoaming(boolean value) {
            this.requireManualSyncWhenRoaming = value;
            return this;
        }

        public Builder allowDesktopSync(boolean value) {
            this.allowDesktopSync = value;
            return this;
        }

        public Builder maxCalendarAgeFilter(FilterType value) {
            this.maxCalendarAgeFilter = value;
            return this;
        }

        public Builder allowHtmlEmail(boolean value) {
            this.allowHtmlEmail = value;
            return this;
        }

        public Builder maxEmailAgeFilter(FilterType value) {
            this.maxEmailAgeFilter = value;
            return this;
        }

        public Builder maxEmailBodyTruncationSize(Integer value) {
            this.maxEmailBodyTruncationSize = value;
            return this;
        }

        public Builder maxEmailHtmlBodyTruncationSize(Integer value) {
            this.maxEmailHtmlBodyTruncationSize = value;
            return this;
        }

        public Builder requireSignedSmimeMessages(boolean value) {
            this.requireSignedSmimeMessages = value;
            return this;
        }

        public Builder requireEncryptedSmimeMessages(boolean value) {
            this.requireEncryptedSmimeMessages = value;
            return this;
        }

        public Builder requireSignedSmimeAlgorithm(SmimeSigningAlgorithm value) {
            this.requireSignedSmimeAlgorithm = value;
            return this;
        }

        public Builder requireEncryptionSmimeAlgorithm(SmimeEncryptionAlgorithm value) {
            this.requireEncryptionSmimeAlgorithm = value;
            return this;
        }

        public Builder allowSmimeEncryptionAlgorithmNegotiation(SmimeNegotiation value) {
            this.allowSmimeEncryptionAlgorithmNegotiation = value;
            return this;
        }

        public Builder allowSmimeSoftCerts(boolean value) {
            this.allowSmimeSoftCerts = value;
            return this;
        }

        public Builder allowBrowser(boolean value) {
            this.allowBrowser = value;
            return this;
        }

        public Builder allowConsumerEmail(boolean value) {
            this.allowConsumerEmail = value;
            return this;
        }

        public Builder allowRemoteDesktop(boolean value) {
            this.allowRemoteDesktop = value;
            return this;
        }

        public Builder allowInternetSharing(boolean value) {
            this.allowInternetSharing = value;
            return this;
        }

        public Builder unapprovedInRomApplicationList(List<String> value) {
            this.unapprovedInRomApplicationList = value;
            return this;
        }

        public Builder approvedApplicationList(List<String> value) {
            this.approvedApplicationList = value;
            return this;
        }

        public ProvisionPolicy build() {
            return new ProvisionPolicy(devicePasswordEnabled, alphanumericDevicePasswordRequired, passwordRecoveryEnabled,
                    requireStorageCardEncryption, attachmentsEnabled, minDevicePasswordLength,
                    maxInactivityTimeDeviceLock, maxDevicePasswordFailedAttempts, maxAttachmentSize,
                    allowSimpleDevicePassword, devicePasswordExpiration, devicePasswordHistory, allowStorageCard,
                    allowCamera, requireDeviceEncryption, allowUnsignedApplications, allowUnsignedInstallationPackages,
                    minDevicePasswordComplexCharacters, allowWifi, allowTextMessaging, allowPopImapEmail,
                    allowBluetooth, allowIrda, requireManualSyncWhenRoaming, allowDesktopSync, maxCalendarAgeFilter,
                    allowHtmlEmail, maxEmailAgeFilter, maxEmailBodyTruncationSize, maxEmailHtmlBodyTruncationSize,
                    requireSignedSmimeMessages, requireEncryptedSmimeMessages, requireSignedSmimeAlgorithm,
                    requireEncryptionSmimeAlgorithm, allowSmimeEncryptionAlgorithmNegotiation, allowSmimeSoftCerts,
                    allowBrowser, allowConsumerEmail, allowRemoteDesktop, allowInternetSharing,
                    unapprovedInRomApplicationList, approvedApplicationList);
        }
    }
}
