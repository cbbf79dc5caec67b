package org.pushbox.conformance.script;

/** The server's answer did not meet a script's expectation; the message shows the line, request and answer. */
public final class ScriptFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    public ScriptFailure(String message) {
        super(message);
    }

    public ScriptFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
