package org.pushbox.server.mail.compose;

/** Which command a message came from: what the server adds of the original depends on it. */
public enum ComposeKind {
    /** SendMail: the client's message is complete. */
    SEND,
    /** SmartReply: the original's body is quoted below the client's text. */
    REPLY,
    /** SmartForward: the original's body and attachments are added to the client's message. */
    FORWARD
}
