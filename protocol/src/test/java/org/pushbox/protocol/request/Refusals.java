package org.pushbox.protocol.request;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared helpers of the request-line tests: refusal assertions and hand-built base64 blobs. */
final class Refusals {

    private Refusals() {
    }

    /** Asserts that {@code call} throws a RequestLineException with this reason and field, and returns it. */
    static RequestLineException assertRefused(ThrowingCallable call, RequestLineException.Reason reason, String field) {
        RequestLineException[] caught = new RequestLineException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(RequestLineException.class, e -> {
            caught[0] = e;
            org.assertj.core.api.Assertions.assertThat(e.reason()).as("reason of: %s", e.getMessage()).isEqualTo(reason);
            org.assertj.core.api.Assertions.assertThat(e.field()).as("field of: %s", e.getMessage()).isEqualTo(field);
        });
        return caught[0];
    }

    /** A blob from parts: an Integer is one byte, a String its ASCII bytes, a byte[] itself. */
    static byte[] blob(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            } else {
                out.writeBytes((byte[]) part);
            }
        }
        return out.toByteArray();
    }

    static String base64(byte[] blob) {
        return Base64.getEncoder().encodeToString(blob);
    }
}
