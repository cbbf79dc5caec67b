package org.pushbox.server.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pushbox.protocol.command.sync.SyncResponse.ServerCommand;
import org.pushbox.storage.api.ChangeKind;
import org.pushbox.storage.api.ChangePage;
import org.pushbox.storage.api.ChangeWindow;
import org.pushbox.storage.api.Folder;
import org.pushbox.storage.api.Item;
import org.pushbox.storage.api.ItemChange;
import org.pushbox.storage.api.ItemClass;
import org.pushbox.storage.api.Transaction;

/**
 * Finds what a device must learn about one folder, at most {@code room} commands per response, in two
 * phases. Reconcile (first sync, or a new filter): compare the items the device holds with the items in
 * the filter window and send SoftDelete for those outside it and Add for those missing, oldest first;
 * the held set saved with each response is the cursor, so paging needs no other position and sends
 * every item exactly once. Journal: read the collapsed changes since the acknowledged modseq (or the
 * stored window of a paged read) and turn each into Add, Change, Delete or SoftDelete according to
 * whether the device holds the item and whether it is in the window. Items the device's own commands
 * touched in this request are not echoed.
 *
 * <p>With ConversationMode and a date filter the window also holds the older messages of every
 * conversation that has a message in the date window; those are sent without their body (a preview
 * when asked for), as [MS-ASCMD] describes. A new message can pull older ones of its conversation into
 * the window without any journal entry of theirs, so after the journal such a collection is compared
 * with the window once more, as a reconcile does.
 */
final class ServerChanges {

    /** What a response reports and the position it leads to. */
    record Result(List<ServerCommand> commands, boolean more, long ackedModseq, ChangeWindow pending,
            boolean reconcile) {
    }

    private final Transaction tx;
    private final Folder folder;
    private final ItemRenderer renderer;
    private final SyncedItems items;
    private final Set<Long> touched;
    private final org.pushbox.storage.api.ItemFilter filter;
    /** The date window alone, when {@link #filter} widens it to whole conversations; else null. */
    private final org.pushbox.storage.api.ItemFilter dateFilter;
    private final ItemRenderer bodiless;
    private Set<Long> window;
    private Set<Long> dated;
    /** Items this response adds whole: their journal entries are already in what it sends. */
    private final Set<Long> sentWhole = new HashSet<>();
    /** Items whose client Change lost to the server's: this response sends them, even past the window. */
    private Set<Long> conflicts = Set.of();
    private final Set<Long> sent = new HashSet<>();
    /** The device's own writes not covered by the journal it acknowledged: not sent back. */
    private DeviceWrites own = DeviceWrites.NONE;

    ServerChanges(Transaction tx, Folder folder, ItemRenderer renderer, SyncedItems items, Set<Long> touched,
            CollectionOptions options, Instant now) {
        this.tx = tx;
        this.folder = folder;
        this.renderer = renderer;
        this.items = items;
        this.touched = touched;
        ItemClass cls = folder.type().itemClass();
        org.pushbox.storage.api.ItemFilter own = options.itemFilter(now,
                cls == ItemClass.EMAIL || cls == ItemClass.EVENT || cls == ItemClass.TASK);
        this.filter = options.conversations() && cls == ItemClass.EMAIL ? own.withWholeConversations() : own;
        this.dateFilter = filter.wholeConversations() ? own : null;
        this.bodiless = dateFilter == null ? renderer : renderer.withoutBody();
    }

    ServerChanges ownWrites(DeviceWrites writes) {
        this.own = writes;
        return this;
    }

    ServerChanges conflicts(Set<Long> lost) {
        this.conflicts = lost;
        return this;
    }

    Result collect(long acked, ChangeWindow pending, boolean reconcile, int room) {
        Result r = collectWithin(acked, pending, reconcile, room);
        if (conflicts.isEmpty() || sent.containsAll(conflicts)) {
            return r;
        }
        List<ServerCommand> commands = new ArrayList<>(r.commands());
        commands.addAll(conflicted());
        return new Result(commands, r.more(), r.ackedModseq(), r.pending(), r.reconcile());
    }

