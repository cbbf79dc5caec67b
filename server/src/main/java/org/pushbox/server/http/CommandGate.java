package org.pushbox.server.http;

import java.util.Optional;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;

/**
 * Decides, before a command's body is read, whether the device may run it at all: the provisioning gate
 * (docs/provisioning.md) refuses devices that must provision first or are to be wiped. The endpoint answers
 * a refusal itself: 449 for the provisioning statuses (with the WBXML status from 14.0 on), otherwise the
 * status as every refusal is answered. Called on a worker thread.
 */
@FunctionalInterface
public interface CommandGate {

    /** Lets everything through. */
    CommandGate OPEN = (request, account, device) -> Optional.empty();

    /** Empty to let the request through, else the common status that refuses it (e.g. 142, 144, 140). */
    Optional<CommonStatus> check(EasRequest request, Account account, Device device);
}
