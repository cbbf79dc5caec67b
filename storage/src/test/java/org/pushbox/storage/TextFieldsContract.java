package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Attachment;
import org.pushbox.storage.api.AttachmentMethod;
import org.pushbox.storage.api.CollectionState;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.ItemContent;
import org.pushbox.storage.api.NewAccount;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;

/** Every text column, not only the property documents, keeps 4-byte UTF-8 text exactly. */
interface TextFieldsContract extends StoreFixture {

    String TEXT = SampleItems.EXOTIC.strip();

    @Test
    default void everyTextColumnKeepsNonBmpText() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Account a = store().accounts().create(new NewAccount("𝓊𝓈𝑒𝓇-😀-" + id, "pässwörd 🔑", TEXT,
                List.of("😀" + id + "@例え.jp"), PropertyMap.builder().put("note", new PropertyValue.Text(TEXT)).build()));
        Account read = store().accounts().findByLogin("𝓊𝓈𝑒𝓇-😀-" + id).orElseThrow();
        assertThat(read.displayName()).isEqualTo(TEXT);
        assertThat(read.addresses()).containsExactly("😀" + id + "@例え.jp");
        assertThat(store().authenticate("𝓊𝓈𝑒𝓇-😀-" + id, "pässwörd 🔑")).isPresent();

        Folder folder = store().folders().create(a.id(), Folder.ROOT, TEXT, FolderType.USER_MAIL);
        assertThat(store().folders().get(folder.id()).orElseThrow().displayName()).isEqualTo(TEXT);

        Device device = store().devices().register(a.id(), "dev😀" + id,
                new DeviceInfo(TEXT + " type", TEXT + " model", TEXT + " os", TEXT + " agent", PropertyMap.EMPTY));
        Device d = store().devices().get(device.id()).orElseThrow();
        assertThat(List.of(d.deviceId(), d.deviceType(), d.model(), d.os(), d.userAgent()))
                .containsExactly("dev😀" + id, TEXT + " type", TEXT + " model", TEXT + " os", TEXT + " agent");

        Attachment attachment = new Attachment(TEXT + ".txt", "text/plain; name=\"" + TEXT + "\"", "<" + TEXT + ">",
                TEXT + "/loc", AttachmentMethod.OLE, 1, true, null, PropertyMap.EMPTY);
        Item item = store().items().add(folder.id(), new ItemContent(ItemClass.EMAIL,
                SampleItems.full(ItemClass.EMAIL, null, 11), null, TEXT + " preview", List.of(attachment)));
        ItemContent stored = store().items().get(item.id()).orElseThrow().content();
        assertThat(stored.preview()).isEqualTo(TEXT + " preview");
        assertThat(stored.attachments()).containsExactly(attachment);

        store().syncStates().rememberClientAdd(d.id(), folder.id(), 1, TEXT, item.id());
        assertThat(store().syncStates().clientAdd(d.id(), folder.id(), TEXT)).contains(item.id());
        PropertyMap options = PropertyMap.builder().put("conversationMode", new PropertyValue.Text(TEXT)).build();
        store().syncStates().saveCollection(CollectionState.of(d.id(), folder.id(), 1, 0, null, options), List.of(item.id()),
                List.of());
        assertThat(store().syncStates().collection(d.id(), folder.id(), 1).orElseThrow().options()).isEqualTo(options);
    }
}
