package org.pushbox.conformance.replay;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pushbox.protocol.wbxml.WbxmlElement;

/**
 * What each Exchange value of a capture stands for on pushbox, learned from pairs of answers (and from the
 * items the replay seeds). {@link #translate} rewrites a tree, a device's request or Exchange's answer, into
 * pushbox's values; values not learned (yet) and "0" (the reset key, the root folder) stay as they are.
 * Keys belong to a device and folders and items to an account, so each value is learned and looked up in
 * the scope of the exchange being replayed ({@link #scope}): a capture may hold two devices.
 */
final class ValueMap {

    private final Map<ValueKind, Map<String, String>> values = new EnumMap<>(ValueKind.class);
    private final Map<String, String> latest = new HashMap<>();
    private String device = "";
    private String account = "";

    /** The device and account of the exchanges replayed from now on. */
    void scope(String deviceId, String user) {
        this.device = deviceId;
        this.account = user;
    }

    private String scoped(ValueKind kind, String value) {
        return (kind.perDevice() ? device : account) + "\u0000" + value;
    }

    void learn(ValueKind kind, String exchange, String pushbox) {
        if (exchange != null && pushbox != null && !exchange.isEmpty()) {
            values.computeIfAbsent(kind, k -> new HashMap<>()).put(scoped(kind, exchange), pushbox);
            latest.put(kind + scoped(kind, ""), pushbox);
        }
    }

    Optional<String> get(ValueKind kind, String exchange) {
        return Optional.ofNullable(values.getOrDefault(kind, Map.of()).get(scoped(kind, exchange)));
    }

    boolean knows(ValueKind kind, String exchange) {
        return "0".equals(exchange) || get(kind, exchange).isPresent();
    }

    boolean knowsAny(ValueKind kind) {
        return latest.containsKey(kind + scoped(kind, ""));
    }

    /** The pushbox value learned last of that kind. */
    Optional<String> latest(ValueKind kind) {
        return Optional.ofNullable(latest.get(kind + scoped(kind, "")));
    }

    String translate(ValueKind kind, String exchange) {
        return get(kind, exchange).orElse(exchange);
    }

    /** The tree with every learned Exchange value replaced by pushbox's. */
    WbxmlElement translate(WbxmlElement e) {
        return translate(e, false);
    }

    /**
     * Exchange's answer read in pushbox's values for the comparison: a folder of Exchange's hierarchy with
     * no pushbox counterpart (one pushbox does not have) is marked as Exchange's own, so that it cannot pass
     * for the pushbox folder that happens to have the same id (Exchange's user folder 16 is not pushbox's
     * folder 16). Other unknown values stay: they may echo the request, which carried them as they were.
     */
    WbxmlElement translateAnswer(WbxmlElement e) {
        return translate(e, true);
    }

    private WbxmlElement translate(WbxmlElement e, boolean markUnknown) {
        return switch (e.content()) {
            case TEXT -> ValueKind.of(e.tag()).map(k -> WbxmlElement.text(e.tag(),
                    markUnknown && k == ValueKind.FOLDER && e.tag().namespace().equals("FolderHierarchy")
                            && !knows(k, e.text()) && !e.text().isEmpty() ? EXCHANGE_ONLY + e.text()
                            : translate(k, e.text()))).orElse(e);
            case CHILDREN -> {
                List<WbxmlElement> children = e.children().stream().map(c -> translate(c, markUnknown)).toList();
                yield WbxmlElement.of(e.tag(), children);
            }
            default -> e;
        };
    }

    /** How {@link #translateAnswer} marks a value of Exchange's that pushbox has no counterpart for. */
    static final String EXCHANGE_ONLY = "Exchange's ";
}
