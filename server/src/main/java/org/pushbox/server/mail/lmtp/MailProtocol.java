package org.pushbox.server.mail.lmtp;

/**
 * Which dialect a listener speaks. LMTP (RFC 2033) and SMTP (RFC 5321) share every command and the DATA
 * encoding; they differ in the greeting verb ({@code LHLO} against {@code EHLO}/{@code HELO}), in the
 * answer after the final dot (LMTP one reply per accepted recipient, SMTP one for the whole transaction),
 * and SMTP refuses recipients outside pushbox's domains. One session class serves both
 * (docs/adr/0005-smtp-listener.md).
 */
public enum MailProtocol {
    LMTP("LMTP"),
    SMTP("ESMTP");

    private final String greetingWord;

    MailProtocol(String greetingWord) {
        this.greetingWord = greetingWord;
    }

    /** The word after the host name in the 220 greeting. */
    String greetingWord() {
        return greetingWord;
    }
}
