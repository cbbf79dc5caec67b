package org.pushbox.server.mail.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.Field;
import org.pushbox.protocol.command.CommonStatus;
import org.pushbox.storage.api.Account;

/**
 * The envelope of a message from its headers: the sender must be the account (its From is set when the
 * client left it out), the recipients are every To, Cc and Bcc mailbox.
 */
final class Addressing {

    /** Recipients per message; more is refused as over the send quota rather than sent to thousands. */
    static final int MAX_RECIPIENTS = 500;

    private static final List<String> RECIPIENT_FIELDS = List.of("To", "Cc", "Bcc");

    private Addressing() {
    }

    /**
     * The envelope sender: the account's address named in From (and Sender, when present). A message
     * without From gets the account's name and primary address; one whose From or Sender names anyone
     * else is refused with 130 AccessDenied ([MS-ASCMD] has no status of its own for this).
     */
    static String sender(Header header, Account account) throws ComposeException {
        if (account.primaryAddress() == null) {
            throw new ComposeException(CommonStatus.ACCOUNT_SEND_DISABLED, "the account has no e-mail address");
        }
        List<Mailbox> from = mailboxes(header, "From");
        if (from.isEmpty()) {
            header.setField(HeaderText.mailboxField("From", ownMailbox(account)));
            return account.primaryAddress();
        }
        String envelope = null;
        List<Mailbox> claimed = new ArrayList<>(from);
        claimed.addAll(mailboxes(header, "Sender"));
        for (Mailbox m : claimed) {
            Optional<String> own = ownAddress(account, m.getAddress());
            if (own.isEmpty()) {
                throw new ComposeException(CommonStatus.ACCESS_DENIED, "the account may not send as " + m.getAddress());
            }
            if (envelope == null) {
                envelope = own.get();
            }
        }
        return envelope;
    }

    /** To, Cc and Bcc addresses, de-duplicated ignoring case, in header order. */
    static List<String> recipients(Header header) throws ComposeException {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String name : RECIPIENT_FIELDS) {
            for (Mailbox m : mailboxes(header, name)) {
                if (m.getDomain() == null || m.getDomain().isEmpty() || m.getLocalPart().isEmpty()) {
                    throw new ComposeException(CommonStatus.MESSAGE_RECIPIENT_UNRESOLVED,
                            "not an e-mail address: " + m.getAddress());
                }
                unique.putIfAbsent(m.getAddress().toLowerCase(Locale.ROOT), m.getAddress());
                if (unique.size() > MAX_RECIPIENTS) {
                    throw new ComposeException(CommonStatus.SEND_QUOTA_EXCEEDED,
                            "more than " + MAX_RECIPIENTS + " recipients");
                }
            }
        }
        if (unique.isEmpty()) {
            throw new ComposeException(CommonStatus.MESSAGE_HAS_NO_RECIPIENT, "no To, Cc or Bcc recipient");
        }
        return List.copyOf(unique.values());
    }

    /** Every mailbox in every field called {@code name} (groups flattened), names decoded. */
    static List<Mailbox> mailboxes(Header header, String name) {
        List<Mailbox> result = new ArrayList<>();
        for (Field field : header.getFields(name)) {
            AddressList list = LenientAddressParser.DEFAULT.parseAddressList(field.getBody());
            for (Address address : list) {
                if (address instanceof Mailbox mailbox) {
                    result.add(mailbox);
                } else if (address instanceof Group group) {
                    result.addAll(group.getMailboxes());
                }
            }
        }
        return result;
    }

    static Mailbox ownMailbox(Account account) {
        String address = account.primaryAddress();
        int at = address.lastIndexOf('@');
        String name = account.displayName() == null || account.displayName().isBlank() ? null : account.displayName();
        return new Mailbox(name, address.substring(0, at), address.substring(at + 1));
    }

    /** The account's own spelling of {@code address}, when it is one of the account's addresses. */
    static Optional<String> ownAddress(Account account, String address) {
        return account.addresses().stream().filter(a -> a.equalsIgnoreCase(address)).findFirst();
    }

    /** The domain of an address, for Message-IDs. */
    static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
