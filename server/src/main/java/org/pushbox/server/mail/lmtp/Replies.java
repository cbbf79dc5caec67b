package org.pushbox.server.mail.lmtp;

/** The reply lines pushbox's LMTP and SMTP listeners send, with the RFC 3463 enhanced status codes. */
final class Replies {

    static final String OK = "250 2.0.0 OK";
    static final String SENDER_OK = "250 2.1.0 Sender OK";
    static final String RECIPIENT_OK = "250 2.1.5 Recipient OK";
    static final String START_DATA = "354 Start mail input; end with <CRLF>.<CRLF>";
    static final String BYE = "221 2.0.0 Bye";
    static final String CANNOT_VRFY = "252 2.5.0 Cannot VRFY user, but will accept message and attempt delivery";
    static final String UNKNOWN_COMMAND = "500 5.5.2 Command not recognized";
    static final String USE_LHLO = "500 5.5.1 This is LMTP: use LHLO";
    static final String LINE_TOO_LONG = "500 5.5.6 Line too long";
    static final String SYNTAX = "501 5.5.4 Syntax error in parameters or arguments";
    static final String BAD_PARAMETER = "555 5.5.4 Parameter not recognized or not implemented";
    static final String NEED_LHLO = "503 5.5.1 Send LHLO first";
    static final String NEED_EHLO = "503 5.5.1 Send EHLO or HELO first";
    static final String USE_EHLO = "500 5.5.1 This is SMTP: use EHLO or HELO";
    static final String NESTED_MAIL = "503 5.5.1 Sender already given";
    static final String NEED_MAIL = "503 5.5.1 Send MAIL first";
    static final String NO_RECIPIENTS = "503 5.5.1 No valid recipients";
    /** SMTP's form (RFC 5321 section 3.3 allows 503 or 554; 554 is what SMTP clients expect). */
    static final String SMTP_NO_RECIPIENTS = "554 5.5.1 No valid recipients";
    static final String TOO_MANY_RECIPIENTS = "452 4.5.3 Too many recipients";
    static final String TOO_BIG = "552 5.3.4 Message size exceeds fixed maximum message size";
    static final String NO_SUCH_USER = "550 5.1.1 No such user here";
    static final String DISABLED = "550 5.2.1 Mailbox disabled";
    static final String RELAY_DENIED = "550 5.7.1 Relaying denied: not a local domain";
    static final String ACCEPTED = "250 2.0.0 Message accepted for delivery";
    static final String SMTP_TOO_BIG = "552 5.3.4 Message size exceeds fixed maximum message size";
    static final String SMTP_FAILED = "451 4.3.0 Temporary failure, please try again later";
    static final String SMTP_NO_MAILBOX = "550 5.1.1 No such user here";
    static final String TOO_MANY_CONNECTIONS = "421 4.7.0 Too many connections, try again later";
    static final String TRY_LATER = "451 4.3.0 Temporary failure, please try again later";
    static final String BUSY = "451 4.3.2 System busy, please try again later";
    static final String TIMEOUT = "421 4.4.2 Idle timeout, closing connection";
    static final String TOO_MANY_ERRORS = "421 4.7.0 Too many errors, closing connection";
    static final String SHUTTING_DOWN = "421 4.3.2 Service shutting down";

    private Replies() {
    }

    static String delivered(String address) {
        return "250 2.1.5 <" + address + "> delivered";
    }

    static String deliveryFailed(String address) {
        return "451 4.3.0 <" + address + "> temporary failure, please try again later";
    }

    static String noMailbox(String address) {
        return "550 5.1.1 <" + address + "> no such user here";
    }

    static String tooBig(String address) {
        return "552 5.3.4 <" + address + "> message size exceeds fixed maximum message size";
    }
}
