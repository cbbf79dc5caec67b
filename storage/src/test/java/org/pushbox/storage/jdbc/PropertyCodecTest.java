package org.pushbox.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.BlobId;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.PropertyValue;
import org.pushbox.storage.api.StoreException;

class PropertyCodecTest {

    @Test
    void everyValueKindRoundTrips() {
        PropertyMap inner = PropertyMap.builder().put("n", new PropertyValue.Int(-42)).build();
        PropertyMap map = PropertyMap.builder()
                .put("text", new PropertyValue.Text("quote \" backslash \\ newline \n tab \t nul \0 😀 𠜎"))
                .put("int", new PropertyValue.Int(Long.MIN_VALUE))
                .put("bool", new PropertyValue.Bool(false))
                .put("time", new PropertyValue.Time(Instant.parse("1601-01-01T00:00:00.000000001Z")))
                .put("bytes", new PropertyValue.Bytes(new byte[] {0, -1, 127, -128}))
                .put("blob", new PropertyValue.Blob(new BlobId(9)))
                .put("list", new PropertyValue.TextList(List.of("", "a,b", "]")))
                .put("group", new PropertyValue.Group(inner))
                .put("groups", new PropertyValue.GroupList(List.of(inner, PropertyMap.EMPTY)))
                .put("key with \"odd\" chars 🔑", new PropertyValue.Text(""))
                .build();
        assertThat(PropertyCodec.decode(PropertyCodec.encode(map))).isEqualTo(map);
    }

    @Test
    void loneSurrogatesAreEscapedSoTheStoredTextIsValidUtf8() {
        String broken = "a\ud83d b \ude00 c";
        String json = PropertyCodec.encode(PropertyMap.builder().put("t", new PropertyValue.Text(broken)).build());
        assertThat(json).contains("\\ud83d").contains("\\ude00");
        assertThat(PropertyCodec.decode(json).asMap().get("t")).isEqualTo(new PropertyValue.Text(broken));
    }

    @Test
    void theFormatIsDocumentedJson() {
        PropertyMap map = PropertyMap.builder().put("subject", new PropertyValue.Text("Hi"))
                .put("read", new PropertyValue.Bool(true)).build();
        assertThat(PropertyCodec.encode(map)).isEqualTo("{\"v\":1,\"p\":{\"read\":[\"b\",true],\"subject\":[\"s\",\"Hi\"]}}");
    }

    @Test
    void lineEndsUseShortEscapesAndOtherControlCharactersUnicodeEscapes() {
        String json = PropertyCodec.encode(PropertyMap.builder().put("b", new PropertyValue.Text("a\r\n\t\u001f\"\\z")).build());
        assertThat(json).isEqualTo("{\"v\":1,\"p\":{\"b\":[\"s\",\"a\\r\\n\\t\\u001f\\\"\\\\z\"]}}");
    }

    @Test
    void rowsWrittenWithUnicodeEscapesForLineEndsStillRead() {
        // Earlier versions wrote CR and LF as backslash-u escapes; those rows must read the same as new ones.
        String old = "{\"v\":1,\"p\":{\"b\":[\"s\",\"a\\u000d\\u000A\\u001f\\/x\"]}}";
        assertThat(PropertyCodec.decode(old).asMap().get("b")).isEqualTo(new PropertyValue.Text("a\r\n\u001f/x"));
    }

    @Test
    void longTextWithEscapesEverywhereRoundTrips() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            body.append("line ").append(i).append(i % 7 == 0 ? "\r\n" : "\n").append(i % 11 == 0 ? "\"q\"\\" : "")
                    .append(i % 13 == 0 ? "\ud800" : "").append(i % 17 == 0 ? "\ud83d\ude00" : "");
        }
        PropertyMap map = PropertyMap.builder().put("body", new PropertyValue.Text(body.toString())).build();
        assertThat(PropertyCodec.decode(PropertyCodec.encode(map))).isEqualTo(map);
    }

    @Test
    void truncatedEscapesAreRefused() {
        assertThatThrownBy(() -> PropertyCodec.decode("{\"v\":1,\"p\":{\"a\":[\"s\",\"x\\u00\"]}}"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> PropertyCodec.decode("{\"v\":1,\"p\":{\"a\":[\"s\",\"x\\"))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void unknownVersionsAndGarbageAreRefused() {
        assertThatThrownBy(() -> PropertyCodec.decode("{\"v\":2,\"p\":{}}")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> PropertyCodec.decode("{\"v\":1,\"p\":{\"a\":[\"?\",1]}}")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> PropertyCodec.decode("{\"v\":1,\"p\":{}} trailing")).isInstanceOf(StoreException.class);
    }
}
