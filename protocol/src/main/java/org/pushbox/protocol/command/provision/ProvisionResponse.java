package org.pushbox.protocol.command.provision;

import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/**
 * A Provision response.
 *
 * @param deviceInformationStatus the Settings status for the device information the request carried
 *                                (14.1+), or {@code null} to send none
 * @param status                  a {@link ProvisionStatus} or a common status (139, 141, 144, 145, 165)
 * @param policy                  the policy answer, or {@code null} (wipe responses, failures)
 * @param remoteWipe              sends an empty {@code RemoteWipe}: the device must wipe itself
 * @param accountOnlyRemoteWipe   sends an empty {@code AccountOnlyRemoteWipe} (16.1): erase this account only
 */
public record ProvisionResponse(EasStatus deviceInformationStatus, EasStatus status, PolicyResponse policy,
        boolean remoteWipe, boolean accountOnlyRemoteWipe) {

    public ProvisionResponse {
        Objects.requireNonNull(status, "status");
    }

    /**
     * {@code Policies/Policy} in a response.
     *
     * @param policyKey the temporary key (phase 1) or the final key (phase 2); {@code null} on failure
     * @param data      the policy (phase 1 only), or {@code null}
     */
    public record PolicyResponse(String policyType, EasStatus status, String policyKey, ProvisionPolicy data) {
        public PolicyResponse {
            Objects.requireNonNull(policyType, "policyType");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Phase 1: the policy with a temporary key. */
    public static ProvisionResponse policy(EasStatus deviceInformationStatus, String policyType, String temporaryKey,
            ProvisionPolicy policy) {
        return new ProvisionResponse(deviceInformationStatus, ProvisionStatus.SUCCESS,
                new PolicyResponse(policyType, PolicyStatus.SUCCESS, temporaryKey, policy), false, false);
    }

    /** Phase 2: the final key. */
    public static ProvisionResponse acknowledged(String policyType, String finalKey) {
        return new ProvisionResponse(null, ProvisionStatus.SUCCESS,
                new PolicyResponse(policyType, PolicyStatus.SUCCESS, finalKey, null), false, false);
    }

    /** Tells the device to wipe itself (or, with {@code accountOnly} and 16.1, only this account). */
    public static ProvisionResponse wipe(boolean accountOnly) {
        return new ProvisionResponse(null, ProvisionStatus.SUCCESS, null, !accountOnly, accountOnly);
    }

    /** A failed request: only the status. */
    public static ProvisionResponse failure(EasStatus status) {
        return new ProvisionResponse(null, status, null, false, false);
    }
}
