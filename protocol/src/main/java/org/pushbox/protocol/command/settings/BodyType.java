package org.pushbox.protocol.command.settings;

/** The Settings {@code BodyType} of out-of-office messages. */
public enum BodyType {
    TEXT("Text"),
    HTML("HTML");

    private final String wire;

    BodyType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The body type for a wire value, ignoring case (clients differ); {@code null} when unknown. */
    public static BodyType fromWire(String value) {
        for (BodyType t : values()) {
            if (t.wire.equalsIgnoreCase(value)) {
                return t;
            }
        }
        return null;
    }
}
