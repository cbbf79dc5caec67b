package org.pushbox.server.command.provision;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.provision.PolicyAckStatus;
import org.pushbox.protocol.command.provision.PolicyStatus;
import org.pushbox.protocol.command.provision.ProvisionCodec;
import org.pushbox.protocol.command.provision.ProvisionRequest;
import org.pushbox.protocol.command.provision.ProvisionResponse;
import org.pushbox.protocol.command.provision.ProvisionResponse.PolicyResponse;
import org.pushbox.protocol.command.provision.ProvisionStatus;
import org.pushbox.protocol.command.provision.RemoteWipeAckStatus;
import org.pushbox.protocol.command.settings.SettingsStatus;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.command.settings.DeviceDetails;
import org.pushbox.server.config.PolicySettings;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.security.DeviceKeys;
import org.pushbox.server.security.DevicePolicy;
import org.pushbox.server.security.PolicyKeyGenerator;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.Transaction;
import org.pushbox.storage.api.WipeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provision ([MS-ASPROV], docs/provisioning.md): phase 1 hands out the account's policy with a temporary
 * key, phase 2 turns an acknowledgement of that key into the final key stored on the device; a pending
 * remote wipe (or 16.1 account-only wipe) is answered instead, and its acknowledgement recorded. In the
 * "no policy" mode the same exchange happens with Exchange's permissive default policy, so a client that
 * provisions anyway completes and never loops.
 */
