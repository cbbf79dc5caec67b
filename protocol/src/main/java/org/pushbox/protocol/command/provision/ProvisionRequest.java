package org.pushbox.protocol.command.provision;

import org.pushbox.protocol.command.settings.DeviceInformation;

/**
 * A Provision request, in one of four forms ({@link #phase()}): the policy request (phase 1, in
 * 14.1+ with device information), the policy acknowledgement (phase 2), or the acknowledgement of a
 * remote wipe or (16.1) an account-only remote wipe.
 *
 * @param deviceInformation {@code settings:DeviceInformation/Set}, or {@code null}; in 14.1+ a phase-1
 *                          request without it is answered with common status 165 (a server decision)
 * @param policy            the single {@code Policies/Policy}, or {@code null} for a wipe acknowledgement
 * @param remoteWipe        the client's status in {@code RemoteWipe}, or {@code null}
 * @param accountOnlyRemoteWipe the client's status in {@code AccountOnlyRemoteWipe}, or {@code null}
 */
public record ProvisionRequest(DeviceInformation deviceInformation, PolicyRequest policy,
        RemoteWipeAckStatus remoteWipe, RemoteWipeAckStatus accountOnlyRemoteWipe) {

    /** What the client asks for. */
    public enum Phase {
        POLICY_REQUEST,
        POLICY_ACKNOWLEDGEMENT,
        REMOTE_WIPE_ACKNOWLEDGEMENT,
        ACCOUNT_ONLY_REMOTE_WIPE_ACKNOWLEDGEMENT
    }

    /**
     * {@code Policies/Policy} as the client sends it. In phase 1 only the type is meaningful; in
     * phase 2 the key being acknowledged and the client's status are both present.
     *
     * @param policyKey raw text of the key (a decimal uint32 when well-formed), or {@code null}
     * @param status    {@code null} in phase 1
     */
    public record PolicyRequest(String policyType, String policyKey, PolicyAckStatus status) {
    }

    public Phase phase() {
        if (remoteWipe != null) {
            return Phase.REMOTE_WIPE_ACKNOWLEDGEMENT;
        }
        if (accountOnlyRemoteWipe != null) {
            return Phase.ACCOUNT_ONLY_REMOTE_WIPE_ACKNOWLEDGEMENT;
        }
        return policy.status() == null ? Phase.POLICY_REQUEST : Phase.POLICY_ACKNOWLEDGEMENT;
    }
}
