package org.pushbox.storage.api;

/**
 * The stores, bound to one database transaction. Everything done through them commits together
 * when the work returns, or not at all when it throws. Blobs are outside: see {@link BlobStore}.
 */
public interface Transaction {

    AccountStore accounts();

    FolderStore folders();

    ItemStore items();

    ChangeJournal journal();

    DeviceStore devices();

    SyncStateStore syncStates();

    /** The outbound mail queue (docs/mail-out.md). */
    OutboundQueue outbound();
}
