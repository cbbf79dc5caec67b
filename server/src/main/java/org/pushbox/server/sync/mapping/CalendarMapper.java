package org.pushbox.server.sync.mapping;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.model.CalendarEvent;
import org.pushbox.protocol.model.CalendarException;
import org.pushbox.protocol.model.EasDateTime;
import org.pushbox.protocol.model.ElementGroup;
import org.pushbox.protocol.model.Field;
import org.pushbox.protocol.model.Recurrence;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.model.ItemData;
import org.pushbox.storage.api.BlobStore;
import org.pushbox.storage.api.EventProperty;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemContent;

/**
 * Calendar events: every property through {@link PimMapper}, plus what only events have: a UID made
 * up for an Add that has none (16.x clients must not send one, [MS-ASCAL] 2.2.2.46, and other
 * devices need it to tie meeting mail to the event), and the 16.x occurrence commands, a Change or
 * Delete that names one occurrence by {@code InstanceId} ([MS-ASCMD] 2.2.3.87.2).
 */
final class CalendarMapper implements ItemMapper {

    static final CalendarMapper INSTANCE = new CalendarMapper();

    /** The fields an exception can override, shared with the event model (same Field constants). */
    private static final Set<Field<?>> OVERRIDABLE = overridable();

    private final PimMapper<CalendarEvent> events = PimMapper.CALENDAR;

    private CalendarMapper() {
    }

    @Override
    public ItemData toClient(Item item, BodyRequest body, BlobStore blobs) {
        return events.toClient(item, body, blobs);
    }

