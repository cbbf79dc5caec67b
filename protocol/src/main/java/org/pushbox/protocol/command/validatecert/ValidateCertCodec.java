package org.pushbox.protocol.command.validatecert;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** ValidateCert ([MS-ASCMD] 2.2.1.22). */
public final class ValidateCertCodec {

    /** [MS-ASCMD] 3.2.5.x: more than 100 certificates is Status 2. */
    public static final int MAX_CERTIFICATES = 100;

    private static final Tag VALIDATE_CERT = tag("ValidateCert");
    private static final Tag CERTIFICATES = tag("Certificates");
    private static final Tag CERTIFICATE = tag("Certificate");
    private static final Tag CERTIFICATE_CHAIN = tag("CertificateChain");
    private static final Tag CHECK_CRL = tag("CheckCrl");
    private static final Tag STATUS = tag("Status");
    private static final EasStatus BAD = ValidateCertStatus.PROTOCOL_ERROR;

    private ValidateCertCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("ValidateCert", name);
    }

    /**
     * Faults give Status 2: no Certificates, none or more than {@value #MAX_CERTIFICATES} certificates
     * (chain included), a certificate that is not base64, CheckCrl other than 0/1.
     */
    public static ValidateCertRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, VALIDATE_CERT, BAD, CERTIFICATE_CHAIN, CERTIFICATES, CHECK_CRL);
        List<Bytes> certificates = certificates(r.requiredContainer(CERTIFICATES, CERTIFICATE));
        ElementReader chain = r.optionalContainer(CERTIFICATE_CHAIN, CERTIFICATE);
        List<Bytes> chainCertificates = chain == null ? List.of() : certificates(chain);
        int total = certificates.size() + chainCertificates.size();
        if (certificates.isEmpty() || total > MAX_CERTIFICATES) {
            throw r.fault("needs 1-" + MAX_CERTIFICATES + " certificates, got " + total);
        }
        return new ValidateCertRequest(certificates, chainCertificates, Boolean.TRUE.equals(r.bool(CHECK_CRL)));
    }

    private static List<Bytes> certificates(ElementReader list) throws CommandException {
        List<Bytes> certificates = new ArrayList<>();
        for (String text : list.texts(CERTIFICATE)) {
            try {
                certificates.add(Bytes.of(Base64.getMimeDecoder().decode(text)));
            } catch (IllegalArgumentException e) {
                throw list.fault("a Certificate is not base64");
            }
        }
        return certificates;
    }

    public static WbxmlElement encodeResponse(ValidateCertResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(VALIDATE_CERT, version).status(STATUS, response.status());
        response.certificates().forEach(s -> b.child(CERTIFICATE, c -> c.status(STATUS, s)));
        return b.build();
    }

    public static WbxmlElement encodeRequest(ValidateCertRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(VALIDATE_CERT, version);
        if (!request.certificateChain().isEmpty()) {
            b.child(CERTIFICATE_CHAIN, c -> request.certificateChain().forEach(x -> c.text(CERTIFICATE, base64(x))));
        }
        b.child(CERTIFICATES, c -> request.certificates().forEach(x -> c.text(CERTIFICATE, base64(x))));
        return b.text(CHECK_CRL, request.checkCrl() ? "1" : null).build();
    }

    private static String base64(Bytes der) {
        return Base64.getEncoder().encodeToString(der.toArray());
    }

    public static ValidateCertResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, VALIDATE_CERT, BAD, STATUS, CERTIFICATE);
        List<EasStatus> statuses = new ArrayList<>();
        for (ElementReader c : r.containers(CERTIFICATE, STATUS)) {
            statuses.add(c.requiredStatus(STATUS, ValidateCertStatus.values()));
        }
        return new ValidateCertResponse(r.requiredStatus(STATUS, ValidateCertStatus.values()), statuses);
    }
}
