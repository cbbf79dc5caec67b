package org.pushbox.protocol.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class VersionAndCommandTest {

    @Test
    void versionsParseFromHeaderTextAndBase64Byte() {
        assertThat(ProtocolVersion.fromHeader("14.1")).contains(ProtocolVersion.V14_1);
        assertThat(ProtocolVersion.fromHeader("2.5")).contains(ProtocolVersion.V2_5);
        assertThat(ProtocolVersion.fromHeader("14.10")).isEmpty();
        assertThat(ProtocolVersion.fromHeader(" 14.1")).isEmpty();
        assertThat(ProtocolVersion.fromBase64Code(121)).contains(ProtocolVersion.V12_1);
        assertThat(ProtocolVersion.fromBase64Code(140)).contains(ProtocolVersion.V14_0);
        assertThat(ProtocolVersion.fromBase64Code(141)).contains(ProtocolVersion.V14_1);
        assertThat(ProtocolVersion.fromBase64Code(160)).contains(ProtocolVersion.V16_0);
        assertThat(ProtocolVersion.fromBase64Code(161)).contains(ProtocolVersion.V16_1);
        assertThat(ProtocolVersion.fromBase64Code(142)).isEmpty();
    }

    @Test
    void pushboxServes121AndLater() {
        assertThat(ProtocolVersion.served()).containsExactly(ProtocolVersion.V12_1, ProtocolVersion.V14_0,
                ProtocolVersion.V14_1, ProtocolVersion.V16_0, ProtocolVersion.V16_1);
        assertThat(ProtocolVersion.servedHeaderValue()).isEqualTo("12.1,14.0,14.1,16.0,16.1");
        assertThat(ProtocolVersion.V2_5.isServed()).isFalse();
        assertThat(ProtocolVersion.V12_0.isServed()).isFalse();
        assertThat(ProtocolVersion.V14_0.atLeast(ProtocolVersion.V12_1)).isTrue();
        assertThat(ProtocolVersion.V14_0.atLeast(ProtocolVersion.V14_1)).isFalse();
        assertThat(ProtocolVersion.V14_0.atMost(ProtocolVersion.V14_0)).isTrue();
    }

    @Test
    void commandCodesMatchTheSpecification() {
        String[] byCode = {"Sync", "SendMail", "SmartForward", "SmartReply", "GetAttachment", null, null, null, null,
                "FolderSync", "FolderCreate", "FolderDelete", "FolderUpdate", "MoveItems", "GetItemEstimate",
                "MeetingResponse", "Search", "Settings", "Ping", "ItemOperations", "Provision", "ResolveRecipients",
                "ValidateCert", "Find", null};
        for (int code = 0; code < byCode.length; code++) {
            assertThat(EasCommand.byBase64Code(code).map(EasCommand::commandName)).as("code %d", code)
                    .isEqualTo(java.util.Optional.ofNullable(byCode[code]));
        }
        assertThat(EasCommand.byBase64Code(-1)).isEmpty();
        assertThat(Arrays.stream(EasCommand.values()).filter(c -> c.base64Code().isEmpty()))
                .containsExactly(EasCommand.GET_HIERARCHY, EasCommand.CREATE_COLLECTION, EasCommand.DELETE_COLLECTION,
                        EasCommand.MOVE_COLLECTION);
        assertThat(EasCommand.FIND.base64Code()).isEqualTo(OptionalInt.of(23));
    }

    @Test
    void commandNamesAreCaseInsensitiveAsciiOnly() {
        assertThat(EasCommand.byName("foldersync")).contains(EasCommand.FOLDER_SYNC);
        assertThat(EasCommand.byName("ITEMOPERATIONS")).contains(EasCommand.ITEM_OPERATIONS);
        assertThat(EasCommand.byName("\u017Fync")).isEmpty();
        assertThat(EasCommand.byName("Sync ")).isEmpty();
    }

    @Test
    void availabilityFollowsTheCommandTable() {
        assertThat(EasCommand.GET_ATTACHMENT.isAvailableIn(ProtocolVersion.V12_1)).isTrue();
        assertThat(EasCommand.GET_ATTACHMENT.isAvailableIn(ProtocolVersion.V14_0)).isFalse();
        assertThat(EasCommand.GET_HIERARCHY.isAvailableIn(ProtocolVersion.V14_0)).isFalse();
        assertThat(EasCommand.FIND.isAvailableIn(ProtocolVersion.V16_0)).isFalse();
        assertThat(EasCommand.FIND.isAvailableIn(ProtocolVersion.V16_1)).isTrue();
        assertThat(EasCommand.SETTINGS.isAvailableIn(ProtocolVersion.V2_5)).isFalse();
        assertThat(EasCommand.SYNC.isAvailableIn(ProtocolVersion.V16_1)).isTrue();
        for (ProtocolVersion served : ProtocolVersion.served()) {
            assertThat(EasCommand.SEND_MAIL.isAvailableIn(served)).isTrue();
            assertThat(EasCommand.ITEM_OPERATIONS.isAvailableIn(served)).isTrue();
        }
    }
}
