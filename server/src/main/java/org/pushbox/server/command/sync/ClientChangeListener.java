package org.pushbox.server.command.sync;

import java.util.List;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.storage.api.Account;

/**
 * Told after a Sync transaction committed which items the device added, changed or deleted, so that work
 * outside the store (meeting invitations a 16.x organizer expects the server to send) follows client changes.
 * Called on the worker thread that ran the Sync; it must not throw (failures are logged and ignored).
 */
@FunctionalInterface
public interface ClientChangeListener {

    ClientChangeListener NONE = (account, version, itemIds) -> { };

    /** @param itemIds the ids of the items the device's Add, Change and Delete commands named, in order */
    void committed(Account account, ProtocolVersion version, List<Long> itemIds);
}
