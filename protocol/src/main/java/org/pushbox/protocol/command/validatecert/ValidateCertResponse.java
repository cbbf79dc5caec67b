package org.pushbox.protocol.command.validatecert;

import java.util.List;
import java.util.Objects;
import org.pushbox.protocol.command.EasStatus;

/** A ValidateCert response: the top-level status and one status per certificate, in request order. */
public record ValidateCertResponse(EasStatus status, List<EasStatus> certificates) {

    public ValidateCertResponse {
        Objects.requireNonNull(status, "status");
        certificates = List.copyOf(certificates);
    }
}
