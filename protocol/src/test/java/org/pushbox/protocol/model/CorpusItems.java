package org.pushbox.protocol.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.ItemClass;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.CorpusFiles;
import org.pushbox.protocol.wbxml.Wbxml;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.wbxml.WbxmlException;

/**
 * Every ApplicationData in the corpus's Sync requests and responses, read in place (AGPL data is
 * never copied), with the class of its collection and the protocol version of its exchange.
 */
final class CorpusItems {

    /** One captured ApplicationData. */
    record Item(Path file, int index, ItemClass itemClass, ProtocolVersion version, boolean request,
            WbxmlElement applicationData) {
        @Override
        public String toString() {
            return file + " #" + index + " (" + itemClass + ", " + version + (request ? ", request)" : ", response)");
        }
    }

    private static final Tag COLLECTION = CodePages.require("AirSync", "Collection");
    private static final Tag CLASS = CodePages.require("AirSync", "Class");
    private static final Tag APPLICATION_DATA = CodePages.require("AirSync", "ApplicationData");
    private static final Pattern HEADER_VERSION = Pattern.compile("\"MS-ASProtocolVersion\": \"([0-9.]+)\"");
    private static final Pattern BASE64_VERSION = Pattern.compile("\"ProtocolVersion\": \"([0-9.]+)\"");

    private CorpusItems() {
    }

    static List<Item> all() {
        List<Item> items = new ArrayList<>();
        for (Path file : CorpusFiles.wbxmlBodies()) {
            String name = file.getFileName().toString();
            if (name.matches("\\d+-Sync\\.(request|response)\\.wbxml")) {
                collect(file, name.contains(".request."), items);
            }
        }
        return items;
    }

    private static void collect(Path file, boolean request, List<Item> items) {
        WbxmlElement root;
        try {
            root = Wbxml.decode(CorpusFiles.read(file));
        } catch (WbxmlException e) {
            throw new AssertionError(file + " does not decode", e);
        }
        ProtocolVersion version = version(file);
        List<WbxmlElement> collections = new ArrayList<>();
        find(root, COLLECTION, collections);
        for (WbxmlElement collection : collections) {
            WbxmlElement cls = collection.child(CLASS);
            List<WbxmlElement> data = new ArrayList<>();
            find(collection, APPLICATION_DATA, data);
            for (WbxmlElement applicationData : data) {
                ItemClass itemClass = cls != null ? ItemClass.fromWire(cls.text())
                        : ApplicationData.classOf(applicationData).orElseThrow(
                                () -> new AssertionError(file + ": cannot tell the class of " + applicationData));
                items.add(new Item(file, items.size(), itemClass, version, request, applicationData));
            }
        }
    }

    private static void find(WbxmlElement e, Tag tag, List<WbxmlElement> found) {
        for (WbxmlElement child : e.children()) {
            if (child.tag().equals(tag)) {
                found.add(child);
            } else {
                find(child, tag, found);
            }
        }
    }

    /** The version of the exchange: the request's header, or the base64 query's version byte. */
    static ProtocolVersion version(Path body) {
        String meta = body.getFileName().toString().replaceFirst("\\.(request|response)\\.wbxml$", ".request.meta.json");
        String json;
        try {
            json = Files.readString(CorpusFiles.devices().resolve(body).resolveSibling(meta), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = HEADER_VERSION.matcher(json);
        if (!m.find()) {
            m = BASE64_VERSION.matcher(json);
            if (!m.find()) {
                throw new AssertionError("no protocol version in " + meta);
            }
        }
        String v = m.group(1);
        return ProtocolVersion.fromHeader(v).orElseThrow(() -> new AssertionError("unknown version " + v));
    }
}
