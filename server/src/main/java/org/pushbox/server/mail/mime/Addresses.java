package org.pushbox.server.mail.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * An address header as EAS shows it: {@code "Name" <user@host>, other@host} for To/Cc/From, and the names
 * alone ({@code Anna Kovács; other@host}) for DisplayTo. A header that yields no address at all is kept as
 * its decoded text, so nothing a sender wrote disappears.
 */
record Addresses(List<Mailbox> mailboxes, String text) {

    static Addresses parse(String value) {
        if (value == null) {
            return null;
        }
        AddressList list = LenientAddressParser.DEFAULT.parseAddressList(value);
        List<Mailbox> mailboxes = new ArrayList<>();
        for (Address address : list) {
            if (address instanceof Mailbox mailbox) {
                mailboxes.add(mailbox);
            } else if (address instanceof Group group) {
                mailboxes.addAll(group.getMailboxes());
            }
        }
        if (mailboxes.isEmpty()) {
            return new Addresses(List.of(), HeaderValues.decodeWords(value).strip());
        }
        List<String> shown = new ArrayList<>();
        for (Mailbox m : mailboxes) {
            shown.add(format(m));
        }
        return new Addresses(List.copyOf(mailboxes), String.join(", ", shown));
    }

    /** {@code "Name" <addr>}, or the bare address when there is no name. */
    static String format(Mailbox m) {
        String name = m.getName();
        if (name == null || name.isBlank()) {
            return m.getAddress();
        }
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + m.getAddress() + ">";
    }

    /** The names (or addresses) joined by "; ", as Exchange fills DisplayTo. */
    String displayNames() {
        if (mailboxes.isEmpty()) {
            return text;
        }
        List<String> names = new ArrayList<>();
        for (Mailbox m : mailboxes) {
            names.add(m.getName() == null || m.getName().isBlank() ? m.getAddress() : m.getName());
        }
        return String.join("; ", names);
    }

    /** The addresses, lower-cased, for matching against an account's addresses. */
    List<String> addressKeys() {
        return mailboxes.stream().map(m -> m.getAddress().toLowerCase(Locale.ROOT)).toList();
    }
}
