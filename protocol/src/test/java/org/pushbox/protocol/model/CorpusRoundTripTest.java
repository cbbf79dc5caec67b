package org.pushbox.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Every ApplicationData that real devices and Exchange 2010 exchanged decodes into its model and
 * encodes back, in the same protocol version and direction, to an equal tree: same elements, same
 * order, same values, same STR_I/OPAQUE kinds.
 */
class CorpusRoundTripTest {

    @Test
    void everyCapturedApplicationDataRoundTrips() throws Exception {
        List<CorpusItems.Item> items = CorpusItems.all();
        Map<ItemClass, Integer> perClass = new EnumMap<>(ItemClass.class);
        StringBuilder failures = new StringBuilder();
        for (CorpusItems.Item item : items) {
            ItemData model = ApplicationData.decode(item.itemClass(), item.applicationData(), item.version());
            assertThat(model.itemClass()).isEqualTo(item.itemClass() == ItemClass.SMS ? ItemClass.EMAIL : item.itemClass());
            WbxmlElement again = model.encode(item.version(),
                    item.request() ? EncodeOptions.TO_SERVER : EncodeOptions.TO_CLIENT);
            if (!again.equals(item.applicationData())) {
                failures.append(item).append("\n  sent:    ").append(item.applicationData())
                        .append("\n  encoded: ").append(again).append('\n');
            }
            List<WbxmlElement> unmapped = Extras.deep((ElementGroup<?>) model);
            if (!unmapped.isEmpty()) {
                failures.append(item).append("\n  unmapped: ").append(unmapped).append('\n');
            }
            perClass.merge(item.itemClass(), 1, Integer::sum);
        }
        assertThat(failures).as("items that do not round-trip").isEmpty();
        // The corpus holds all three classes that devices exchanged with Exchange 2010.
        assertThat(perClass).containsKeys(ItemClass.EMAIL, ItemClass.CALENDAR, ItemClass.CONTACTS);
        assertThat(items).hasSizeGreaterThan(800);
    }
}
