package org.pushbox.protocol.command.getitemestimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateRequest.Collection;
import org.pushbox.protocol.command.getitemestimate.GetItemEstimateRequest.Options;
import org.pushbox.protocol.command.sync.FilterType;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class GetItemEstimateCodecTest {

    @Test
    void the14_0FormWithOptionsPerClass() throws Exception {
        GetItemEstimateRequest request = GetItemEstimateCodec.decodeRequest(
                Fixtures.xml("getitemestimate-request-14.1.xml"), ProtocolVersion.V14_1);

        assertThat(request.collections()).containsExactly(
                new Collection("1913696117", "5", true, List.of(new Options(ItemClass.EMAIL, FilterType.ONE_WEEK, null),
                        new Options(ItemClass.SMS, FilterType.ALL, null))),
                new Collection("77", "ric", false, List.of(new Options(null, null, 150))));
        assertThat(GetItemEstimateCodec.decodeRequest(GetItemEstimateCodec.encodeRequest(request,
                ProtocolVersion.V14_1), ProtocolVersion.V14_1)).isEqualTo(request);
    }

    @Test
    void the12_1FormWithClassAndFilterTypeInTheCollection() throws Exception {
        WbxmlElement legacy = Fixtures.parse("""
                <GetItemEstimate xmlns="GetItemEstimate" xmlns:airsync="AirSync"><Collections><Collection>
                <Class>Email</Class><CollectionId>5</CollectionId><airsync:FilterType>2</airsync:FilterType>
                <airsync:SyncKey>9</airsync:SyncKey></Collection></Collections></GetItemEstimate>""");

        GetItemEstimateRequest request = GetItemEstimateCodec.decodeRequest(legacy, ProtocolVersion.V12_1);

        assertThat(request.collections()).containsExactly(
                new Collection("9", "5", false, List.of(new Options(ItemClass.EMAIL, FilterType.THREE_DAYS, null))));
        assertThat(GetItemEstimateCodec.encodeRequest(request, ProtocolVersion.V12_1)).isEqualTo(legacy);
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        GetItemEstimateResponse response = new GetItemEstimateResponse(null, List.of(
                new GetItemEstimateResponse.Response(GetItemEstimateStatus.SUCCESS, "5", 42),
                new GetItemEstimateResponse.Response(GetItemEstimateStatus.NOT_PRIMED, "6", null),
                new GetItemEstimateResponse.Response(GetItemEstimateStatus.INVALID_COLLECTION, null, null)));
        List<WbxmlElement> ours = new ArrayList<>();
        for (ProtocolVersion v : List.of(ProtocolVersion.V12_1, ProtocolVersion.V14_1, ProtocolVersion.V16_1)) {
            WbxmlElement tree = GetItemEstimateCodec.encodeResponse(response, v);
            assertThat(GetItemEstimateCodec.decodeResponse(tree, v)).isEqualTo(response);
            ours.add(tree);
        }
        GetItemEstimateResponse failed = new GetItemEstimateResponse(CommonStatus.INVALID_XML, List.of());
        ours.add(GetItemEstimateCodec.encodeResponse(failed, ProtocolVersion.V14_0));
        assertThat(ours.get(1)).isEqualTo(Fixtures.parse("""
                <GetItemEstimate xmlns="GetItemEstimate">
                <Response><Status>1</Status>
                <Collection><CollectionId>5</CollectionId><Estimate>42</Estimate></Collection></Response>
                <Response><Status>3</Status><Collection><CollectionId>6</CollectionId></Collection></Response>
                <Response><Status>2</Status></Response></GetItemEstimate>"""));
        Fixtures.assertValid(dir, ours);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<Collections/>",
        "<Collections><Collection><CollectionId>5</CollectionId></Collection></Collections>",
        "<Collections><Collection><airsync:SyncKey>1</airsync:SyncKey></Collection></Collections>",
        "<Collections><Collection><airsync:SyncKey>1</airsync:SyncKey><CollectionId>5</CollectionId><airsync:Options><airsync:FilterType>9</airsync:FilterType></airsync:Options></Collection></Collections>",
        "<Collections><Collection><airsync:SyncKey>1</airsync:SyncKey><CollectionId>5</CollectionId><airsync:Options><airsync:Class>Fax</airsync:Class></airsync:Options></Collection></Collections>",
        "<Collections><Collection><airsync:SyncKey>1</airsync:SyncKey><CollectionId>5</CollectionId><Estimate>1</Estimate></Collection></Collections>",
        "<Collections><Collection><airsync:SyncKey>1</airsync:SyncKey><CollectionId>5</CollectionId></Collection><Collection><airsync:SyncKey>2</airsync:SyncKey><CollectionId>5</CollectionId></Collection></Collections>",
    })
    void malformedRequestsAreStatus103(String children) {
        String xml = "<GetItemEstimate xmlns=\"GetItemEstimate\" xmlns:airsync=\"AirSync\">" + children + "</GetItemEstimate>";
        Fixtures.assertRefused(GetItemEstimateCodec::decodeRequest, xml, ProtocolVersion.V14_1, CommonStatus.INVALID_XML);
    }

    @Test
    void moreThanAThousandCollectionsIsStatus103() {
        StringBuilder xml = new StringBuilder(
                "<GetItemEstimate xmlns=\"GetItemEstimate\" xmlns:airsync=\"AirSync\"><Collections>");
        for (int i = 0; i <= GetItemEstimateCodec.MAX_COLLECTIONS; i++) {
            xml.append("<Collection><airsync:SyncKey>1</airsync:SyncKey><CollectionId>").append(i)
                    .append("</CollectionId></Collection>");
        }
        xml.append("</Collections></GetItemEstimate>");
        Fixtures.assertRefused(GetItemEstimateCodec::decodeRequest, xml.toString(), ProtocolVersion.V14_1, 103);
    }
}
