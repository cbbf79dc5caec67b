package org.pushbox.protocol.command.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.command.sync.BodyPreference;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class SearchCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V14_1;
    private static final String NS = "xmlns=\"Search\" xmlns:airsync=\"AirSync\" xmlns:email=\"Email\""
            + " xmlns:airsyncbase=\"AirSyncBase\" xmlns:documentlibrary=\"DocumentLibrary\"";

    @Test
    void galWithTheEmptyPictureOfIos() throws Exception {
        SearchRequest request = SearchCodec.decodeRequest(Fixtures.parse("<Search " + NS + "><Store><Name>GAL</Name>"
                + "<Query>ann</Query><Options><Range>0-49</Range><Picture/></Options></Store></Search>"), V);

        assertThat(request.storeName()).isEqualTo("GAL");
        assertThat(request.query()).isEqualTo(new SearchQuery.Text("ann"));
        assertThat(request.options().range()).isEqualTo(new Range(0, 49));
        assertThat(request.options().picture()).isEqualTo(new PictureOptions(null, null));
        assertThat(SearchCodec.decodeRequest(SearchCodec.encodeRequest(request, V), V)).isEqualTo(request);
    }

    @Test
    void mailboxAndConversationAndDocumentLibraryQueries() throws Exception {
        SearchRequest mailbox = SearchCodec.decodeRequest(Fixtures.parse("<Search " + NS + "><Store><Name>Mailbox</Name>"
                + "<Query><And><airsync:Class>Email</airsync:Class><airsync:CollectionId>5</airsync:CollectionId>"
                + "<airsync:CollectionId>9</airsync:CollectionId><FreeText>invoice</FreeText>"
                + "<GreaterThan><email:DateReceived/><Value>2025-01-01T00:00:00.000Z</Value></GreaterThan></And></Query>"
                + "<Options><Range>0-99</Range><DeepTraversal/><RebuildResults/><airsync:MIMESupport>1</airsync:MIMESupport>"
                + "<airsyncbase:BodyPreference><airsyncbase:Type>2</airsyncbase:Type>"
                + "<airsyncbase:TruncationSize>5120</airsyncbase:TruncationSize></airsyncbase:BodyPreference>"
                + "</Options></Store></Search>"), V);

        assertThat(mailbox.query()).isEqualTo(new SearchQuery.Mailbox(ItemClass.EMAIL, List.of("5", "9"), "invoice",
                Instant.parse("2025-01-01T00:00:00Z"), null));
        assertThat(mailbox.options().deepTraversal()).isTrue();
        assertThat(mailbox.options().bodyPreferences()).containsExactly(new BodyPreference(2, 5120L, null, null));
        assertThat(SearchCodec.decodeRequest(SearchCodec.encodeRequest(mailbox, V), V)).isEqualTo(mailbox);

        for (SearchRequest other : List.of(new SearchRequest("Mailbox", new SearchQuery.Conversation(Bytes.utf8("c")), null),
                new SearchRequest("DocumentLibrary", new SearchQuery.DocumentLibrary("\\\\server\\share"), null))) {
            assertThat(SearchCodec.decodeRequest(SearchCodec.encodeRequest(other, V), V)).isEqualTo(other);
        }
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        WbxmlElement name = WbxmlElement.text(CodePages.require("GAL", "DisplayName"), "Ann Example");
        WbxmlElement mail = WbxmlElement.text(CodePages.require("GAL", "EmailAddress"), "ann@example.net");
        SearchResponse gal = new SearchResponse(SearchStatus.SUCCESS, new SearchResponse.Store(SearchStatus.SUCCESS,
                List.of(new SearchResponse.Result(null, null, null, List.of(name, mail))), new Range(0, 0), 1));
        SearchResponse mailbox = new SearchResponse(SearchStatus.SUCCESS, new SearchResponse.Store(SearchStatus.SUCCESS,
                List.of(new SearchResponse.Result(ItemClass.EMAIL, "RgAAAAD", "5", List.of(
                        WbxmlElement.text(CodePages.require("Email", "Subject"), "Invoice")))), new Range(0, 0), 1));
        SearchResponse empty = new SearchResponse(SearchStatus.SUCCESS,
                new SearchResponse.Store(SearchStatus.SUCCESS, List.of(), null, 0));
        SearchResponse failed = new SearchResponse(SearchStatus.TOO_COMPLEX, null);

        for (SearchResponse r : List.of(gal, mailbox, empty, failed)) {
            assertThat(SearchCodec.decodeResponse(SearchCodec.encodeResponse(r, V), V)).isEqualTo(r);
        }
        Fixtures.assertValid(dir, List.of(SearchCodec.encodeResponse(gal, V), SearchCodec.encodeResponse(mailbox, V),
                SearchCodec.encodeResponse(empty, V), SearchCodec.encodeResponse(failed, V)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<Query><Or><FreeText>a</FreeText><FreeText>b</FreeText></Or></Query>",
        "<Query><And><And><FreeText>a</FreeText></And></And></Query>",
        "<Query><FreeText>a</FreeText></Query>",
        "<Query><And><FreeText>a</FreeText></And><And><FreeText>b</FreeText></And></Query>",
    })
    void queriesExchangeDoesNotRunAreStatus8(String query) {
        String xml = "<Search " + NS + "><Store><Name>Mailbox</Name>" + query + "</Store></Search>";
        Fixtures.assertRefused(SearchCodec::decodeRequest, xml, V, 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<Store><Query>a</Query></Store>",
        "<Store><Name>GAL</Name></Store>",
        "<Store><Name>GAL</Name><Query>a</Query><Options><Range>99-0</Range></Options></Store>",
        "<Store><Name>GAL</Name><Query>a</Query><Options><Total>3</Total></Options></Store>",
        "<Store><Name>Mailbox</Name><Query><And><airsync:Class>Memo</airsync:Class></And></Query></Store>",
        "<Store><Name>Mailbox</Name><Query><And><LessThan><email:DateReceived/><Value>yesterday</Value></LessThan></And></Query></Store>",
        "<Store><Name>Mailbox</Name><Query><And><LessThan><Value>2025-01-01T00:00:00.000Z</Value></LessThan></And></Query></Store>",
        "<Store><Name>DocumentLibrary</Name><Query><EqualTo><Value>x</Value></EqualTo></Query></Store>",
    })
    void malformedRequestsAreStatus2(String children) {
        String xml = "<Search " + NS + ">" + children + "</Search>";
        Fixtures.assertRefused(SearchCodec::decodeRequest, xml, V, 2);
    }
}
