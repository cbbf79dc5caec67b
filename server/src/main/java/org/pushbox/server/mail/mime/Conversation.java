package org.pushbox.server.mail.mime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EAS ConversationId (16 bytes) and ConversationIndex ([MS-OXOMSG] layout: a 22-byte header block, then
 * one 5-byte child block per reply level) of a delivered message.
 *
 * <p>When the message carries Outlook's {@code Thread-Index} (base64 of exactly that layout), it is used as
 * the index and its GUID (bytes 6-21) as the id, so mail threads the way Outlook and Exchange thread it.
 *
 * <p>Otherwise the thread is derived from the message-id chain: {@code References} (or, without it,
 * {@code In-Reply-To}) followed by the message's own {@code Message-ID}. The conversation id is the MD5 of
 * the chain's first id, the thread root, lower-cased; so every reply that names the root shares it. The
 * index is {@code 0x01}, five bytes of the id (standing in for the root's time, which we cannot know from
 * a reply), the id, then for each later id in the chain the first five bytes of its MD5. A reply's chain
 * extends its parent's, so its index extends its parent's by one block, which is the property clients sort
 * and nest by. Without any message-id the normalised thread topic is the root; without that either the
 * message is a conversation of its own.
 */
record Conversation(byte[] id, byte[] index) {

    static final int HEADER_LENGTH = 22;
    static final int CHILD_LENGTH = 5;
    /** Long reference chains are cut: clients need the prefix, not 500 blocks. */
    static final int MAX_CHILDREN = 50;

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

    static Conversation derive(String threadIndex, String references, String inReplyTo, String messageId,
            String threadTopic) {
        Conversation outlook = fromThreadIndex(threadIndex);
        if (outlook != null) {
            return outlook;
        }
        List<String> chain = new ArrayList<>(ids(references));
        if (chain.isEmpty()) {
            chain.addAll(ids(inReplyTo));
        }
        List<String> own = ids(messageId);
        if (!own.isEmpty() && !chain.contains(own.get(0))) {
            chain.add(own.get(0));
        }
        String root;
        if (!chain.isEmpty()) {
            root = chain.get(0);
        } else if (threadTopic != null && !threadTopic.isBlank()) {
            root = "topic:" + threadTopic.strip().toLowerCase(Locale.ROOT);
        } else {
            root = "random:" + UUID.randomUUID();
        }
        byte[] id = md5(root);
        int children = Math.min(Math.max(chain.size() - 1, 0), MAX_CHILDREN);
        byte[] index = new byte[HEADER_LENGTH + children * CHILD_LENGTH];
        index[0] = 0x01;
        System.arraycopy(id, 0, index, 1, 5);
        System.arraycopy(id, 0, index, 6, 16);
        for (int i = 0; i < children; i++) {
            System.arraycopy(md5(chain.get(i + 1)), 0, index, HEADER_LENGTH + i * CHILD_LENGTH, CHILD_LENGTH);
        }
        return new Conversation(id, index);
    }

    private static Conversation fromThreadIndex(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        byte[] index;
        try {
            index = Base64.getMimeDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (index.length < HEADER_LENGTH || (index.length - HEADER_LENGTH) % CHILD_LENGTH != 0) {
            return null;
        }
        return new Conversation(Arrays.copyOfRange(index, 6, HEADER_LENGTH), index);
    }

    /** The message-ids in a header value, lower-cased (ids compare case-insensitively in practice). */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find()) {
            ids.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return ids;
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