    @Override
    public ItemContent newItem(ItemData data) {
        CalendarEvent event = (CalendarEvent) data;
        if (event.get(CalendarEvent.UID) == null) {
            event = event.with(CalendarEvent.UID, UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT));
        }
        return events.newItem(event);
    }

    @Override
    public PropertyUpdate change(ItemData data, Collection<Tag> supported) {
        return oneLocationForm(events.change(data, supported));
    }

    /**
     * A Change of the series, keeping inside the Recurrence and the Exceptions what the client's
     * version cannot express (a 12.1 device sends its Recurrence without FirstDayOfWeek, which
     * must not erase the one a 14.1 device set).
     */
    @Override
    public PropertyUpdate change(Item stored, ItemData data, ClientWrite write) {
        CalendarEvent change = (CalendarEvent) data;
        CalendarEvent before = (CalendarEvent) events.toClient(stored, BodyRequest.DEFAULT, null);
        Recurrence recurrence = change.get(CalendarEvent.RECURRENCE);
        Recurrence storedRecurrence = before.get(CalendarEvent.RECURRENCE);
        if (recurrence != null && !recurrence.isEmpty() && storedRecurrence != null) {
            change = change.with(CalendarEvent.RECURRENCE, keepUnknown(recurrence, storedRecurrence, write));
        }
        List<CalendarException> exceptions = change.get(CalendarEvent.EXCEPTIONS);
        List<CalendarException> storedExceptions = before.get(CalendarEvent.EXCEPTIONS);
        if (exceptions != null && storedExceptions != null) {
            List<CalendarException> merged = new ArrayList<>();
            for (CalendarException e : exceptions) {
                CalendarException match = storedExceptions.stream()
                        .filter(s -> s.originalStart() != null && s.originalStart().equals(e.originalStart()))
                        .findFirst().orElse(null);
                merged.add(match == null ? e : keepUnknown(e, match, write));
            }
            change = change.with(CalendarEvent.EXCEPTIONS, merged);
        }
        if (write.version().atLeast(ProtocolVersion.V16_0) && before.get(CalendarEvent.EXCEPTIONS) != null
                && seriesMoved(change, before)) {
            // [MS-ASCAL] 16.0: a new pattern, start or end of a series drops its exceptions.
            change = change.with(CalendarEvent.EXCEPTIONS, null);
        }
        return oneLocationForm(events.change(change, write.supported()));
    }

    /** Whether a Change sets another recurrence pattern, start or end than the stored ones. */
    private static boolean seriesMoved(CalendarEvent change, CalendarEvent before) {
        return changed(change, before, CalendarEvent.RECURRENCE) || changed(change, before, CalendarEvent.START_TIME)
                || changed(change, before, CalendarEvent.END_TIME);
    }

    private static boolean changed(CalendarEvent change, CalendarEvent before, Field<?> field) {
        return change.has(field) && !java.util.Objects.equals(change.get(field), before.get(field));
    }

    /** {@code sent} with the fields of {@code stored} that the client's version has no element for. */
    private static <G extends ElementGroup<G>> G keepUnknown(G sent, G stored, ClientWrite write) {
        for (Field<?> f : stored.fields()) {
            boolean otherLocationForm = (f == CalendarException.LOCATION_16 && sent.has(CalendarException.LOCATION))
                    || (f == CalendarException.LOCATION && sent.has(CalendarException.LOCATION_16));
            if (!sent.has(f) && !write.knows(f.tag()) && f != CalendarException.INSTANCE_ID && !otherLocationForm) {
                sent = copyField(stored, sent, f);
            }
        }
        return sent;
    }

    private static <G extends ElementGroup<G>, T> G copyField(G from, G to, Field<T> field) {
        return to.with(field, from.get(field));
    }

    /**
     * The location in one form only: a 16.x device sends the structured one, older ones the
     * string, and a stale copy of the other form would be what a device of the other kind reads.
     */
    private static PropertyUpdate oneLocationForm(PropertyUpdate update) {
        String text = EventProperty.LOCATION.key();
        String structured = EventProperty.STRUCTURED_LOCATION.key();
        boolean structuredSent = update.set().asMap().containsKey(structured) || update.removed().contains(structured);
        boolean textSent = update.set().asMap().containsKey(text) || update.removed().contains(text);
        if (structuredSent == textSent) {
            return update;
        }
        String stale = structuredSent ? text : structured;
        Set<String> removed = new java.util.HashSet<>(update.removed());
        removed.add(stale);
        return new PropertyUpdate(update.set(), removed);
    }

    @Override
    public PropertyUpdate changeOccurrence(Item item, String instanceId, ItemData data) {
        CalendarEvent change = (CalendarEvent) data;
        return withException(item, instanceId, exception -> {
            for (Field<?> f : change.fields()) {
                if (OVERRIDABLE.contains(f)) {
                    exception = copy(change, exception, f);
                }
            }
            return exception;
        });
    }

    @Override
    public PropertyUpdate deleteOccurrence(Item item, String instanceId) {
        return withException(item, instanceId, exception -> exception.with(CalendarException.DELETED, true));
    }

    /**
     * The series' exceptions with the one for {@code instanceId} created or updated. Stored in the
     * ≤14.1 form (ExceptionStartTime); encoding writes InstanceId for 16.x devices.
     */
    private PropertyUpdate withException(Item item, String instanceId,
            java.util.function.UnaryOperator<CalendarException> edit) {
        Instant originalStart = instanceId == null ? null : EasDateTime.parseEither(instanceId);
        if (originalStart == null) {
            throw new IllegalArgumentException("InstanceId is not a date-time: " + instanceId);
        }
        CalendarEvent series = (CalendarEvent) events.toClient(item, BodyRequest.DEFAULT, null);
        if (series.get(CalendarEvent.RECURRENCE) == null) {
            throw new IllegalArgumentException("InstanceId names an occurrence of an event that does not recur");
        }
        List<CalendarException> exceptions = new ArrayList<>();
        CalendarException target = null;
        List<CalendarException> stored = series.get(CalendarEvent.EXCEPTIONS);
        for (CalendarException e : stored == null ? List.<CalendarException>of() : stored) {
            if (target == null && originalStart.equals(e.originalStart())) {
                target = e;
                exceptions.add(null); // its place
            } else {
                exceptions.add(e);
            }
        }
        if (target == null) {
            target = CalendarException.EMPTY.with(CalendarException.EXCEPTION_START_TIME, originalStart);
            exceptions.add(null);
        } else if (target.get(CalendarException.EXCEPTION_START_TIME) == null) {
            target = target.without(CalendarException.INSTANCE_ID)
                    .with(CalendarException.EXCEPTION_START_TIME, originalStart);
        }
        exceptions.set(exceptions.indexOf(null), edit.apply(target));
        return events.change(CalendarEvent.EMPTY.with(CalendarEvent.EXCEPTIONS, exceptions), null);
    }

    /** One overridden property; an emptied one inherits the series' value again. */
    private static <T> CalendarException copy(CalendarEvent from, CalendarException to, Field<T> field) {
        if (field == CalendarException.LOCATION) {
            to = to.without(CalendarException.LOCATION_16);
        } else if (field == CalendarException.LOCATION_16) {
            to = to.without(CalendarException.LOCATION);
        }
        return from.isCleared(field) ? to.without(field) : to.with(field, from.get(field));
    }

    private static Set<Field<?>> overridable() {
        Set<Field<?>> fields = new java.util.HashSet<>();
        for (java.lang.reflect.Field f : CalendarException.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Field.class.isAssignableFrom(f.getType())) {
                try {
                    fields.add((Field<?>) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        fields.remove(CalendarException.DELETED);
        fields.remove(CalendarException.EXCEPTION_START_TIME);
        fields.remove(CalendarException.INSTANCE_ID);
        return Set.copyOf(fields);
    }
}
