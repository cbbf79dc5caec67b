package org.pushbox.protocol.command.folderupdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.request.ProtocolVersion;

class FolderUpdateCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V12_1;

    @Test
    void decodesAndRoundTrips() throws Exception {
        FolderUpdateRequest request = FolderUpdateCodec.decodeRequest(Fixtures.parse("""
                <FolderUpdate xmlns="FolderHierarchy"><SyncKey>3</SyncKey><ServerId>f17</ServerId>
                <ParentId>5</ParentId><DisplayName>Archive 2025</DisplayName></FolderUpdate>"""), V);

        assertThat(request).isEqualTo(new FolderUpdateRequest("3", "f17", "5", "Archive 2025"));
        assertThat(FolderUpdateCodec.decodeRequest(FolderUpdateCodec.encodeRequest(request, V), V)).isEqualTo(request);
    }

    @Test
    void responses(@TempDir Path dir) throws Exception {
        var ok = FolderUpdateCodec.encodeResponse(FolderUpdateResponse.success("4"), V);
        var failed = FolderUpdateCodec.encodeResponse(new FolderUpdateResponse(FolderUpdateStatus.FOLDER_NOT_FOUND, "4"), V);

        assertThat(failed).isEqualTo(Fixtures.parse("<FolderUpdate xmlns=\"FolderHierarchy\"><Status>4</Status></FolderUpdate>"));
        assertThat(FolderUpdateCodec.decodeResponse(ok, V)).isEqualTo(FolderUpdateResponse.success("4"));
        Fixtures.assertValid(dir, List.of(ok, failed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<SyncKey>3</SyncKey><ServerId>1</ServerId><ParentId>0</ParentId>",
        "<SyncKey>3</SyncKey><ParentId>0</ParentId><DisplayName>P</DisplayName>",
        "<SyncKey>3</SyncKey><ServerId>1</ServerId><DisplayName>P</DisplayName>",
        "<SyncKey>3</SyncKey><ServerId>1</ServerId><ParentId>0</ParentId><DisplayName>P</DisplayName><Type>1</Type>",
    })
    void malformedRequestsAreStatus10(String children) {
        String xml = "<FolderUpdate xmlns=\"FolderHierarchy\">" + children + "</FolderUpdate>";
        Fixtures.assertRefused(FolderUpdateCodec::decodeRequest, xml, V, FolderUpdateStatus.MALFORMED_REQUEST);
    }
}
