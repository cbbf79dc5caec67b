package org.pushbox.server.push;

import java.util.Objects;
import java.util.Set;

/**
 * Why a waiter was completed, and for {@link Reason#FOLDERS_CHANGED} which of its folders a commit
 * touched (never empty then; empty for every other reason).
 */
public record Wakeup(Reason reason, Set<Long> changedFolders) {

    public enum Reason {
        /** A commit wrote to at least one watched folder. */
        FOLDERS_CHANGED,
        /** Folders of the account were added, renamed, moved or deleted. */
        HIERARCHY_CHANGED,
        /** The deadline passed with nothing to report. */
        TIMED_OUT,
        /** A newer request of the same device took the slot, or the device was released. */
        SUPERSEDED,
        /** The caller gave up, e.g. because the client's connection closed. */
        CANCELLED
    }

    static final Wakeup HIERARCHY_CHANGED = new Wakeup(Reason.HIERARCHY_CHANGED, Set.of());
    static final Wakeup TIMED_OUT = new Wakeup(Reason.TIMED_OUT, Set.of());
    static final Wakeup SUPERSEDED = new Wakeup(Reason.SUPERSEDED, Set.of());
    static final Wakeup CANCELLED = new Wakeup(Reason.CANCELLED, Set.of());

    public Wakeup {
        Objects.requireNonNull(reason, "reason");
        changedFolders = Set.copyOf(changedFolders);
        if ((reason == Reason.FOLDERS_CHANGED) == changedFolders.isEmpty()) {
            throw new IllegalArgumentException(reason + " with changed folders " + changedFolders);
        }
    }

    static Wakeup foldersChanged(Set<Long> folders) {
        return new Wakeup(Reason.FOLDERS_CHANGED, folders);
    }
}
