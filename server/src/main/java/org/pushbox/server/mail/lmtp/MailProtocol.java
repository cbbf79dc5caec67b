package org.pushbox.server.mail.lmtp;

/**
 * Which dialect a listener speaks. LMTP (RFC 2033) and SMTP (RFC 5321) share every command and the DATA
 * encoding; they differ in the greeting verb ({@code LHLO} against {@code EHLO}/{@code HELO}) and in the
 * answer after the final dot: LMTP gives one reply per accepted recipient, SMTP one for the whole
 * transaction. One session class serves both (see docs/adr/0004-smtp-listener.md).
 */
public enum MailProtocol {
    LMTP("LMTP", "LHLO"),
    SMTP("ESMTP", "EHLO");

    private final String greetingWord;
    private final String helloVerb;

    MailProtocol(String greetingWord, String helloVerb) {
        this.greetingWord = greetingWord;
        this.helloVerb = helloVerb;
    }

    /** The word after the host name in the 220 greeting. */
    String greetingWord() {
        return greetingWord;
    }

    /** The verb a client must greet with (EHLO for SMTP, where HELO is accepted too). */
    String helloVerb() {
        return helloVerb;
    }
}
