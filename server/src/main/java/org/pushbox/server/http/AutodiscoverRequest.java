package org.pushbox.server.http;

import java.util.Objects;

/** What an Autodiscover request asks: settings for an address, in a response schema. */
record AutodiscoverRequest(String emailAddress, String acceptableResponseSchema) {

    AutodiscoverRequest {
        Objects.requireNonNull(emailAddress, "emailAddress");
        Objects.requireNonNull(acceptableResponseSchema, "acceptableResponseSchema");
    }
}
