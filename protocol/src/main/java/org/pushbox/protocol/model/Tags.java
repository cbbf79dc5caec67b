package org.pushbox.protocol.model;

import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/**
 * Tag look-ups by code page. Kept apart from the model classes so that calling them never starts
 * the static initialisation of a model class (the classes reference each other's fields).
 */
final class Tags {

    private Tags() {
    }

    static Tag airSyncBase(String name) {
        return CodePages.require("AirSyncBase", name);
    }

    static Tag email(String name) {
        return CodePages.require("Email", name);
    }

    static Tag email2(String name) {
        return CodePages.require("Email2", name);
    }

    static Tag calendar(String name) {
        return CodePages.require("Calendar", name);
    }

    static Tag contacts(String name) {
        return CodePages.require("Contacts", name);
    }

    static Tag contacts2(String name) {
        return CodePages.require("Contacts2", name);
    }

    static Tag tasks(String name) {
        return CodePages.require("Tasks", name);
    }

    static Tag notes(String name) {
        return CodePages.require("Notes", name);
    }
}