public final class ProvisionProcessor implements CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionProcessor.class);

    private final MailboxStore store;
    private final PolicySettings settings;
    private final PolicyKeyGenerator keys = new PolicyKeyGenerator();

    public ProvisionProcessor(MailboxStore store, PolicySettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        ProvisionResponse response = answer(context, version);
        if (response.status() instanceof CommonStatus common && !version.atLeast(ProtocolVersion.V14_0)) {
            // 12.1 knows no common statuses; every refusal of Provision itself is "access denied" there,
            // never 449, which would send the client straight back here.
            return CompletableFuture.completedFuture(CommandResponse.status(
                    common.httpStatus() == 449 ? 403 : common.httpStatus()));
        }
        return CompletableFuture.completedFuture(CommandResponse.wbxml(ProvisionCodec.encodeResponse(response,
                version)));
    }

    private ProvisionResponse answer(CommandContext context, ProtocolVersion version) {
        if (!(context.body() instanceof RequestBody.Wbxml body)) {
            return ProvisionResponse.failure(ProvisionStatus.PROTOCOL_ERROR);
        }
        ProvisionRequest request;
        try {
            request = ProvisionCodec.decodeRequest(body.root(), version);
        } catch (CommandException e) {
            return ProvisionResponse.failure(e.status());
        }
        DevicePolicy policy = DevicePolicy.of(settings, context.account());
        try {
            return store.transaction(tx -> provision(tx, context, version, request, policy));
        } catch (StoreException e) {
            LOG.warn("Provision failed for device {}: {}", context.request().deviceId(), e.toString());
            return ProvisionResponse.failure(ProvisionStatus.SERVER_ERROR);
        }
    }

    private ProvisionResponse provision(Transaction tx, CommandContext context, ProtocolVersion version,
            ProvisionRequest request, DevicePolicy policy) {
        Device device = tx.devices().get(context.device().id()).orElse(context.device());
        EasStatus infoStatus = null;
        if (request.deviceInformation() != null) {
            DeviceDetails.save(tx, device, request.deviceInformation());
            infoStatus = SettingsStatus.SUCCESS;
        }
        return switch (request.phase()) {
            case REMOTE_WIPE_ACKNOWLEDGEMENT -> wipeAcknowledged(tx, device, request.remoteWipe(), infoStatus);
            case ACCOUNT_ONLY_REMOTE_WIPE_ACKNOWLEDGEMENT ->
                wipeAcknowledged(tx, device, request.accountOnlyRemoteWipe(), infoStatus);
            case POLICY_REQUEST, POLICY_ACKNOWLEDGEMENT -> policyExchange(tx, device, version, request, policy,
                    infoStatus);
        };
    }

    private ProvisionResponse policyExchange(Transaction tx, Device device, ProtocolVersion version,
            ProvisionRequest request, DevicePolicy policy, EasStatus infoStatus) {
        switch (device.wipeState()) {
            case WIPED:
                return ProvisionResponse.failure(CommonStatus.DEVICE_IS_BLOCKED_FOR_THIS_USER);
            case WIPE_REQUESTED:
                return ProvisionResponse.wipe(false);
            case ACCOUNT_WIPE_REQUESTED:
                // Before 16.1 a device cannot remove just one account; it is blocked instead of wiped whole.
                return version.atLeast(ProtocolVersion.V16_1) ? ProvisionResponse.wipe(true)
                        : ProvisionResponse.failure(CommonStatus.DEVICE_IS_BLOCKED_FOR_THIS_USER);
            default:
                break;
        }
        String type = request.policy().policyType();
        if (!ProvisionCodec.WBXML_POLICY_TYPE.equals(type)) {
            return policyStatus(infoStatus, type, PolicyStatus.UNKNOWN_POLICY_TYPE);
        }
        if (request.phase() == ProvisionRequest.Phase.POLICY_REQUEST) {
            if (version.atLeast(ProtocolVersion.V14_1) && request.deviceInformation() == null) {
                return ProvisionResponse.failure(CommonStatus.DEVICE_INFORMATION_REQUIRED);
            }
            long temporary = keys.next(device.policyKey());
            remember(tx, device, PropertyMap.builder().integer(DeviceKeys.TEMPORARY_POLICY_KEY, temporary));
            return ProvisionResponse.policy(infoStatus, type, Long.toString(temporary), policy.document());
        }
        return acknowledgement(tx, device, request, policy, infoStatus);
    }

    private ProvisionResponse acknowledgement(Transaction tx, Device device, ProvisionRequest request,
            DevicePolicy policy, EasStatus infoStatus) {
        String type = request.policy().policyType();
        long acknowledged = parseKey(request.policy().policyKey());
        Long repeated = device.extra().integer(DeviceKeys.ACKNOWLEDGED_TEMPORARY_KEY);
        if (repeated != null && repeated == acknowledged && device.policyKey() != 0) {
            // The client lost our answer and acknowledges again: the same final key, not a third one.
            return withInfo(ProvisionResponse.acknowledged(type, Long.toString(device.policyKey())), infoStatus);
        }
        Long temporary = device.extra().integer(DeviceKeys.TEMPORARY_POLICY_KEY);
        if (acknowledged < 1 || temporary == null || temporary != acknowledged) {
            return policyStatus(infoStatus, type, PolicyStatus.WRONG_POLICY_KEY);
        }
        PolicyAckStatus applied = request.policy().status();
        if (applied != PolicyAckStatus.APPLIED && policy.enforce() && !policy.allowNonCompliantDevices()) {
            return ProvisionResponse.failure(applied == PolicyAckStatus.EXTERNALLY_MANAGED
                    ? CommonStatus.EXTERNALLY_MANAGED_DEVICES_NOT_ALLOWED
                    : CommonStatus.DEVICE_NOT_FULLY_PROVISIONABLE);
        }
        long finalKey = keys.next(acknowledged);
        tx.devices().setPolicyKey(device.id(), finalKey);
        remember(tx, device, PropertyMap.builder()
                .integer(DeviceKeys.TEMPORARY_POLICY_KEY, 0)
                .integer(DeviceKeys.ACKNOWLEDGED_TEMPORARY_KEY, acknowledged)
                .integer(DeviceKeys.POLICY_ACK_STATUS, applied.code())
                .text(DeviceKeys.POLICY_FINGERPRINT, policy.fingerprint()));
        return withInfo(ProvisionResponse.acknowledged(type, Long.toString(finalKey)), infoStatus);
    }

    private static ProvisionResponse wipeAcknowledged(Transaction tx, Device device, RemoteWipeAckStatus status,
            EasStatus infoStatus) {
        boolean pending = device.wipeState() == WipeState.WIPE_REQUESTED
                || device.wipeState() == WipeState.ACCOUNT_WIPE_REQUESTED;
        if (pending && status == RemoteWipeAckStatus.WIPED) {
            tx.devices().setWipeState(device.id(), WipeState.WIPED);
        }
        // A failed wipe stays requested: the device is asked again at its next request.
        LOG.info("device {} acknowledged its wipe with status {}", device.deviceId(), status.code());
        return new ProvisionResponse(infoStatus, ProvisionStatus.SUCCESS, null, false, false);
    }

    private static void remember(Transaction tx, Device device, PropertyMap.Builder extra) {
        tx.devices().register(device.accountId(), device.deviceId(),
                new DeviceInfo(null, null, null, null, extra.build()));
    }

    private static ProvisionResponse policyStatus(EasStatus infoStatus, String type, PolicyStatus status) {
        return new ProvisionResponse(infoStatus, ProvisionStatus.SUCCESS, new PolicyResponse(type, status, null, null),
                false, false);
    }

    private static ProvisionResponse withInfo(ProvisionResponse response, EasStatus infoStatus) {
        return new ProvisionResponse(infoStatus, response.status(), response.policy(), response.remoteWipe(),
                response.accountOnlyRemoteWipe());
    }

    /** A policy key as the client sent it: a decimal uint32, else -1. */
    private static long parseKey(String text) {
        if (text == null || text.isEmpty() || text.length() > 10
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long key = Long.parseLong(text);
        return key > 0xFFFF_FFFFL ? -1 : key;
    }
}
