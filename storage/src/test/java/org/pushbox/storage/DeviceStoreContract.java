package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.DeviceWatch;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.HierarchyState;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.api.WipeState;

interface DeviceStoreContract extends StoreFixture {

    @Test
    default void devicesAreRegisteredOnceAndUpdated() throws InterruptedException {
        Account a = newAccount();
        Device first = store().devices().register(a.id(), "Appl4B2C😀", new DeviceInfo("iPhone", "iPhone 15 📱",
                "iOS 18.1", "Apple-iPhone16C1/2201.1", PropertyMap.builder()
                        .put("imei", new PropertyValue.Text("3568")).build()));
        Thread.sleep(2);
        Device again = store().devices().register(a.id(), "APPL4b2c😀", new DeviceInfo(null, null, "iOS 18.2", null,
                PropertyMap.builder().put("friendlyName", new PropertyValue.Text("Annas 𝓘𝓹𝓱𝓸𝓷𝓮")).build()));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.deviceId()).isEqualTo("Appl4B2C😀");
        assertThat(again.model()).isEqualTo("iPhone 15 📱");
        assertThat(again.os()).isEqualTo("iOS 18.2");
        assertThat(again.extra().keys()).containsExactly("friendlyName", "imei");
        assertThat(again.firstSeen()).isEqualTo(first.firstSeen());
        assertThat(again.lastSeen()).isAfter(first.lastSeen());
        assertThat(store().devices().find(a.id(), "appl4b2c😀")).map(Device::id).contains(first.id());
        assertThat(store().devices().list(a.id())).hasSize(1);
    }

    @Test
    default void anUnchangedDeviceSeenAgainSoonIsNotRewritten() throws InterruptedException {
        Account a = newAccount();
        Device first = store().devices().register(a.id(), "pinger", DeviceInfo.of("iPhone", "Apple-iPhone/1"));
        Thread.sleep(2);
        Device same = store().devices().register(a.id(), "pinger", DeviceInfo.of("iPhone", "Apple-iPhone/1"));
        assertThat(same).isEqualTo(first);
        assertThat(store().devices().get(first.id()).orElseThrow().lastSeen()).isEqualTo(first.lastSeen());
        Device upgraded = store().devices().register(a.id(), "pinger", DeviceInfo.of("iPhone", "Apple-iPhone/2"));
        assertThat(upgraded.userAgent()).isEqualTo("Apple-iPhone/2");
        assertThat(upgraded.lastSeen()).isAfter(first.lastSeen());
        assertThat(store().devices().get(first.id()).orElseThrow()).isEqualTo(upgraded);
    }

    @Test
    default void policyKeyAndWipeStateAreKept() {
        Account a = newAccount();
        Device d = store().devices().register(a.id(), "android1", DeviceInfo.of("Android", "Android/14"));
        assertThat(d.wipeState()).isEqualTo(WipeState.NONE);
        store().devices().setPolicyKey(d.id(), 3_141_592_653L);
        store().devices().setWipeState(d.id(), WipeState.ACCOUNT_WIPE_REQUESTED);
        Device read = store().devices().get(d.id()).orElseThrow();
        assertThat(read.policyKey()).isEqualTo(3_141_592_653L);
        assertThat(read.wipeState()).isEqualTo(WipeState.ACCOUNT_WIPE_REQUESTED);
        store().devices().setWipeState(d.id(), WipeState.WIPED);
        assertThat(store().devices().get(d.id()).orElseThrow().wipeState()).isEqualTo(WipeState.WIPED);
        store().devices().delete(d.id());
        assertThat(store().devices().get(d.id())).isEmpty();
    }

    @Test
    default void watchIsReplacedAndGoesWithTheDevice() {
        Account a = newAccount();
        Device d = store().devices().register(a.id(), "watcher", DeviceInfo.of("SAMSUNGSGHI727", "Android/4.0"));
        assertThat(store().devices().watch(d.id())).isEmpty();
        store().devices().saveWatch(d.id(), new DeviceWatch(480, Set.of(7L, 9L, Long.MAX_VALUE)));
        assertThat(store().devices().watch(d.id())).contains(new DeviceWatch(480, Set.of(7L, 9L, Long.MAX_VALUE)));
        store().devices().saveWatch(d.id(), new DeviceWatch(1200, Set.of(9L)));
        assertThat(store().devices().watch(d.id())).contains(new DeviceWatch(1200, Set.of(9L)));
        store().transaction(tx -> {                 // both saves in one transaction: the last one wins
            tx.devices().saveWatch(d.id(), new DeviceWatch(60, Set.of(1L, 2L)));
            tx.devices().saveWatch(d.id(), new DeviceWatch(61, Set.of(3L)));
            return null;
        });
        assertThat(store().devices().watch(d.id())).contains(new DeviceWatch(61, Set.of(3L)));
        assertThatThrownBy(() -> store().devices().saveWatch(Long.MAX_VALUE, new DeviceWatch(60, Set.of())))
                .isInstanceOf(NotFoundException.class);
        store().devices().delete(d.id());
        assertThat(store().devices().watch(d.id())).isEmpty();
    }

    /** `pushbox device remove` relies on this: a phone added again under the same DeviceId starts from key 0. */
    @Test
    default void aDeletedDeviceRegisteredAgainStartsWithoutSyncState() {
        Account a = newAccount();
        long inbox = folder(a, FolderType.INBOX).id();
        Device d = store().devices().register(a.id(), "wiped-phone", DeviceInfo.of("iPhone", "Apple-iPhone/1"));
        store().devices().setPolicyKey(d.id(), 77);
        store().devices().setWipeState(d.id(), WipeState.WIPED);
        store().syncStates().saveHierarchy(new HierarchyState(d.id(), 1, 3, Set.of(inbox)));
        store().syncStates().saveCollection(CollectionState.of(d.id(), inbox, 1, 5, null, null), List.of(), List.of());

        store().devices().delete(d.id());
        assertThat(store().syncStates().latestHierarchy(d.id())).isEmpty();
        assertThat(store().syncStates().latestCollection(d.id(), inbox)).isEmpty();
        assertThat(store().devices().find(a.id(), "WIPED-PHONE")).isEmpty();

        Device again = store().devices().register(a.id(), "wiped-phone", DeviceInfo.of("iPhone", "Apple-iPhone/1"));
        assertThat(again.wipeState()).isEqualTo(WipeState.NONE);
        assertThat(again.policyKey()).isZero();
        assertThat(store().syncStates().latestHierarchy(again.id())).isEmpty();
        assertThat(store().syncStates().latestCollection(again.id(), inbox)).isEmpty();
    }
}
