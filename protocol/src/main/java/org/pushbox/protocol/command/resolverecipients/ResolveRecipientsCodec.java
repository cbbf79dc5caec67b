package org.pushbox.protocol.command.resolverecipients;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.Bytes;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.PictureOptions;
import org.pushbox.protocol.command.resolverecipients.ResolveRecipientsResponse.Availability;
import org.pushbox.protocol.command.resolverecipients.ResolveRecipientsResponse.Certificates;
import org.pushbox.protocol.command.resolverecipients.ResolveRecipientsResponse.Picture;
import org.pushbox.protocol.command.resolverecipients.ResolveRecipientsResponse.Recipient;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** ResolveRecipients ([MS-ASCMD] 2.2.1.15). */
public final class ResolveRecipientsCodec {

    /** [MS-ASCMD] 3.2.5.x: more than 100 To elements is Status 5. */
    public static final int MAX_TO = 100;

    private static final Tag RESOLVE_RECIPIENTS = tag("ResolveRecipients");
    private static final Tag RESPONSE = tag("Response");
    private static final Tag STATUS = tag("Status");
    private static final Tag TYPE = tag("Type");
    private static final Tag RECIPIENT = tag("Recipient");
    private static final Tag DISPLAY_NAME = tag("DisplayName");
    private static final Tag EMAIL_ADDRESS = tag("EmailAddress");
    private static final Tag CERTIFICATES = tag("Certificates");
    private static final Tag CERTIFICATE = tag("Certificate");
    private static final Tag MINI_CERTIFICATE = tag("MiniCertificate");
    private static final Tag OPTIONS = tag("Options");
    private static final Tag TO = tag("To");
    private static final Tag CERTIFICATE_RETRIEVAL = tag("CertificateRetrieval");
    private static final Tag RECIPIENT_COUNT = tag("RecipientCount");
    private static final Tag MAX_CERTIFICATES = tag("MaxCertificates");
    private static final Tag MAX_AMBIGUOUS_RECIPIENTS = tag("MaxAmbiguousRecipients");
    private static final Tag CERTIFICATE_COUNT = tag("CertificateCount");
    private static final Tag AVAILABILITY = tag("Availability");
    private static final Tag START_TIME = tag("StartTime");
    private static final Tag END_TIME = tag("EndTime");
    private static final Tag MERGED_FREE_BUSY = tag("MergedFreeBusy");
    private static final Tag PICTURE = tag("Picture");
    private static final Tag MAX_SIZE = tag("MaxSize");
    private static final Tag DATA = tag("Data");
    private static final Tag MAX_PICTURES = tag("MaxPictures");
    private static final EasStatus BAD = ResolveRecipientsStatus.PROTOCOL_ERROR;
    private static final EasStatus[] STATUSES = ResolveRecipientsStatus.values();

    private ResolveRecipientsCodec() {
    }

    private static Tag tag(String name) {
        return CodePages.require("ResolveRecipients", name);
    }

