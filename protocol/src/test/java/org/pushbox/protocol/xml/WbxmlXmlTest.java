package org.pushbox.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.wbxml.Hex;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlLimits;

/** The readable XML form: its exact shape, exact round trips of awkward values, and safe parsing. */
class WbxmlXmlTest {

    private static final Tag SYNC = CodePages.require("AirSync", "Sync");
    private static final Tag SYNC_KEY = CodePages.require("AirSync", "SyncKey");
    private static final Tag DATA = CodePages.require("AirSyncBase", "Data");
    private static final Tag MIME = CodePages.require("ComposeMail", "Mime");
    private static final Tag CONVERSATION_ID = CodePages.require("Email2", "ConversationId");

    @Test
    void printsTheSpecificationExampleReadably() throws Exception {
        String xml = WbxmlXml.toXml(Hex.resource("golden/sync/contact-add-response.hex"));
        assertThat(xml).isEqualTo(String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<Sync xmlns=\"AirSync\" xmlns:contacts=\"Contacts\" xmlns:airsyncbase=\"AirSyncBase\">",
                "  <Collections>",
                "    <Collection>",
                "      <Class>Contacts</Class>",
                "      <SyncKey>2</SyncKey>",
                "      <CollectionId>2</CollectionId>",
                "      <Status>1</Status>",
                "      <Commands>",
                "        <Add>",
                "          <ServerId>2:1</ServerId>",
                "          <ApplicationData>",
                "            <airsyncbase:Body>",
                "              <airsyncbase:Type>1</airsyncbase:Type>",
                "              <airsyncbase:EstimatedDataSize>0</airsyncbase:EstimatedDataSize>",
                "              <airsyncbase:Truncated>1</airsyncbase:Truncated>",
                "            </airsyncbase:Body>",
                "            <contacts:FileAs>Doe, John</contacts:FileAs>",
                "          </ApplicationData>",
                "        </Add>",
                "      </Commands>",
                "    </Collection>",
                "  </Collections>",
                "</Sync>",
                ""));
        assertThat(Wbxml.encode(WbxmlXml.fromXml(xml))).isEqualTo(Hex.resource("golden/sync/contact-add-response.hex"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  leading and trailing  ", "\r\n", "line\r\nbreaks\rand\nmore", "\ttabs\t",
        "a & b < c > d ]]> e", "\u0001control\u001F", "\uFFFE\uFFFF", "é€\uD83D\uDE00", "&amp; literally", "\"quotes' "})
    void textSurvivesTheRoundTripExactly(String text) throws Exception {
        WbxmlElement tree = WbxmlElement.of(SYNC, WbxmlElement.text(SYNC_KEY, text));
        byte[] wbxml = Wbxml.encode(tree);
        String xml = WbxmlXml.toXml(tree);
        assertThat(WbxmlXml.fromXml(xml)).isEqualTo(tree);
        assertThat(WbxmlXml.toWbxml(xml)).isEqualTo(wbxml);
    }

