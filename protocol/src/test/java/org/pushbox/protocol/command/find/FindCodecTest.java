package org.pushbox.protocol.command.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.command.Fixtures;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.Range;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

class FindCodecTest {

    private static final ProtocolVersion V = ProtocolVersion.V16_1;
    private static final String NS = "xmlns=\"Find\" xmlns:airsync=\"AirSync\"";

    @Test
    void mailboxAndGalCriteria() throws Exception {
        FindRequest mailbox = FindCodec.decodeRequest(Fixtures.parse("<Find " + NS + "><SearchId>s-1</SearchId>"
                + "<ExecuteSearch><MailBoxSearchCriterion><Query><airsync:Class>Email</airsync:Class>"
                + "<airsync:CollectionId>5</airsync:CollectionId><FreeText>subject:invoice</FreeText></Query>"
                + "<Options><Range>0-49</Range><DeepTraversal/></Options></MailBoxSearchCriterion></ExecuteSearch></Find>"), V);

        assertThat(mailbox).isEqualTo(new FindRequest("s-1", new FindRequest.Mailbox(ItemClass.EMAIL, "5",
                "subject:invoice", new Range(0, 49), true)));
        FindRequest gal = new FindRequest("s-2", new FindRequest.Gal("ann", new Range(0, 9), new PictureOptions(100, 1)));
        for (FindRequest r : List.of(mailbox, gal)) {
            assertThat(FindCodec.decodeRequest(FindCodec.encodeRequest(r, V), V)).isEqualTo(r);
        }
    }

    @Test
    void findDoesNotExistBefore16_1() {
        Fixtures.assertRefused(FindCodec::decodeRequest, "<Find xmlns=\"Find\"/>", ProtocolVersion.V16_0, 138);
    }

    @Test
    void responsesRoundTripAndValidate(@TempDir Path dir) throws Exception {
        FindResponse response = new FindResponse(FindStatus.SUCCESS, new FindResponse.Response("Mailbox",
                FindStatus.SUCCESS, List.of(new FindResponse.Result(ItemClass.EMAIL, "5:12", "5", List.of(
                        WbxmlElement.text(CodePages.require("Email", "Subject"), "Invoice"),
                        WbxmlElement.text(CodePages.require("Find", "Preview"), "Please pay"),
                        WbxmlElement.text(CodePages.require("Find", "HasAttachments"), "1")))),
                new Range(0, 0), 1));
        WbxmlElement tree = FindCodec.encodeResponse(response, V);

        assertThat(FindCodec.decodeResponse(tree, V)).isEqualTo(response);
        Fixtures.assertValid(dir, List.of(tree, FindCodec.encodeResponse(new FindResponse(FindStatus.INVALID_REQUEST,
                null), V)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<SearchId>s</SearchId>",
        "<ExecuteSearch><GALSearchCriterion><Query><FreeText>a</FreeText></Query></GALSearchCriterion></ExecuteSearch>",
        "<SearchId>s</SearchId><ExecuteSearch/>",
        "<SearchId>s</SearchId><ExecuteSearch><GALSearchCriterion><Query/></GALSearchCriterion></ExecuteSearch>",
        "<SearchId>s</SearchId><ExecuteSearch><GALSearchCriterion><Query><FreeText>a</FreeText></Query></GALSearchCriterion>"
                + "<MailBoxSearchCriterion><Query><FreeText>a</FreeText></Query></MailBoxSearchCriterion></ExecuteSearch>",
        "<SearchId>s</SearchId><ExecuteSearch><GALSearchCriterion><Query><FreeText>a</FreeText></Query>"
                + "<Options><Range>all</Range></Options></GALSearchCriterion></ExecuteSearch>",
        "<SearchId>s</SearchId><ExecuteSearch><MailBoxSearchCriterion><Query><airsync:Class>Memo</airsync:Class>"
                + "<FreeText>a</FreeText></Query></MailBoxSearchCriterion></ExecuteSearch>",
    })
    void malformedRequestsAreStatus2(String children) {
        String xml = "<Find " + NS + ">" + children + "</Find>";
        Fixtures.assertRefused(FindCodec::decodeRequest, xml, V, 2);
    }
}
