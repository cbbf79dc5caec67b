package org.pushbox.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.interop.XsdValidation;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * Our encoding of an item of every class, in every served version, inside a Sync response
 * (Collections/Collection/Commands/Add/ApplicationData) is valid against Microsoft's XSDs.
 */
class EncodedResponsesXsdTest {

    @TempDir
    Path dir;

    @Test
    void syncResponsesWithEveryClassValidate() throws IOException {
        List<Path> files = new ArrayList<>();
        for (ProtocolVersion version : ProtocolVersion.served()) {
            List<ItemData> items = new ArrayList<>(List.of(Samples.email(), Samples.event(), Samples.contact(),
                    Samples.task()));
            if (version.atLeast(ProtocolVersion.V14_0)) {
                items.add(Samples.note());
            }
            if (version.atLeast(ProtocolVersion.V16_0)) {
                items.add(Samples.event().with(CalendarEvent.LOCATION_16, Samples.location()));
            }
            List<WbxmlElement> collections = new ArrayList<>();
            int n = 0;
            for (ItemData item : items) {
                WbxmlElement data = item.encode(version, EncodeOptions.TO_CLIENT);
                collections.add(collection(String.valueOf(++n), data));
            }
            WbxmlElement sync = WbxmlElement.of(airSync("Sync"), WbxmlElement.of(airSync("Collections"), collections));
            files.add(Files.write(dir.resolve("sync-" + version + ".wbxml"), Wbxml.encode(sync)));
        }
        XsdValidation.Verdict verdict = XsdValidation.validate(files);
        assertThat(verdict.output()).as(verdict.output()).contains("VALID");
        assertThat(verdict.valid()).as(verdict.output()).isTrue();
    }

    /** The check can fail: an out-of-range value in the same envelope is refused by the XSDs. */
    @Test
    void theSchemaRefusesAnInvalidItem() throws IOException {
        WbxmlElement bad = WbxmlElement.of(ItemData.APPLICATION_DATA,
                WbxmlElement.text(CalendarEvent.BUSY_STATUS.tag(), "banana"));
        WbxmlElement sync = WbxmlElement.of(airSync("Sync"), WbxmlElement.of(airSync("Collections"), collection("1", bad)));
        XsdValidation.Verdict verdict = XsdValidation.validate(dir, "bad.wbxml", Wbxml.encode(sync));
        assertThat(verdict.valid()).as(verdict.output()).isFalse();
    }

    private static WbxmlElement collection(String id, WbxmlElement applicationData) {
        return WbxmlElement.of(airSync("Collection"), WbxmlElement.text(airSync("SyncKey"), "2"),
                WbxmlElement.text(airSync("CollectionId"), id), WbxmlElement.text(airSync("Status"), "1"),
                WbxmlElement.of(airSync("Commands"), WbxmlElement.of(airSync("Add"),
                        WbxmlElement.text(airSync("ServerId"), id + ":1"), applicationData)));
    }

    private static Tag airSync(String name) {
        return CodePages.require("AirSync", name);
    }
}
