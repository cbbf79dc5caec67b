package org.pushbox.protocol.command.itemoperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.EmptyFolderContents;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.Fetch;
import org.pushbox.protocol.command.itemoperations.ItemOperationsRequest.Move;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.EmptyFolderContentsResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.FetchResult;
import org.pushbox.protocol.command.itemoperations.ItemOperationsResponse.MoveResult;
import org.pushbox.protocol.command.sync.ApplicationData;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class ItemOperationsCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @Test
    void decodesEveryOperationAndOption() throws Exception {
        ItemOperationsRequest request = ItemOperationsCodec.decodeRequest(Fixtures.xml("itemoperations-request-14.1.xml"), V);

        assertThat(request.operations()).hasSize(5);
        Fetch item = (Fetch) request.operations().get(0);
        assertThat(item.store()).isEqualTo("Mailbox");
        assertThat(item.collectionId()).isEqualTo("5");
        assertThat(item.serverId()).isEqualTo("5:12");
        assertThat(item.options().mimeSupport()).isEqualTo(2);
        assertThat(item.options().bodyPreferences()).containsExactly(new BodyPreference(4, 102400L, null, null));
        assertThat(item.options().schema()).extracting(t -> t.name()).containsExactly("Subject", "Body");
        Fetch attachment = (Fetch) request.operations().get(1);
        assertThat(attachment.fileReference()).isEqualTo("5%3a12%3a0");
        assertThat(attachment.options().range()).isEqualTo(new Range(0, 1023));
        assertThat(((Fetch) request.operations().get(2)).longId()).isEqualTo("RgAAAAD");
        assertThat(request.operations().get(3)).isEqualTo(new EmptyFolderContents("4", true));
        assertThat(request.operations().get(4)).isEqualTo(
                new Move(Bytes.utf8("conv-1"), "9", true));
        assertThat(ItemOperationsCodec.decodeRequest(ItemOperationsCodec.encodeRequest(request, V), V)).isEqualTo(request);
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        ApplicationData mail = ApplicationData.of(WbxmlElement.text(CodePages.require("Email", "Subject"), "Hello"));
        ItemOperationsResponse response = new ItemOperationsResponse(ItemOperationsStatus.SUCCESS, List.of(
                new MoveResult(ItemOperationsStatus.SUCCESS, Bytes.utf8("conv-1")),
                new EmptyFolderContentsResult(ItemOperationsStatus.SUCCESS, "4"),
                new FetchResult(ItemOperationsStatus.SUCCESS, "5", "5:12", null, ItemClass.EMAIL, null, null,
                        FetchProperties.item(mail)),
                new FetchResult(ItemOperationsStatus.SUCCESS, null, null, null, null, null, "5%3a12%3a0",
                        FetchProperties.attachment("image/gif", new Range(0, 2), 3L, new byte[] {71, 73, 70})),
                new FetchResult(ItemOperationsStatus.INVALID_ATTACHMENT_ID, null, null, null, null, null, "x", null)));

        WbxmlElement tree = ItemOperationsCodec.encodeResponse(response, V);
        ItemOperationsResponse decoded = ItemOperationsCodec.decodeResponse(tree, V);

        assertThat(decoded).isEqualTo(response);
        assertThat(((FetchResult) decoded.results().get(3)).properties().data()).containsExactly(71, 73, 70);
        Fixtures.assertValid(dir, List.of(tree, ItemOperationsCodec.encodeResponse(
                new ItemOperationsResponse(ItemOperationsStatus.PROTOCOL_ERROR, null), V)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<Fetch><airsync:CollectionId>5</airsync:CollectionId><airsync:ServerId>5:1</airsync:ServerId></Fetch>",
        "<Fetch><Store>Mailbox</Store></Fetch>",
        "<Fetch><Store>Mailbox</Store><airsync:ServerId>5:1</airsync:ServerId></Fetch>",
        "<Fetch><Store>Mailbox</Store><airsyncbase:FileReference>a</airsyncbase:FileReference><airsyncbase:FileReference>b</airsyncbase:FileReference></Fetch>",
        "<Fetch><Store>Mailbox</Store><airsyncbase:FileReference>a</airsyncbase:FileReference><search:LongId>b</search:LongId></Fetch>",
        "<Fetch><Store>Mailbox</Store><airsyncbase:FileReference>a</airsyncbase:FileReference><Options><airsync:MIMESupport>7</airsync:MIMESupport></Options></Fetch>",
        "<EmptyFolderContents/>",
        "<Move><DstFldId>9</DstFldId></Move>",
        "<Move><ConversationId>c</ConversationId></Move>",
        "<Status>1</Status>",
    })
    void malformedRequestsAreStatus2(String children) {
        String xml = "<ItemOperations xmlns=\"ItemOperations\" xmlns:airsync=\"AirSync\" xmlns:airsyncbase=\"AirSyncBase\""
                + " xmlns:search=\"Search\">" + children + "</ItemOperations>";
        Fixtures.assertRefused(ItemOperationsCodec::decodeRequest, xml, V, ItemOperationsStatus.PROTOCOL_ERROR);
    }

    @Test
    void aMalformedRangeIsStatus8AndTooManyOperations103() {
        String range = "<ItemOperations xmlns=\"ItemOperations\" xmlns:airsyncbase=\"AirSyncBase\"><Fetch><Store>Mailbox</Store>"
                + "<airsyncbase:FileReference>a</airsyncbase:FileReference><Options><Range>9-1</Range></Options></Fetch>"
                + "</ItemOperations>";
        Fixtures.assertRefused(ItemOperationsCodec::decodeRequest, range, V, 8);
        String many = "<ItemOperations xmlns=\"ItemOperations\" xmlns:airsync=\"AirSync\">"
                + "<EmptyFolderContents><airsync:CollectionId>4</airsync:CollectionId></EmptyFolderContents>".repeat(101)
                + "</ItemOperations>";
        Fixtures.assertRefused(ItemOperationsCodec::decodeRequest, many, V, 103);
    }

    @Test
    void byteRanges() {
        assertThat(Range.parse("0-1023")).isEqualTo(new Range(0, 1023));
        assertThat(Range.parse("5-5")).hasToString("5-5");
        for (String bad : new String[] {"", "-", "1-", "-1", "2-1", "a-b", "1-2-3", " 1-2", "1--2"}) {
            assertThat(Range.parse(bad)).as(bad).isNull();
        }
    }
}
