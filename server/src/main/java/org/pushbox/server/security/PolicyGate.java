package org.pushbox.server.security;

import java.util.Objects;
import java.util.Optional;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.server.config.PolicySettings;
import org.pushbox.server.http.CommandGate;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;

/**
 * The provisioning gate (docs/provisioning.md). Provision itself always passes (OPTIONS and Autodiscover
 * never reach a gate). A wiped device is blocked (129) and a device with a pending wipe is sent to Provision
 * (140), whatever the policy mode, because an administrator asked for it. Where the account's policy is
 * enforced, every other command except Ping, which carries no policy key (eas-protocol.md §1.3), needs the
 * device's current key: none or 0 gives 142, another key or one issued for an older policy gives 144.
 */
public final class PolicyGate implements CommandGate {

    private final PolicySettings settings;

    public PolicyGate(PolicySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Optional<CommonStatus> check(EasRequest request, Account account, Device device) {
        if (request.command() == EasCommand.PROVISION) {
            return Optional.empty();
        }
        switch (device.wipeState()) {
            case WIPED:
                return Optional.of(CommonStatus.DEVICE_IS_BLOCKED_FOR_THIS_USER);
            case WIPE_REQUESTED, ACCOUNT_WIPE_REQUESTED:
                return Optional.of(CommonStatus.REMOTE_WIPE_REQUESTED);
            default:
                break;
        }
        if (request.command() == EasCommand.PING) {
            return Optional.empty();
        }
        DevicePolicy policy = DevicePolicy.of(settings, account);
        if (!policy.enforce()) {
            return Optional.empty();
        }
        if (!request.isProvisioned()) {
            return Optional.of(CommonStatus.DEVICE_NOT_PROVISIONED);
        }
        boolean current = device.policyKey() != 0 && request.policyKey().getAsLong() == device.policyKey()
                && policy.fingerprint().equals(device.extra().text(DeviceKeys.POLICY_FINGERPRINT));
        return current ? Optional.empty() : Optional.of(CommonStatus.INVALID_POLICY_KEY);
    }
}
