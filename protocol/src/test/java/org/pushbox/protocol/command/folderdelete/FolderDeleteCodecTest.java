package org.pushbox.protocol.command.folderdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.request.ProtocolVersion;

class FolderDeleteCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V16_1;

    @Test
    void decodesAndRoundTrips() throws Exception {
        FolderDeleteRequest request = FolderDeleteCodec.decodeRequest(Fixtures.parse(
                "<FolderDelete xmlns=\"FolderHierarchy\"><SyncKey>3</SyncKey><ServerId>f17</ServerId></FolderDelete>"), V);

        assertThat(request).isEqualTo(new FolderDeleteRequest("3", "f17"));
        assertThat(FolderDeleteCodec.decodeRequest(FolderDeleteCodec.encodeRequest(request, V), V)).isEqualTo(request);
    }

    @Test
    void responses(@TempDir Path dir) throws Exception {
        var ok = FolderDeleteCodec.encodeResponse(FolderDeleteResponse.success("4"), V);
        var special = FolderDeleteCodec.encodeResponse(FolderDeleteResponse.failure(FolderDeleteStatus.SPECIAL_FOLDER), V);

        assertThat(ok).isEqualTo(Fixtures.parse(
                "<FolderDelete xmlns=\"FolderHierarchy\"><Status>1</Status><SyncKey>4</SyncKey></FolderDelete>"));
        assertThat(FolderDeleteCodec.decodeResponse(special, V)).isEqualTo(
                FolderDeleteResponse.failure(FolderDeleteStatus.SPECIAL_FOLDER));
        Fixtures.assertValid(dir, List.of(ok, special));
    }

    @Test
    void missingServerIdIsStatus10() {
        Fixtures.assertRefused(FolderDeleteCodec::decodeRequest,
                "<FolderDelete xmlns=\"FolderHierarchy\"><SyncKey>3</SyncKey></FolderDelete>", V, 10);
    }
}
