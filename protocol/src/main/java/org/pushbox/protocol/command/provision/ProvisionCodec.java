package org.pushbox.protocol.command.provision;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.provision.ProvisionRequest.PolicyRequest;
import org.pushbox.protocol.command.provision.ProvisionResponse.PolicyResponse;
import org.pushbox.protocol.command.settings.DeviceInformation;
import org.pushbox.protocol.command.settings.DeviceInformationCodec;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Provision ([MS-ASPROV]): both phases, the policy document and the wipe acknowledgements. */
public final class ProvisionCodec {

    /** The policy type of 12.0 and later. 2.5's {@code MS-WAP-Provisioning-XML} is passed through as text. */
    public static final String WBXML_POLICY_TYPE = "MS-EAS-Provisioning-WBXML";

    private static final String PAGE = "Provision";
    private static final Tag PROVISION = tag("Provision");
    private static final Tag POLICIES = tag("Policies");
    private static final Tag POLICY = tag("Policy");
    private static final Tag POLICY_TYPE = tag("PolicyType");
    private static final Tag POLICY_KEY = tag("PolicyKey");
    private static final Tag DATA = tag("Data");
    private static final Tag STATUS = tag("Status");
    private static final Tag REMOTE_WIPE = tag("RemoteWipe");
    private static final Tag ACCOUNT_ONLY_REMOTE_WIPE = tag("AccountOnlyRemoteWipe");
    private static final Tag EAS_PROVISION_DOC = tag("EASProvisionDoc");
    private static final Tag DEVICE_INFORMATION = DeviceInformationCodec.DEVICE_INFORMATION_TAG;
    private static final EasStatus BAD = ProvisionStatus.PROTOCOL_ERROR;

