package org.pushbox.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import org.pushbox.protocol.command.find.FindCodec;
import org.pushbox.protocol.command.foldercreate.FolderCreateCodec;
import org.pushbox.protocol.command.folderdelete.FolderDeleteCodec;
import org.pushbox.protocol.command.foldersync.FolderSyncCodec;
import org.pushbox.protocol.command.folderupdate.FolderUpdateCodec;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateCodec;
import org.pushbox.protocol.command.itemoperations.ItemOperationsCodec;
import org.pushbox.protocol.command.meetingresponse.MeetingResponseCodec;
import org.pushbox.protocol.command.moveitems.MoveItemsCodec;
import org.pushbox.protocol.command.ping.PingCodec;
import org.pushbox.protocol.command.provision.ProvisionCodec;
import org.pushbox.protocol.command.resolverecipients.ResolveRecipientsCodec;
import org.pushbox.protocol.command.search.SearchCodec;
import org.pushbox.protocol.command.sendmail.SendMailCodec;
import org.pushbox.protocol.command.settings.SettingsCodec;
import org.pushbox.protocol.command.smartforward.SmartForwardCodec;
import org.pushbox.protocol.command.smartreply.SmartReplyCodec;
import org.pushbox.protocol.command.sync.SyncCodec;
import org.pushbox.protocol.command.validatecert.ValidateCertCodec;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlException;

/**
 * Hostile request bodies for every command decoder. Contract: {@code decodeRequest} returns a
 * request or throws {@link CommandException}, never another exception. The first input byte picks
 * the decoder and the protocol version, the rest is the WBXML body.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the inputs under
 * {@code src/test/resources/org/pushbox/protocol/command/CommandDecodersFuzzTestInputs/}.
 */
class CommandDecodersFuzzTest {

    static final List<Fixtures.Decoder> DECODERS = List.of(FolderSyncCodec::decodeRequest,
            FolderCreateCodec::decodeRequest, FolderUpdateCodec::decodeRequest, FolderDeleteCodec::decodeRequest,
            ProvisionCodec::decodeRequest, SettingsCodec::decodeRequest, PingCodec::decodeRequest,
            GetItemEstimateCodec::decodeRequest, SyncCodec::decodeRequest, MoveItemsCodec::decodeRequest,
            ItemOperationsCodec::decodeRequest, SendMailCodec::decodeRequest, SmartReplyCodec::decodeRequest,
            SmartForwardCodec::decodeRequest, MeetingResponseCodec::decodeRequest, SearchCodec::decodeRequest,
            ResolveRecipientsCodec::decodeRequest, ValidateCertCodec::decodeRequest, FindCodec::decodeRequest);

    @FuzzTest(maxDuration = "2m")
    void decodeRequest(byte[] input) {
        if (input.length < 2) {
            return;
        }
        int selector = input[0] & 0xFF;
        Fixtures.Decoder decoder = DECODERS.get(selector % DECODERS.size());
        List<ProtocolVersion> versions = ProtocolVersion.served();
        ProtocolVersion version = versions.get(selector / DECODERS.size() % versions.size());
        WbxmlElement root;
        try {
            root = Wbxml.decode(Arrays.copyOfRange(input, 1, input.length));
        } catch (WbxmlException notWbxml) {
            return;
        }
        try {
            assertThat(decoder.decode(root, version)).isNotNull();
        } catch (CommandException refused) {
            assertThat(refused.status()).isNotNull();
        }
    }
}
