package org.pushbox.conformance.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** The account a test client logs in with; sent as HTTP Basic credentials in UTF-8, as mobiles do. */
public record Credentials(String user, String password) {

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The {@code Authorization} header value. */
    public String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