    private ProvisionCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require(PAGE, name);
    }

    /**
     * Reads a request. Faults give Status 2: not exactly one of Policies, RemoteWipe and
     * AccountOnlyRemoteWipe; not exactly one Policy; no PolicyType; a Status without PolicyKey; a
     * status value outside the specification's range.
     */
    public static ProvisionRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, PROVISION, BAD, DEVICE_INFORMATION, POLICIES, REMOTE_WIPE,
                ACCOUNT_ONLY_REMOTE_WIPE);
        WbxmlElement info = r.optional(DEVICE_INFORMATION);
        DeviceInformation deviceInformation = info == null ? null : DeviceInformationCodec.decodeSet(info, BAD);
        ElementReader policies = r.optionalContainer(POLICIES, POLICY);
        RemoteWipeAckStatus wipe = wipeAck(r, REMOTE_WIPE);
        RemoteWipeAckStatus accountWipe = wipeAck(r, ACCOUNT_ONLY_REMOTE_WIPE);
        int parts = (policies == null ? 0 : 1) + (wipe == null ? 0 : 1) + (accountWipe == null ? 0 : 1);
        if (parts != 1) {
            throw r.fault("needs exactly one of Policies, RemoteWipe and AccountOnlyRemoteWipe");
        }
        PolicyRequest policy = null;
        if (policies != null) {
            List<ElementReader> list = policies.containers(POLICY, POLICY_TYPE, POLICY_KEY, STATUS);
            if (list.size() != 1) {
                throw policies.fault("needs exactly one Policy, got " + list.size());
            }
            ElementReader p = list.get(0);
            PolicyAckStatus status = ackStatus(p.integer(STATUS, 1, PolicyAckStatus.values().length));
            String key = p.text(POLICY_KEY);
            if (status != null && key == null) {
                throw p.fault("an acknowledgement needs the PolicyKey it acknowledges");
            }
            policy = new PolicyRequest(p.requiredText(POLICY_TYPE), key, status);
        }
        return new ProvisionRequest(deviceInformation, policy, wipe, accountWipe);
    }

    private static PolicyAckStatus ackStatus(Integer code) {
        return code == null ? null : PolicyAckStatus.values()[code - 1];
    }

    private static RemoteWipeAckStatus wipeAck(ElementReader r, Tag tag) throws CommandException {
        ElementReader wipe = r.optionalContainer(tag, STATUS);
        if (wipe == null) {
            return null;
        }
        return RemoteWipeAckStatus.values()[wipe.requiredInteger(STATUS, 1, 2) - 1];
    }

    /** Writes a response in the XSD's order: DeviceInformation, Status, Policies, RemoteWipe, AccountOnlyRemoteWipe. */
    public static WbxmlElement encodeResponse(ProvisionResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(PROVISION, version);
        if (response.deviceInformationStatus() != null) {
            b.add(DeviceInformationCodec.encodeStatus(response.deviceInformationStatus(), version));
        }
        b.status(STATUS, response.status());
        PolicyResponse p = response.policy();
        if (p != null) {
            b.child(POLICIES, policies -> policies.child(POLICY, policy -> {
                policy.text(POLICY_TYPE, p.policyType()).status(STATUS, p.status()).text(POLICY_KEY, p.policyKey());
                if (p.data() != null) {
                    policy.child(DATA, data -> data.add(encodePolicy(p.data(), version)));
                }
            }));
        }
        return b.empty(REMOTE_WIPE, response.remoteWipe())
                .empty(ACCOUNT_ONLY_REMOTE_WIPE, response.accountOnlyRemoteWipe())
                .build();
    }

    /** Client side: writes a request (the policy part, or a wipe acknowledgement). */
    public static WbxmlElement encodeRequest(ProvisionRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(PROVISION, version);
        if (request.deviceInformation() != null) {
            b.add(DeviceInformationCodec.encodeSet(request.deviceInformation(), version));
        }
        PolicyRequest p = request.policy();
        if (p != null) {
            // In the acknowledgement the order is mandatory: PolicyType, PolicyKey, Status.
            b.child(POLICIES, policies -> policies.child(POLICY, policy -> policy.text(POLICY_TYPE, p.policyType())
                    .text(POLICY_KEY, p.policyKey()).status(STATUS, p.status())));
        }
        if (request.remoteWipe() != null) {
            b.child(REMOTE_WIPE, w -> w.status(STATUS, request.remoteWipe()));
        }
        if (request.accountOnlyRemoteWipe() != null) {
            b.child(ACCOUNT_ONLY_REMOTE_WIPE, w -> w.status(STATUS, request.accountOnlyRemoteWipe()));
        }
        return b.build();
    }

    /** Client side: reads a response, including the whole policy document; faults carry Status 2. */
    public static ProvisionResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, PROVISION, BAD, DEVICE_INFORMATION, STATUS, POLICIES, REMOTE_WIPE,
                ACCOUNT_ONLY_REMOTE_WIPE);
        WbxmlElement info = r.optional(DEVICE_INFORMATION);
        EasStatus infoStatus = info == null ? null : DeviceInformationCodec.decodeStatus(info, BAD);
        EasStatus status = r.requiredStatus(STATUS, ProvisionStatus.values());
        ElementReader policies = r.optionalContainer(POLICIES, POLICY);
        PolicyResponse policy = null;
        if (policies != null) {
            ElementReader p = policies.requiredContainer(POLICY, POLICY_TYPE, STATUS, POLICY_KEY, DATA);
            ElementReader data = p.optionalContainer(DATA, EAS_PROVISION_DOC);
            ProvisionPolicy doc = data == null ? null
                    : decodePolicy(data.requiredContainer(EAS_PROVISION_DOC, policyTags()));
            policy = new PolicyResponse(p.requiredText(POLICY_TYPE), p.requiredStatus(STATUS, PolicyStatus.values()),
                    p.text(POLICY_KEY), doc);
        }
        return new ProvisionResponse(infoStatus, status, policy, r.flag(REMOTE_WIPE), r.flag(ACCOUNT_ONLY_REMOTE_WIPE));
    }

    private static Tag[] policyTags() {
        Tag[] tags = new Tag[POLICY_ELEMENTS.length];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tag(POLICY_ELEMENTS[i]);
        }
        return tags;
    }

    /** A limit: the number, or an empty element for "no limit". */
    private static WbxmlElement limit(String name, Integer value) {
        return value == null ? WbxmlElement.empty(tag(name)) : WbxmlElement.text(tag(name), value.toString());
    }

    private static WbxmlElement names(String list, String item, List<String> values, ProtocolVersion version) {
        return ElementBuilder.of(tag(list), version).texts(tag(item), values).build();
    }

    private static boolean bool(ElementReader r, String name, boolean fallback) throws CommandException {
        Boolean value = r.bool(tag(name));
        return value == null ? fallback : value;
    }

    /** A limit: an empty element (or none) means "no limit". */
    private static Integer limit(ElementReader r, String name) throws CommandException {
        String text = r.text(tag(name));
        return text == null || text.isEmpty() ? null : r.integer(tag(name), -1, Integer.MAX_VALUE);
    }

    private static <E> E orDefault(E value, E fallback) {
        return value == null ? fallback : value;
    }

    private static List<String> names(ElementReader r, String list, String item) throws CommandException {
        ElementReader container = r.optionalContainer(tag(list), tag(item));
        return container == null ? new ArrayList<>() : container.texts(tag(item));
    }

    static WbxmlElement encodePolicy(ProvisionPolicy p, ProtocolVersion version) {
        return ElementBuilder.of(EAS_PROVISION_DOC, version)
                .bool(tag("DevicePasswordEnabled"), p.devicePasswordEnabled())
                .bool(tag("AlphanumericDevicePasswordRequired"), p.alphanumericDevicePasswordRequired())
                .bool(tag("PasswordRecoveryEnabled"), p.passwordRecoveryEnabled())
                .bool(tag("RequireStorageCardEncryption"), p.requireStorageCardEncryption())
                .bool(tag("AttachmentsEnabled"), p.attachmentsEnabled())
                .add(limit("MinDevicePasswordLength", p.minDevicePasswordLength()))
                .add(limit("MaxInactivityTimeDeviceLock", p.maxInactivityTimeDeviceLock()))
                .add(limit("MaxDevicePasswordFailedAttempts", p.maxDevicePasswordFailedAttempts()))
                .add(limit("MaxAttachmentSize", p.maxAttachmentSize()))
                .bool(tag("AllowSimpleDevicePassword"), p.allowSimpleDevicePassword())
                .add(limit("DevicePasswordExpiration", p.devicePasswordExpiration()))
                .add(limit("DevicePasswordHistory", p.devicePasswordHistory()))
                .bool(tag("AllowStorageCard"), p.allowStorageCard())
                .bool(tag("AllowCamera"), p.allowCamera())
                .bool(tag("RequireDeviceEncryption"), p.requireDeviceEncryption())
                .bool(tag("AllowUnsignedApplications"), p.allowUnsignedApplications())
                .bool(tag("AllowUnsignedInstallationPackages"), p.allowUnsignedInstallationPackages())
                .add(limit("MinDevicePasswordComplexCharacters", p.minDevicePasswordComplexCharacters()))
                .bool(tag("AllowWiFi"), p.allowWifi())
                .bool(tag("AllowTextMessaging"), p.allowTextMessaging())
                .bool(tag("AllowPOPIMAPEmail"), p.allowPopImapEmail())
                .ordinal(tag("AllowBluetooth"), p.allowBluetooth())
                .bool(tag("AllowIrDA"), p.allowIrda())
                .bool(tag("RequireManualSyncWhenRoaming"), p.requireManualSyncWhenRoaming())
                .bool(tag("AllowDesktopSync"), p.allowDesktopSync())
                .ordinal(tag("MaxCalendarAgeFilter"), p.maxCalendarAgeFilter())
                .bool(tag("AllowHTMLEmail"), p.allowHtmlEmail())
                .ordinal(tag("MaxEmailAgeFilter"), p.maxEmailAgeFilter())
                .add(limit("MaxEmailBodyTruncationSize", p.maxEmailBodyTruncationSize()))
                .add(limit("MaxEmailHTMLBodyTruncationSize", p.maxEmailHtmlBodyTruncationSize()))
                .bool(tag("RequireSignedSMIMEMessages"), p.requireSignedSmimeMessages())
                .bool(tag("RequireEncryptedSMIMEMessages"), p.requireEncryptedSmimeMessages())
                .ordinal(tag("RequireSignedSMIMEAlgorithm"), p.requireSignedSmimeAlgorithm())
                .ordinal(tag("RequireEncryptionSMIMEAlgorithm"), p.requireEncryptionSmimeAlgorithm())
                .ordinal(tag("AllowSMIMEEncryptionAlgorithmNegotiation"), p.allowSmimeEncryptionAlgorithmNegotiation())
                .bool(tag("AllowSMIMESoftCerts"), p.allowSmimeSoftCerts())
                .bool(tag("AllowBrowser"), p.allowBrowser())
                .bool(tag("AllowConsumerEmail"), p.allowConsumerEmail())
                .bool(tag("AllowRemoteDesktop"), p.allowRemoteDesktop())
                .bool(tag("AllowInternetSharing"), p.allowInternetSharing())
                .add(names("UnapprovedInROMApplicationList", "ApplicationName", p.unapprovedInRomApplicationList(), version))
                .add(names("ApprovedApplicationList", "Hash", p.approvedApplicationList(), version))
                .build();
    }

    static ProvisionPolicy decodePolicy(ElementReader r) throws CommandException {
        ProvisionPolicy d = ProvisionPolicy.NONE;
        return new ProvisionPolicy(
                bool(r, "DevicePasswordEnabled", d.devicePasswordEnabled()),
                bool(r, "AlphanumericDevicePasswordRequired", d.alphanumericDevicePasswordRequired()),
                bool(r, "PasswordRecoveryEnabled", d.passwordRecoveryEnabled()),
                bool(r, "RequireStorageCardEncryption", d.requireStorageCardEncryption()),
                bool(r, "AttachmentsEnabled", d.attachmentsEnabled()),
                limit(r, "MinDevicePasswordLength"),
                limit(r, "MaxInactivityTimeDeviceLock"),
                limit(r, "MaxDevicePasswordFailedAttempts"),
                limit(r, "MaxAttachmentSize"),
                bool(r, "AllowSimpleDevicePassword", d.allowSimpleDevicePassword()),
                limit(r, "DevicePasswordExpiration"),
                limit(r, "DevicePasswordHistory"),
                bool(r, "AllowStorageCard", d.allowStorageCard()),
                bool(r, "AllowCamera", d.allowCamera()),
                bool(r, "RequireDeviceEncryption", d.requireDeviceEncryption()),
                bool(r, "AllowUnsignedApplications", d.allowUnsignedApplications()),
                bool(r, "AllowUnsignedInstallationPackages", d.allowUnsignedInstallationPackages()),
                limit(r, "MinDevicePasswordComplexCharacters"),
                bool(r, "AllowWiFi", d.allowWifi()),
                bool(r, "AllowTextMessaging", d.allowTextMessaging()),
                bool(r, "AllowPOPIMAPEmail", d.allowPopImapEmail()),
                orDefault(r.ordinal(tag("AllowBluetooth"), BluetoothPolicy.values()),
                        d.allowBluetooth()),
                bool(r, "AllowIrDA", d.allowIrda()),
                bool(r, "RequireManualSyncWhenRoaming", d.requireManualSyncWhenRoaming()),
                bool(r, "AllowDesktopSync", d.allowDesktopSync()),
                orDefault(r.ordinal(tag("MaxCalendarAgeFilter"), FilterType.values()),
                        d.maxCalendarAgeFilter()),
                bool(r, "AllowHTMLEmail", d.allowHtmlEmail()),
                orDefault(r.ordinal(tag("MaxEmailAgeFilter"), FilterType.values()),
                        d.maxEmailAgeFilter()),
                limit(r, "MaxEmailBodyTruncationSize"),
                limit(r, "MaxEmailHTMLBodyTruncationSize"),
                bool(r, "RequireSignedSMIMEMessages", d.requireSignedSmimeMessages()),
                bool(r, "RequireEncryptedSMIMEMessages", d.requireEncryptedSmimeMessages()),
                orDefault(r.ordinal(tag("RequireSignedSMIMEAlgorithm"), SmimeSigningAlgorithm.values()),
                        d.requireSignedSmimeAlgorithm()),
                orDefault(r.ordinal(tag("RequireEncryptionSMIMEAlgorithm"), SmimeEncryptionAlgorithm.values()),
                        d.requireEncryptionSmimeAlgorithm()),
                orDefault(r.ordinal(tag("AllowSMIMEEncryptionAlgorithmNegotiation"), SmimeNegotiation.values()),
                        d.allowSmimeEncryptionAlgorithmNegotiation()),
                bool(r, "AllowSMIMESoftCerts", d.allowSmimeSoftCerts()),
                bool(r, "AllowBrowser", d.allowBrowser()),
                bool(r, "AllowConsumerEmail", d.allowConsumerEmail()),
                bool(r, "AllowRemoteDesktop", d.allowRemoteDesktop()),
                bool(r, "AllowInternetSharing", d.allowInternetSharing()),
                names(r, "UnapprovedInROMApplicationList", "ApplicationName"),
                names(r, "ApprovedApplicationList", "Hash"));
    }

    /** The EASProvisionDoc children in document order. */
    private static final String[] POLICY_ELEMENTS = {
        "DevicePasswordEnabled", "AlphanumericDevicePasswordRequired", "PasswordRecoveryEnabled",
        "RequireStorageCardEncryption", "AttachmentsEnabled", "MinDevicePasswordLength",
        "MaxInactivityTimeDeviceLock", "MaxDevicePasswordFailedAttempts", "MaxAttachmentSize",
        "AllowSimpleDevicePassword", "DevicePasswordExpiration", "DevicePasswordHistory", "AllowStorageCard",
        "AllowCamera", "RequireDeviceEncryption", "AllowUnsignedApplications", "AllowUnsignedInstallationPackages",
        "MinDevicePasswordComplexCharacters", "AllowWiFi", "AllowTextMessaging", "AllowPOPIMAPEmail",
        "AllowBluetooth", "AllowIrDA", "RequireManualSyncWhenRoaming", "AllowDesktopSync", "MaxCalendarAgeFilter",
        "AllowHTMLEmail", "MaxEmailAgeFilter", "MaxEmailBodyTruncationSize", "MaxEmailHTMLBodyTruncationSize",
        "RequireSignedSMIMEMessages", "RequireEncryptedSMIMEMessages", "RequireSignedSMIMEAlgorithm",
        "RequireEncryptionSMIMEAlgorithm", "AllowSMIMEEncryptionAlgorithmNegotiation", "AllowSMIMESoftCerts",
        "AllowBrowser", "AllowConsumerEmail", "AllowRemoteDesktop", "AllowInternetSharing",
        "UnapprovedInROMApplicationList", "ApprovedApplicationList"
    };
}
