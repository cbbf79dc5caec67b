package org.pushbox.protocol.command.foldercreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.foldersync.FolderType;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class FolderCreateCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;

    @Test
    void decodesEveryField() throws Exception {
        FolderCreateRequest request = FolderCreateCodec.decodeRequest(Fixtures.parse("""
                <FolderCreate xmlns="FolderHierarchy"><SyncKey>3</SyncKey><ParentId>0</ParentId>
                <DisplayName>Projects</DisplayName><Type>12</Type></FolderCreate>"""), V);

        assertThat(request).isEqualTo(new FolderCreateRequest("3", "0", "Projects", FolderType.USER_CREATED_MAIL));
        assertThat(FolderCreateCodec.decodeRequest(FolderCreateCodec.encodeRequest(request, V), V)).isEqualTo(request);
    }

    @Test
    void successCarriesKeyAndServerIdAndFailureNeither() throws Exception {
        WbxmlElement ok = FolderCreateCodec.encodeResponse(FolderCreateResponse.success("4", "f17"), V);
        assertThat(ok).isEqualTo(Fixtures.parse("<FolderCreate xmlns=\"FolderHierarchy\"><Status>1</Status>"
                + "<SyncKey>4</SyncKey><ServerId>f17</ServerId></FolderCreate>"));
        assertThat(FolderCreateCodec.decodeResponse(ok, V)).isEqualTo(FolderCreateResponse.success("4", "f17"));

        WbxmlElement failed = FolderCreateCodec.encodeResponse(
                new FolderCreateResponse(FolderCreateStatus.FOLDER_EXISTS, "4", "f17"), V);
        assertThat(failed).isEqualTo(Fixtures.parse(
                "<FolderCreate xmlns=\"FolderHierarchy\"><Status>2</Status></FolderCreate>"));
    }

    @Test
    void responsesValidate(@TempDir Path dir) {
        Fixtures.assertValid(dir, List.of(FolderCreateCodec.encodeResponse(FolderCreateResponse.success("4", "f17"), V),
                FolderCreateCodec.encodeResponse(FolderCreateResponse.failure(FolderCreateStatus.PARENT_NOT_FOUND), V)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<SyncKey>3</SyncKey><ParentId>0</ParentId><DisplayName>P</DisplayName>",
        "<SyncKey>3</SyncKey><DisplayName>P</DisplayName><Type>12</Type>",
        "<SyncKey>3</SyncKey><ParentId>0</ParentId><Type>12</Type>",
        "<ParentId>0</ParentId><DisplayName>P</DisplayName><Type>12</Type>",
        "<SyncKey>3</SyncKey><ParentId>0</ParentId><DisplayName></DisplayName><Type>12</Type>",
        "<SyncKey>3</SyncKey><ParentId>0</ParentId><DisplayName>P</DisplayName><Type>20</Type>",
        "<SyncKey>3</SyncKey><ParentId>0</ParentId><DisplayName>P</DisplayName><Type>mail</Type>",
        "<SyncKey>3</SyncKey><ParentId>0</ParentId><DisplayName>P</DisplayName><Type>12</Type><ServerId>1</ServerId>",
    })
    void malformedRequestsAreStatus10(String children) {
        String xml = "<FolderCreate xmlns=\"FolderHierarchy\">" + children + "</FolderCreate>";
        Fixtures.assertRefused(FolderCreateCodec::decodeRequest, xml, V, FolderCreateStatus.MALFORMED_REQUEST);
    }

    @Test
    void displayNameHasAtMost256Characters() throws Exception {
        String xml = "<FolderCreate xmlns=\"FolderHierarchy\"><SyncKey>3</SyncKey><ParentId>0</ParentId>"
                + "<DisplayName>NAME</DisplayName><Type>12</Type></FolderCreate>";
        String longest = "\u00e9".repeat(256);
        assertThat(FolderCreateCodec.decodeRequest(Fixtures.parse(xml.replace("NAME", longest)), V).displayName())
                .isEqualTo(longest);
        Fixtures.assertRefused(FolderCreateCodec::decodeRequest, xml.replace("NAME", longest + "x"), V,
                FolderCreateStatus.MALFORMED_REQUEST);
    }

    @Test
    void anEmptyKeyIsStatus9() {
        String xml = "<FolderCreate xmlns=\"FolderHierarchy\"><SyncKey></SyncKey><ParentId>0</ParentId>"
                + "<DisplayName>P</DisplayName><Type>12</Type></FolderCreate>";
        Fixtures.assertRefused(FolderCreateCodec::decodeRequest, xml, V, FolderCreateStatus.INVALID_SYNC_KEY);
    }
}
