package org.pushbox.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.request.EasCommand;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.request.QueryForm;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.protocol.request.RequestLineParser;
import org.pushbox.protocol.request.RequestParameter;

/** The request lines the client writes, read back by the protocol module's parser (what a server sees). */
class EasTestClientTest {

    static final Credentials ANNA = new Credentials("anna", "secret");

    static EasTestClient client(DeviceIdentity device) {
        return new EasTestClient(HttpClient.newHttpClient(), URI.create("http://localhost/Microsoft-Server-ActiveSync"),
                ANNA, device, ResponseObserver.NONE);
    }

    static EasRequest parse(String query, Map<String, List<String>> headers) throws Exception {
        return new RequestLineParser().parse("POST", "/Microsoft-Server-ActiveSync?" + query, RequestHeaders.of(headers));
    }

    @Test
    void base64FormCarriesVersionDeviceLocaleAndPolicyKeyInTheBlob() throws Exception {
        EasTestClient client = client(DeviceIdentity.base64("androidc123", "Android", "Android/4.4", ProtocolVersion.V14_0));
        client.policyKey(3_000_000_000L);
        String query = client.query(EasCall.post("ItemOperations").parameter("CollectionId", "7"));

        EasRequest seen = parse(query, Map.of());
        assertThat(seen.queryForm()).isEqualTo(QueryForm.BASE64);
        assertThat(seen.command()).isEqualTo(EasCommand.ITEM_OPERATIONS);
        assertThat(seen.protocolVersion()).isEqualTo(ProtocolVersion.V14_0);
        assertThat(seen.deviceId()).isEqualTo("androidc123");
        assertThat(seen.deviceType()).isEqualTo("Android");
        assertThat(seen.policyKey()).hasValue(3_000_000_000L);
        assertThat(seen.locale()).hasValue(0x0409);
        assertThat(seen.parameters().values()).containsEntry(RequestParameter.COLLECTION_ID, "7");
    }

    @Test
    void base64FormWithoutKeySaysSo() throws Exception {
        EasTestClient client = client(DeviceIdentity.base64("androidc123", "Android", null, ProtocolVersion.V12_1));
        assertThat(parse(client.query(EasCall.post("FolderSync")), Map.of()).policyKey()).isEmpty();
    }

    @Test
    void plainFormNamesTheFieldsAndLeavesOutWhatTheCallOmits() throws Exception {
        EasTestClient client = client(DeviceIdentity.plain("iPhone42", "iPhone", "Apple-iPhone9C1/1402.100",
                ProtocolVersion.V16_1));
        String query = client.query(EasCall.post("FolderSync").parameter("ItemId", "a b&c"));
        assertThat(query).isEqualTo("Cmd=FolderSync&User=anna&DeviceId=iPhone42&DeviceType=iPhone&ItemId=a+b%26c");
        EasRequest seen = parse(query, Map.of("MS-ASProtocolVersion", List.of("16.1")));
        assertThat(seen.parameters().values()).containsEntry(RequestParameter.ITEM_ID, "a b&c");

        assertThat(client.query(EasCall.post("FolderSync").omit("DeviceId")))
                .isEqualTo("Cmd=FolderSync&User=anna&DeviceType=iPhone");
    }

    @Test
    void base64FormRefusesWhatItCannotSay() {
        EasTestClient client = client(DeviceIdentity.base64("androidc123", "Android", null, ProtocolVersion.V14_0));
        assertThatThrownBy(() -> client.query(EasCall.post("Frobnicate"))).hasMessageContaining("Frobnicate");
        assertThatThrownBy(() -> client.query(EasCall.post("FolderSync").omit("DeviceId")))
                .hasMessageContaining("DeviceId");
        assertThatThrownBy(() -> client.query(EasCall.post("FolderSync").parameter("Nonsense", "1")))
                .hasMessageContaining("Nonsense");
    }

    @Test
    void credentialsAreUtf8Basic() {
        assertThat(new Credentials("anna", "Grüße").basicHeader()).isEqualTo("Basic YW5uYTpHcsO8w59l");
    }
}