    /**
     * The server's version of each conflicted item not sent yet (GetChanges=0 included). A later journal
     * page may send it once more: a repeated Change is harmless, a missing one is not.
     */
    List<ServerCommand> conflicted() {
        List<ServerCommand> commands = new ArrayList<>();
        for (long id : new TreeSet<>(conflicts)) {
            if (!sent.contains(id) && items.holds(id)) {
                tx.items().get(id).ifPresent(item -> commands.add(rendererFor(id).change(item)));
                sent.add(id);
            }
        }
        return commands;
    }

    private Result collectWithin(long acked, ChangeWindow pending, boolean reconcile, int room) {
        List<ServerCommand> commands = new ArrayList<>();
        if (reconcile) {
            boolean done = reconcile(commands, room);
            if (!done) {
                return new Result(commands, true, acked, pending, true);
            }
        }
        Result journal = journal(commands, acked, pending, room);
        if (dateFilter == null || journal.more()) {
            return journal;
        }
        boolean caughtUp = reconcile(commands, room);
        return caughtUp ? journal : new Result(commands, true, journal.ackedModseq(), journal.pending(), false);
    }

    /**
     * The folder's modseq, the upper end of a journal read. The folder was read earlier in this transaction:
     * when this request wrote nothing, that read is as good as a new one (a commit since then has a higher
     * modseq, which the next Sync or Ping finds), and saves a statement per Sync. After the request's own
     * writes it is read again, so that the read covers them.
     */
    private long folderModseq() {
        return touched.isEmpty() ? folder.modseq() : tx.journal().folderModseq(folder.id());
    }

    /** Reads the journal into {@code commands} until they number {@code room}. */
    private Result journal(List<ServerCommand> commands, long acked, ChangeWindow pending, int cap) {
        int room = cap - commands.size();
        if (room == 0) {
            boolean more = pending != null || folderModseq() > acked;
            return new Result(commands, more, acked, pending, false);
        }
        int limit = commands.size() + room;
        long since = pending != null ? pending.since() : acked;
        long cursor = pending != null ? pending.cursor() : acked;
        ChangePage page = tx.journal().changes(folder.id(),
                pending != null ? pending : new ChangeWindow(acked, acked, Math.max(folderModseq(), acked)), room);
        // a change that brings the device nothing (an item a reconcile page sent whole, one outside the
        // window it never held) takes no room: read on, or the page would say MoreAvailable with room left.
        // Pages are read whole-window sized and left where the window fills, not one query per free place.
        while (true) {
            ChangeWindow rest = journalled(page, commands, limit, since, cursor);
            if (rest != null) {
                return new Result(commands, true, acked, rest, false);
            }
            if (!page.more() || commands.size() >= limit) {
                break;
            }
            cursor = page.next().cursor();
            page = tx.journal().changes(folder.id(), page.next(), room);
        }
        return page.more() ? new Result(commands, true, acked, page.next(), false)
                : new Result(commands, false, Math.max(acked, page.upTo()), null, false);
    }

    /**
     * Turns the page's changes into commands until {@code limit} commands are there; returns where to
     * continue when it stopped before the page's end (the page began after {@code cursor}), else null.
     */
    private ChangeWindow journalled(ChangePage page, List<ServerCommand> commands, int limit, long since,
            long cursor) {
        List<ItemChange> relevant = page.changes().stream()
                .filter(c -> !touched.contains(c.itemId()) && !sentWhole.contains(c.itemId())).toList();
        Map<Long, Item> read = read(relevant.stream().filter(c -> c.kind() != ChangeKind.REMOVED)
                .map(ItemChange::itemId).toList());
        long consumed = cursor;
        for (ItemChange change : page.changes()) {
            if (commands.size() >= limit) {
                return new ChangeWindow(since, consumed, page.upTo());
            }
            if (!touched.contains(change.itemId()) && !sentWhole.contains(change.itemId())) {
                journalled(change, commands, Optional.ofNullable(read.get(change.itemId())));
            }
            consumed = change.modseq();
        }
        return null;
    }

