package org.pushbox.server.http;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.request.EasRequest;
import org.pushbox.protocol.request.RequestHeaders;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;

/**
 * Everything a {@link CommandProcessor} gets for one request: the parsed request line, the authenticated
 * account, the device record (already created or updated for this request), the decoded body and the
 * raw headers (for Accept-Language, Cookie and the like).
 *
 * @param connectionClosed completes when the client's connection closes, e.g. so that a held Ping can
 *                         stop waiting for a client that is gone
 */
public record CommandContext(
        EasRequest request,
        Account account,
        Device device,
        RequestBody body,
        RequestHeaders headers,
        CompletionStage<Void> connectionClosed) {

    public CommandContext {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(connectionClosed, "connectionClosed");
    }
}