    @Test
    void opaqueIsShownAsTextWhenItIsUtf8AndAsBase64Otherwise() throws Exception {
        WbxmlElement mime = WbxmlElement.opaque(MIME, "Subject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8));
        String xml = WbxmlXml.toXml(mime);
        assertThat(xml).contains("<Mime xmlns=\"ComposeMail\" xmlns:wbxml=\"urn:pushbox:wbxml\" wbxml:content=\"opaque\">"
                        + "Subject: hi&#13;\n&#13;\nbody&#13;\n</Mime>");
        assertThat(WbxmlXml.fromXml(xml)).isEqualTo(mime);

        WbxmlElement binary = WbxmlElement.opaque(CONVERSATION_ID, new byte[] {0, (byte) 0xFF, 0x10, 0x7F});
        String binaryXml = WbxmlXml.toXml(binary);
        assertThat(binaryXml).contains("wbxml:content=\"opaque-base64\">AP8Qfw==</ConversationId>");
        assertThat(WbxmlXml.fromXml(binaryXml)).isEqualTo(binary);

        WbxmlElement empty = WbxmlElement.opaque(DATA, new byte[0]);
        assertThat(WbxmlXml.fromXml(WbxmlXml.toXml(empty))).isEqualTo(empty);
    }

    @Test
    void emptyElementAndEmptyStringAreDistinct() throws Exception {
        WbxmlElement tree = WbxmlElement.of(SYNC, WbxmlElement.empty(SYNC_KEY), WbxmlElement.text(SYNC_KEY, ""));
        String xml = WbxmlXml.toXml(tree);
        assertThat(xml).contains("<SyncKey/>", "<SyncKey wbxml:content=\"string\"/>");
        assertThat(WbxmlXml.fromXml(xml)).isEqualTo(tree);
    }

    @Test
    void acceptsAnyPrefixesAndPerElementNamespaces() throws Exception {
        WbxmlElement expected = Wbxml.decode(Hex.resource("golden/sync/contact-add-response.hex"));
        String perElement = WbxmlXml.toXml(expected).replace(" xmlns:contacts=\"Contacts\" xmlns:airsyncbase=\"AirSyncBase\"", "")
                .replace("<airsyncbase:Body>", "<Body xmlns=\"AirSyncBase\">").replace("</airsyncbase:Body>", "</Body>")
                .replace("airsyncbase:", "").replace("<contacts:FileAs>", "<x:FileAs xmlns:x=\"Contacts\">")
                .replace("</contacts:FileAs>", "</x:FileAs>");
        assertThat(perElement).contains("<Body xmlns=\"AirSyncBase\">", "<Type>1</Type>");
        assertThat(WbxmlXml.fromXml(perElement)).isEqualTo(expected);
    }

    @Test
    void readsFromAStreamAndIgnoresCommentsAndLayout() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a trace -->\n<Sync xmlns=\"AirSync\">\n"
                + "  <!-- keys --> <SyncKey>é</SyncKey>\n  <?pi ignored?>\n</Sync>";
        WbxmlElement tree = WbxmlXml.fromXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(tree).isEqualTo(WbxmlElement.of(SYNC, WbxmlElement.text(SYNC_KEY, "é")));
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Sync [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Sync xmlns=\"AirSync\"><SyncKey>&xxe;</SyncKey></Sync>";
        WbxmlXmlException e = refused(xxe);
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void entityExpansionAndDoctypesAreRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Sync [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<Sync xmlns=\"AirSync\"><SyncKey>&c;</SyncKey></Sync>";
        refused(laughs);
        WbxmlXmlException doctype = refused("<!DOCTYPE Sync SYSTEM \"http://127.0.0.1:1/x.dtd\"><Sync xmlns=\"AirSync\"/>");
        assertThat(doctype.getMessage()).contains("DOCTYPE");
        refused("<Sync xmlns=\"AirSync\"><SyncKey>&undeclared;</SyncKey></Sync>");
    }

    @Test
    void clearErrorsForWhatIsNotEas() {
        assertThat(refused("<Sync><SyncKey>1</SyncKey></Sync>").getMessage()).contains("<Sync> has no namespace");
        assertThat(refused("<Sync xmlns=\"AirSync:\"/>").getMessage())
                .contains("namespace \"AirSync:\" of <Sync> is not an EAS code page");
        WbxmlXmlException unknown = refused("<Sync xmlns=\"AirSync\">\n  <Timezone>x</Timezone>\n</Sync>");
        assertThat(unknown.getMessage()).contains("<Timezone> is not an element of code page 0 (AirSync)");
        assertThat(unknown.line()).isEqualTo(2);
        assertThat(refused("<Sync xmlns=\"AirSync\" id=\"1\"/>").getMessage()).contains("attribute id is not allowed");
        assertThat(refused("<Sync xmlns=\"AirSync\">text<SyncKey/></Sync>").getMessage()).contains("mixes text and child");
        assertThat(refused("<Sync xmlns=\"AirSync\"><SyncKey/>text</Sync>").getMessage()).contains("mixes text and child");
        assertThat(refused("<Sync xmlns=\"AirSync\" xmlns:wbxml=\"urn:pushbox:wbxml\" wbxml:content=\"opaque\"><SyncKey/></Sync>")
                .getMessage()).contains("cannot hold child elements");
        assertThat(refused("<SyncKey xmlns=\"AirSync\" xmlns:wbxml=\"urn:pushbox:wbxml\" wbxml:content=\"hex\">00</SyncKey>")
                .getMessage()).contains("not one of string, opaque");
        assertThat(refused("<SyncKey xmlns=\"AirSync\" xmlns:wbxml=\"urn:pushbox:wbxml\" wbxml:content=\"opaque-base64\">*</SyncKey>")
                .getMessage()).contains("not valid base64");
        assertThat(refused("<SyncKey xmlns=\"AirSync\" xmlns:wbxml=\"urn:pushbox:wbxml\" wbxml:content=\"string-base64\">AA==</SyncKey>")
                .getMessage()).contains("STR_I cannot carry");
        assertThat(refused("<SyncKey xmlns=\"AirSync\" xmlns:wbxml=\"urn:pushbox:wbxml\" wbxml:content=\"string-base64\">/w==</SyncKey>")
                .getMessage()).contains("not UTF-8");
        assertThat(refused("<Sync xmlns=\"AirSync\">").getMessage()).contains("not well-formed");
        assertThat(refused("").getMessage()).isNotBlank();
    }

    @Test
    void depthIsLimited() throws Exception {
        String deep = "<Sync xmlns=\"AirSync\">".repeat(40) + "</Sync>".repeat(40);
        assertThat(refused(deep).getMessage()).contains("nest deeper than 32");
        assertThat(WbxmlXml.fromXml(deep, WbxmlLimits.DEFAULTS.withMaxDepth(40)).tag()).isEqualTo(SYNC);
    }

    private static WbxmlXmlException refused(String xml) {
        WbxmlXmlException e = catchThrowableOfType(() -> WbxmlXml.fromXml(xml), WbxmlXmlException.class);
        assertThat(e).as("fromXml should refuse %s", xml).isNotNull();
        return e;
    }
}
