package org.pushbox.server.pim;

import ezvcard.VCardVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.server.sync.mapping.BodyRequest;
import org.pushbox.server.sync.mapping.ItemMapper;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemFilter;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StorageConfig;

/** An embedded store with one account, and the import/export calls the tests make. */
final class PimStore implements AutoCloseable {

    final MailboxStore store;
    final Account anna;

    PimStore(Path dir) {
        store = MailboxStore.open(StorageConfig.embedded(dir));
        anna = store.accounts().create(new NewAccount("anna", "pw-1", "Anna", List.of("anna@example.org"),
                PropertyMap.EMPTY));
    }

    ImportReport importResource(PimKind kind, String resource, ZoneId zone) throws Exception {
        try (InputStream in = PimStore.class.getResourceAsStream("/pim/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new PimImporter(store).run(anna, kind, null, in, zone, PimImporter.Progress.NONE);
        }
    }

    ImportReport importText(PimKind kind, String text, ZoneId zone) throws Exception {
        return new PimImporter(store).run(anna, kind, null,
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), zone, PimImporter.Progress.NONE);
    }

    String export(PimKind kind, VCardVersion version) throws Exception {
        StringWriter out = new StringWriter();
        new PimExporter(store).run(anna, kind, null, version, out);
        return out.toString();
    }

    Folder folder(PimKind kind) {
        return store.folders().findByType(anna.id(), kind.defaultFolder()).orElseThrow();
    }

    List<Item> items(PimKind kind) {
        return store.items().getAll(store.items().ids(folder(kind).id(), ItemFilter.ALL));
    }

    /** The items as a device would be sent them (whole plain-text bodies). */
    @SuppressWarnings("unchecked")
    <T extends ItemData> List<T> models(PimKind kind) {
        List<T> out = new ArrayList<>();
        for (Item item : items(kind)) {
            out.add((T) ItemMapper.of(kind.protocolClass()).toClient(item, BodyRequest.DEFAULT, store.blobs()));
        }
        return out;
    }

    @Override
    public void close() {
        store.close();
    }
}
