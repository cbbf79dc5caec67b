package org.pushbox.protocol.command.validatecert;

import java.util.List;
import org.pushbox.protocol.command.Bytes;

/**
 * A ValidateCert request: the certificates to check (DER, decoded from the base64 text the client
 * sends), the intermediate certificates of their chain, and whether to check revocation.
 */
public record ValidateCertRequest(List<Bytes> certificates, List<Bytes> certificateChain, boolean checkCrl) {

    public ValidateCertRequest {
        certificates = List.copyOf(certificates);
        certificateChain = List.copyOf(certificateChain);
    }
}