    /**
     * Faults give Status 5: no To or more than {@value #MAX_TO}, CertificateRetrieval outside 1-3, an
     * Availability without both times or ending before it starts, a malformed number or time, an
     * unknown element.
     */
    public static ResolveRecipientsRequest decodeRequest(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, RESOLVE_RECIPIENTS, BAD, TO, OPTIONS);
        List<String> to = r.texts(TO);
        if (to.isEmpty() || to.size() > MAX_TO) {
            throw r.fault("needs 1-" + MAX_TO + " To elements, got " + to.size());
        }
        ElementReader o = r.optionalContainer(OPTIONS, CERTIFICATE_RETRIEVAL, MAX_CERTIFICATES,
                MAX_AMBIGUOUS_RECIPIENTS, AVAILABILITY, PICTURE);
        ResolveRecipientsRequest.Options options = null;
        if (o != null) {
            ElementReader a = o.optionalContainer(AVAILABILITY, START_TIME, END_TIME);
            ResolveRecipientsRequest.Availability availability = null;
            if (a != null) {
                a.required(START_TIME);
                a.required(END_TIME);
                availability = new ResolveRecipientsRequest.Availability(a.dateTime(START_TIME), a.dateTime(END_TIME));
                if (!availability.endTime().isAfter(availability.startTime())) {
                    throw a.fault("EndTime is not after StartTime");
                }
            }
            options = new ResolveRecipientsRequest.Options(o.integer(CERTIFICATE_RETRIEVAL, 1, 3),
                    o.integer(MAX_CERTIFICATES, 0, Integer.MAX_VALUE),
                    o.integer(MAX_AMBIGUOUS_RECIPIENTS, 0, Integer.MAX_VALUE), availability,
                    PictureOptions.read(o, PICTURE, MAX_SIZE, MAX_PICTURES));
        }
        return new ResolveRecipientsRequest(to, options);
    }

    public static WbxmlElement encodeResponse(ResolveRecipientsResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(RESOLVE_RECIPIENTS, version).status(STATUS, response.status());
        response.responses().forEach(r -> b.child(RESPONSE, e -> {
            e.text(TO, r.to()).status(STATUS, r.status()).integer(RECIPIENT_COUNT, r.recipientCount());
            r.recipients().forEach(rec -> e.add(recipient(rec, e)));
        }));
        return b.build();
    }

    private static WbxmlElement recipient(Recipient r, ElementBuilder parent) {
        ElementBuilder b = parent.nested(RECIPIENT).integer(TYPE, r.type().code()).text(DISPLAY_NAME, r.displayName())
                .text(EMAIL_ADDRESS, r.emailAddress());
        Availability a = r.availability();
        if (a != null) {
            b.child(AVAILABILITY, x -> x.status(STATUS, a.status()).text(MERGED_FREE_BUSY, a.mergedFreeBusy()));
        }
        Certificates c = r.certificates();
        if (c != null) {
            b.child(CERTIFICATES, x -> x.status(STATUS, c.status()).integer(CERTIFICATE_COUNT, c.certificateCount())
                    .integer(RECIPIENT_COUNT, c.recipientCount()).texts(CERTIFICATE, c.certificates())
                    .texts(MINI_CERTIFICATE, c.miniCertificates()));
        }
        Picture p = r.picture();
        if (p != null) {
            b.child(PICTURE, x -> x.status(STATUS, p.status()).opaque(DATA, p.data() == null ? null : p.data().toArray()));
        }
        return b.build();
    }

    public static WbxmlElement encodeRequest(ResolveRecipientsRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(RESOLVE_RECIPIENTS, version).texts(TO, request.to());
        ResolveRecipientsRequest.Options o = request.options();
        if (o != null) {
            b.child(OPTIONS, e -> {
                e.integer(CERTIFICATE_RETRIEVAL, o.certificateRetrieval()).integer(MAX_CERTIFICATES, o.maxCertificates())
                        .integer(MAX_AMBIGUOUS_RECIPIENTS, o.maxAmbiguousRecipients());
                if (o.availability() != null) {
                    e.child(AVAILABILITY, a -> a.dateTime(START_TIME, o.availability().startTime())
                            .dateTime(END_TIME, o.availability().endTime()));
                }
                PictureOptions.write(e, o.picture(), PICTURE, MAX_SIZE, MAX_PICTURES);
            });
        }
        return b.build();
    }

    /** Client side: reads a response; faults carry Status 5. */
    public static ResolveRecipientsResponse decodeResponse(WbxmlElement root, ProtocolVersion version)
            throws CommandException {
        ElementReader r = ElementReader.root(root, RESOLVE_RECIPIENTS, BAD, STATUS, RESPONSE);
        List<ResolveRecipientsResponse.Response> responses = new ArrayList<>();
        for (ElementReader e : r.containers(RESPONSE, TO, STATUS, RECIPIENT_COUNT, RECIPIENT)) {
            List<Recipient> recipients = new ArrayList<>();
            for (ElementReader x : e.containers(RECIPIENT, TYPE, DISPLAY_NAME, EMAIL_ADDRESS, AVAILABILITY, CERTIFICATES,
                    PICTURE)) {
                recipients.add(recipient(x));
            }
            responses.add(new ResolveRecipientsResponse.Response(e.requiredText(TO), e.requiredStatus(STATUS, STATUSES),
                    e.integer(RECIPIENT_COUNT, 0, Integer.MAX_VALUE), recipients));
        }
        return new ResolveRecipientsResponse(r.requiredStatus(STATUS, STATUSES), responses);
    }

    private static Recipient recipient(ElementReader x) throws CommandException {
        ElementReader a = x.optionalContainer(AVAILABILITY, STATUS, MERGED_FREE_BUSY);
        ElementReader c = x.optionalContainer(CERTIFICATES, STATUS, CERTIFICATE_COUNT, RECIPIENT_COUNT, CERTIFICATE,
                MINI_CERTIFICATE);
        ElementReader p = x.optionalContainer(PICTURE, STATUS, DATA);
        return new Recipient(ResolveRecipientsResponse.Type.values()[x.requiredInteger(TYPE, 1, 2) - 1],
                x.requiredText(DISPLAY_NAME), x.requiredText(EMAIL_ADDRESS),
                a == null ? null : new Availability(a.requiredStatus(STATUS, STATUSES), a.text(MERGED_FREE_BUSY)),
                c == null ? null : new Certificates(c.requiredStatus(STATUS, STATUSES),
                        c.integer(CERTIFICATE_COUNT, 0, Integer.MAX_VALUE), c.integer(RECIPIENT_COUNT, 0, Integer.MAX_VALUE),
                        c.texts(CERTIFICATE), c.texts(MINI_CERTIFICATE)),
                p == null ? null : new Picture(p.requiredStatus(STATUS, STATUSES),
                        p.has(DATA) ? Bytes.of(p.requiredBytes(DATA)) : null));
    }
}
