package org.pushbox.server.command.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.settings.BodyType;
import org.pushbox.protocol.command.settings.OofMessage;
import org.pushbox.protocol.command.settings.OofMessage.Audience;
import org.pushbox.protocol.command.settings.OofSettings;
import org.pushbox.protocol.command.settings.OofState;
import org.pushbox.protocol.command.settings.SettingsStatus;
import org.pushbox.server.sync.mapping.HtmlText;
import org.pushbox.storage.api.OutOfOffice;
import org.pushbox.storage.api.OutOfOffice.Reply;

/**
 * Settings Oof against the stored {@link OutOfOffice}. Get answers every reply in the body type the
 * device asked for. Set is merged onto what is kept: an element the device leaves out keeps its value,
 * so a device that only switches the state does not erase the reply texts.
 */
final class OutOfOfficeSettings {

    /** Longest reply text kept, in characters; longer ones are refused rather than cut. */
    static final int MAX_REPLY_CHARS = 128 * 1024;

    private OutOfOfficeSettings() {
    }

    /** A refused Set, with the Settings status that says why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient EasStatus status;

        Refused(EasStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        EasStatus status() {
            return status;
        }
    }

    static OofSettings get(OutOfOffice stored, BodyType asked) {
        boolean timed = stored.state() == OutOfOffice.State.TIME_BASED;
        List<OofMessage> messages = new ArrayList<>();
        replies(stored).forEach((audience, reply) -> messages.add(new OofMessage(audience, reply.enabled(),
                text(reply, asked), reply.message() == null ? null : asked)));
        return new OofSettings(OofState.fromCode(stored.state().code()), timed ? stored.start() : null,
                timed ? stored.end() : null, messages);
    }

    private static String text(Reply reply, BodyType asked) {
        if (reply.message() == null || reply.html() == (asked == BodyType.HTML)) {
            return reply.message();
        }
        return reply.html() ? HtmlText.toPlain(reply.message()) : HtmlText.fromPlain(reply.message());
    }

    static OutOfOffice set(OutOfOffice current, OofSettings request) throws Refused {
        OutOfOffice.State state = request.state() == null ? current.state()
                : OutOfOffice.State.ofCode(request.state().code());
        var start = request.startTime() != null ? request.startTime() : current.start();
        var end = request.endTime() != null ? request.endTime() : current.end();
        if (state == OutOfOffice.State.TIME_BASED) {
            if (start == null || end == null) {
                throw new Refused(SettingsStatus.PROTOCOL_ERROR, "time-based without StartTime and EndTime");
            }
            if (!start.isBefore(end)) {
                throw new Refused(SettingsStatus.INVALID_ARGUMENTS, "StartTime is not before EndTime");
            }
        }
        Map<Audience, Reply> replies = replies(current);
        Map<Audience, OofMessage> seen = new EnumMap<>(Audience.class);
        for (OofMessage m : request.messages()) {
            if (seen.put(m.audience(), m) != null) {
                throw new Refused(SettingsStatus.CONFLICTING_ARGUMENTS, "two OofMessages for " + m.audience());
            }
            replies.put(m.audience(), merge(replies.get(m.audience()), m));
        }
        return new OutOfOffice(state, start, end, replies.get(Audience.INTERNAL), replies.get(Audience.EXTERNAL_KNOWN),
                replies.get(Audience.EXTERNAL_UNKNOWN));
    }

    /** A new text comes with its body type (the codec insists); without one, the kept text and type stay. */
    private static Reply merge(Reply kept, OofMessage m) throws Refused {
        boolean enabled = m.enabled() != null ? m.enabled() : kept.enabled();
        if (m.replyMessage() == null) {
            return new Reply(enabled, kept.message(), kept.html());
        }
        if (m.replyMessage().length() > MAX_REPLY_CHARS) {
            throw new Refused(SettingsStatus.INVALID_ARGUMENTS, "ReplyMessage over " + MAX_REPLY_CHARS + " characters");
        }
        return new Reply(enabled, m.replyMessage(), m.bodyType() == BodyType.HTML);
    }

    private static Map<Audience, Reply> replies(OutOfOffice oof) {
        Map<Audience, Reply> replies = new EnumMap<>(Audience.class);
        replies.put(Audience.INTERNAL, oof.internal());
        replies.put(Audience.EXTERNAL_KNOWN, oof.externalKnown());
        replies.put(Audience.EXTERNAL_UNKNOWN, oof.externalUnknown());
        return replies;
    }
}
