package org.pushbox.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.NotFoundException;
import org.pushbox.storage.api.OutOfOffice;
import org.pushbox.storage.api.OutOfOffice.Reply;
import org.pushbox.storage.api.OutOfOffice.State;

interface OutOfOfficeContract extends StoreFixture {

    @Test
    default void outOfOfficeIsKeptWithEveryFieldAndReplaced() {
        Account a = newAccount();
        assertThat(store().accounts().outOfOffice(a.id())).isEmpty();
        OutOfOffice away = new OutOfOffice(State.TIME_BASED, Instant.parse("2026-12-20T08:00:00.123Z"),
                Instant.parse("2027-01-06T17:30:00Z"),
                new Reply(true, "Back on 6 January 🎄 — ask Ben.", false),
                new Reply(true, "<p>Away until <b>6 January</b> 😀</p>", true),
                new Reply(false, "x".repeat(70_000) + "𝓮", false));   // over 64 KiB of UTF-8: a MEDIUMTEXT
        store().accounts().setOutOfOffice(a.id(), away);
        assertThat(store().accounts().outOfOffice(a.id())).contains(away);

        OutOfOffice always = new OutOfOffice(State.GLOBAL, null, null, Reply.NONE,
                new Reply(false, null, true), new Reply(true, "", false));
        store().accounts().setOutOfOffice(a.id(), always);
        assertThat(store().accounts().outOfOffice(a.id())).contains(always);
        assertThat(store().accounts().outOfOffice(newAccount().id())).as("another account").isEmpty();
    }

    @Test
    default void outOfOfficeOfAnUnknownAccountIsRefusedAndGoesWithTheAccount() {
        assertThatThrownBy(() -> store().accounts().setOutOfOffice(Long.MAX_VALUE, OutOfOffice.NONE))
                .isInstanceOf(NotFoundException.class);
        Account a = newAccount();
        store().transaction(tx -> {                 // two saves in one transaction: the last one wins
            tx.accounts().setOutOfOffice(a.id(), new OutOfOffice(State.GLOBAL, null, null, Reply.NONE, Reply.NONE,
                    Reply.NONE));
            tx.accounts().setOutOfOffice(a.id(), OutOfOffice.NONE);
            return null;
        });
        assertThat(store().accounts().outOfOffice(a.id())).contains(OutOfOffice.NONE);
        store().accounts().delete(a.id());
        assertThat(store().accounts().outOfOffice(a.id())).isEmpty();
    }

    @Test
    default void timeBasedWithoutAnOrderedPeriodCannotBeMade() {
        Instant t = Instant.parse("2027-01-01T00:00:00Z");
        assertThatThrownBy(() -> new OutOfOffice(State.TIME_BASED, t, t, Reply.NONE, Reply.NONE, Reply.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutOfOffice(State.TIME_BASED, null, t, Reply.NONE, Reply.NONE, Reply.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
