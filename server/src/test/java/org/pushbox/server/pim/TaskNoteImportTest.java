package org.pushbox.server.pim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.model.Body;
import org.pushbox.protocol.model.Note;
import org.pushbox.protocol.model.Task;
import org.pushbox.protocol.model.TaskRecurrence;

/** Thunderbird's VTODOs into tasks and VJOURNALs into notes, and what comes back out. */
class TaskNoteImportTest extends PimStoreFixture {

    static Task task(List<Task> tasks, String subject) {
        return tasks.stream().filter(t -> subject.equals(t.get(Task.SUBJECT))).findFirst().orElseThrow();
    }

    @Test
    void thunderbirdTasks() throws Exception {
        ImportReport report = s.importResource(PimKind.TASKS, "thunderbird.ics", BERLIN);
        assertThat(report.failures()).isEmpty();
        assertThat(report.addedCount()).isEqualTo(3);
        assertThat(report.skippedCount()).isEqualTo(1); // the VEVENT
        List<Task> tasks = s.models(PimKind.TASKS);

        Task report1 = task(tasks, "Write the report");
        assertThat(report1.get(Task.IMPORTANCE)).isEqualTo(2);
        assertThat(report1.get(Task.UTC_DUE_DATE)).isEqualTo(Instant.parse("2026-03-06T16:00:00Z"));
        assertThat(report1.get(Task.DUE_DATE)).isEqualTo(Instant.parse("2026-03-06T17:00:00Z")); // local as UTC
        assertThat(report1.get(Task.COMPLETE)).isFalse();
        assertThat(report1.get(Task.REMINDER_SET)).isTrue();
        assertThat(report1.get(Task.REMINDER_TIME)).isEqualTo(Instant.parse("2026-03-06T15:00:00Z"));
        assertThat(report1.get(Task.BODY).get(Body.DATA)).isEqualTo("Sections 1-3 done.");

        Task flights = task(tasks, "Book flights");
        assertThat(flights.get(Task.COMPLETE)).isTrue();
        assertThat(flights.get(Task.DATE_COMPLETED)).isEqualTo(Instant.parse("2026-03-02T10:15:00Z"));
        assertThat(flights.get(Task.DUE_DATE)).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(flights.get(Task.UTC_DUE_DATE)).isEqualTo(Instant.parse("2026-03-04T23:00:00Z"));

        Task plants = task(tasks, "Water the plants");
        assertThat(plants.get(Task.IMPORTANCE)).isZero();
        TaskRecurrence r = plants.get(Task.RECURRENCE);
        assertThat(r.get(TaskRecurrence.TYPE)).isEqualTo(1);
        assertThat(r.get(TaskRecurrence.DAY_OF_WEEK)).isEqualTo(2); // Monday
        assertThat(r.get(TaskRecurrence.START)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));

        String exported = s.export(PimKind.TASKS, null);
        // Thunderbird's progress survives while the task is open; its own properties come back.
        assertThat(exported).contains("PERCENT-COMPLETE:50", "STATUS:IN-PROCESS", "X-MOZ-GENERATION:3",
                "DUE;VALUE=DATE:20260305", "STATUS:COMPLETED", "RRULE:FREQ=WEEKLY;BYDAY=MO");
    }

    @Test
    void notes() throws Exception {
        ImportReport report = s.importResource(PimKind.NOTES, "notes.ics", BERLIN);
        assertThat(report.failures()).isEmpty();
        List<Note> notes = s.models(PimKind.NOTES);
        Note shopping = notes.stream().filter(n -> "Shopping list".equals(n.get(Note.SUBJECT))).findFirst()
                .orElseThrow();
        assertThat(shopping.get(Note.BODY).get(Body.DATA)).isEqualTo("Milk\nBread\nCoffee, strong");
        assertThat(shopping.get(Note.CATEGORIES)).containsExactly("Yellow Category");
        assertThat(shopping.get(Note.MESSAGE_CLASS)).isEqualTo("IPM.StickyNote");
        assertThat(shopping.get(Note.LAST_MODIFIED_DATE)).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(s.export(PimKind.NOTES, null)).contains("DTSTART;VALUE=DATE:20260301", "CLASS:PRIVATE",
                "X-EXAMPLE-PINNED:TRUE", "UID:note-2@example.org");
    }
}
