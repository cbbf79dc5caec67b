package org.pushbox.server.pim.vcard;

import org.pushbox.protocol.model.Contact;

/**
 * A contact as read from one vCard: the EAS fields, the vCard UID (null when it has none), the
 * properties EAS cannot carry as a vCard 4.0 text (null when there are none), and a warning for
 * the import report (null when none: e.g. a photo too large to become the Picture, kept unmapped).
 */
public record ContactVCard(Contact contact, String uid, String extra, String warning) {
}
