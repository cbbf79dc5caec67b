package org.pushbox.server.command.ping;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.ping.PingRequest;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.EmailProperty;

/**
 * A device's sync state written straight into a real store, as FolderSync and Sync would leave it, and
 * mail delivered as an MTA would: what a Ping is checked against.
 */
record PingDevice(MailboxStore store, long accountId, Device device) {

    static PingDevice register(MailboxStore store, long accountId, String deviceId) {
        return new PingDevice(store, accountId, store.devices().register(accountId, deviceId,
                DeviceInfo.of("SAMSUNGGTI9100", "SAMSUNG-GT-I9100/101.403")));
    }

    Folder folder(FolderType type) {
        return store.folders().findByType(accountId, type).orElseThrow();
    }

    /** The device has run FolderSync: it knows the current hierarchy. */
    PingDevice folderSynced() {
        long key = store.syncStates().latestHierarchy(device.id()).map(h -> h.syncKey() + 1).orElse(1L);
        Set<Long> ids = new HashSet<>();
        store.folders().list(accountId).forEach(f -> ids.add(f.id()));
        store.syncStates().saveHierarchy(new HierarchyState(device.id(), key,
                store.journal().hierarchyModseq(accountId), ids));
        return this;
    }

    /** The device has synced {@code folder} up to its current modseq. */
    PingDevice synced(Folder folder) {
        long key = store.syncStates().latestCollection(device.id(), folder.id()).map(s -> s.syncKey() + 1).orElse(1L);
        store.syncStates().saveCollection(CollectionState.of(device.id(), folder.id(), key,
                store.journal().folderModseq(folder.id()), null, PropertyMap.EMPTY), List.of(), List.of());
        return this;
    }

    /** A message arrives in {@code folder}, written by someone else than this device (an MTA). */
    void deliver(Folder folder, String subject) {
        store.items().add(folder.id(), ItemContent.of(org.pushbox.storage.api.ItemClass.EMAIL, PropertyMap.builder()
                .text(EmailProperty.SUBJECT, subject).time(EmailProperty.DATE_RECEIVED, Instant.now()).build()));
    }

    static PingRequest ping(Integer heartbeat, Folder... folders) {
        return new PingRequest(heartbeat, folders.length == 0 ? null : List.of(folders).stream()
                .map(f -> new PingRequest.Folder(Long.toString(f.id()), ItemClass.EMAIL)).toList());
    }
}
