package org.pushbox.server.pim;

/**
 * One entry cut out of a vCard or iCalendar file: a whole {@code BEGIN:VCARD}..{@code END:VCARD} or a
 * top-level calendar component, as its physical lines joined by CRLF, and the line it starts on.
 */
public record SourceEntry(String name, int firstLine, String text) {
}