    /** Sends up to {@code room} reconcile commands; true when the device now matches the window. */
    private boolean reconcile(List<ServerCommand> commands, int room) {
        Set<Long> wanted = window();
        Set<Long> alive = null;
        for (long id : new TreeSet<>(items.all())) {
            if (!wanted.contains(id) && !touched.contains(id)) {
                if (commands.size() == room) {
                    return false;
                }
                if (alive == null) {
                    alive = filter.equals(org.pushbox.storage.api.ItemFilter.ALL) ? wanted
                            : new HashSet<>(tx.items().ids(folder.id(), org.pushbox.storage.api.ItemFilter.ALL));
                }
                commands.add(alive.contains(id) ? renderer.softDelete(id) : renderer.delete(id));
                items.remove(id);
            }
        }
        // the page's items are read in one batch: one statement per item is a round trip each on MariaDB
        List<Long> page = new ArrayList<>();
        boolean done = true;
        // oldest first, in the order the items came into the folder, as Exchange 2010 pages a first sync
        for (long id : new TreeSet<>(wanted)) {
            if (!items.holds(id) && !touched.contains(id)) {
                if (commands.size() + page.size() == room) {
                    done = false;
                    break;
                }
                page.add(id);
            }
        }
        Map<Long, Item> read = read(page);
        for (long id : page) {
            Item item = read.get(id);
            if (item != null) { // gone since the window was read: nothing to send
                commands.add(rendererFor(id).add(item));
                items.add(id);
                sentWhole.add(id);
            }
        }
        return done;
    }

    private Map<Long, Item> read(Collection<Long> ids) {
        Map<Long, Item> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.items().getAll(ids).forEach(i -> byId.put(i.id(), i));
        }
        return byId;
    }

    private void journalled(ItemChange change, List<ServerCommand> commands, Optional<Item> current) {
        long id = change.itemId();
        boolean held = items.holds(id);
        if (change.kind() == ChangeKind.REMOVED) {
            if (held) {
                commands.add(renderer.delete(id));
                items.remove(id);
            }
            return;
        }
        if (own.isOwn(id, change.modseq()) && held) {
            return; // the device's own write, made while the journal read it acknowledged ended before it
        }
        boolean inWindow = filter.equals(org.pushbox.storage.api.ItemFilter.ALL) || window().contains(id);
        if (inWindow && !held) {
            current.ifPresent(item -> {
                commands.add(rendererFor(id).add(item));
                items.add(id);
            });
        } else if (inWindow && change.kind() == ChangeKind.ADDED && change.singleEntry() && !conflicts.contains(id)) {
            // arrived after the base and not written since, and the device holds it: a reconcile page (or the
            // device's own Add) gave it exactly this state, so a Change would only repeat it
            return;
        } else if (inWindow) {
            // a conflicted item gets its whole server version, not just its flags
            boolean whole = change.kind() != ChangeKind.FLAGS_CHANGED || conflicts.contains(id);
            current.ifPresent(item -> commands.add(whole ? rendererFor(id).change(item) : renderer.flagChange(item)));
            sent.add(id);
        } else if (held) {
            commands.add(renderer.softDelete(id));
            items.remove(id);
        }
    }

    /** The renderer for an item: without its body when only its conversation brought it into the window. */
    private ItemRenderer rendererFor(long id) {
        if (dateFilter == null) {
            return renderer;
        }
        if (dated == null) {
            dated = new HashSet<>(tx.items().ids(folder.id(), dateFilter));
        }
        return dated.contains(id) ? renderer : bodiless;
    }

    /** The ids in the filter window, read once per response. */
    private Set<Long> window() {
        if (window == null) {
            window = new HashSet<>(tx.items().ids(folder.id(), filter));
        }
        return window;
    }
}
