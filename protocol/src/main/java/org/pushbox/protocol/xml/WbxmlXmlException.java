package org.pushbox.protocol.xml;

/** XML that cannot be turned into EAS WBXML, with the line and column where the problem was found. */
public final class WbxmlXmlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public WbxmlXmlException(String message, int line, int column) {
        super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""));
        this.line = line;
        this.column = column;
    }

    public WbxmlXmlException(String message, int line, int column, Throwable cause) {
        this(message, line, column);
        initCause(cause);
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }
}
