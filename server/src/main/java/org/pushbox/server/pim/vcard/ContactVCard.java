package org.pushbox.server.pim.vcard;

import org.pushbox.protocol.model.Contact;

/**
 * A contact as read from one vCard: the EAS fields, the vCard UID (null when it has none) and the
 * properties EAS cannot carry as a vCard 4.0 text (null when there are none).
 */
public record ContactVCard(Contact contact, String uid, String extra) {
}
