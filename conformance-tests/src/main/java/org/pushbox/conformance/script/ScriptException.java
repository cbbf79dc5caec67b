package org.pushbox.conformance.script;

/** A script that cannot be read or run as written (as opposed to a server that answered wrongly). */
public final class ScriptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScriptException(String message) {
        super(message);
    }
}
