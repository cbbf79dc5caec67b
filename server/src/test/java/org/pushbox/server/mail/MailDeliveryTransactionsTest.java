package org.pushbox.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.pushbox.server.mail.MailDelivery.Outcome;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.CommitEvent;
import org.pushbox.storage.api.FolderModseq;
import org.pushbox.storage.api.FolderType;
import org.pushbox.storage.api.ItemStore;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.Transaction;
import org.pushbox.storage.api.TransactionWork;

/** How a message for several accounts is committed: together, or each alone when together fails. */
class MailDeliveryTransactionsTest extends TwoAccountStore {

    private Path message(String id) throws Exception {
        return Files.writeString(dir.resolve(id + ".eml"), "From: s@example.net\r\nTo: anna@example.org, bob@example.org\r\n"
                + "Message-ID: <" + id + "@example.net>\r\nSubject: " + id + "\r\n\r\nbody\r\n", StandardCharsets.US_ASCII);
    }

    private long inbox(Account account) {
        return store.folders().findByType(account.id(), FolderType.INBOX).orElseThrow().id();
    }

    @Test
    void allRecipientsAreCommittedTogether() throws Exception {
        List<CommitEvent> events = new CopyOnWriteArrayList<>();
        store.addCommitListener(events::add);
        Map<Long, Outcome> outcomes = new MailDelivery(store, Clock.systemUTC()).deliver(message("together"),
                List.of(anna, bob, anna));
        assertThat(outcomes).containsExactly(Map.entry(anna.id(), Outcome.DELIVERED), Map.entry(bob.id(), Outcome.DELIVERED));
        List<CommitEvent> deliveries = events.stream().filter(e -> !e.folders().isEmpty()).toList();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).folders()).extracting(FolderModseq::folderId)
                .containsExactlyInAnyOrder(inbox(anna), inbox(bob));
    }

    @Test
    void whenOneAccountFailsTheOthersStillGetTheMessage() throws Exception {
        MailboxStore failingForBob = failingAdds(store, inbox(bob));
        Map<Long, Outcome> outcomes = new MailDelivery(failingForBob, Clock.systemUTC()).deliver(message("apart"),
                List.of(anna, bob));
        assertThat(outcomes).containsExactly(Map.entry(anna.id(), Outcome.DELIVERED), Map.entry(bob.id(), Outcome.FAILED));
        assertThat(store.items().count(inbox(anna))).isEqualTo(1);
        assertThat(store.items().count(inbox(bob))).isZero();
        // the MTA retries for bob alone: anna's copy is not duplicated, bob's arrives
        Map<Long, Outcome> retry = new MailDelivery(store, Clock.systemUTC()).deliver(message("apart"), List.of(anna, bob));
        assertThat(retry).containsExactly(Map.entry(anna.id(), Outcome.ALREADY_DELIVERED), Map.entry(bob.id(), Outcome.DELIVERED));
        assertThat(store.items().count(inbox(anna))).isEqualTo(1);
        assertThat(store.items().count(inbox(bob))).isEqualTo(1);
    }

    /** The real store, except that adding an item to {@code folder} fails as a broken disk or table would. */
    private static MailboxStore failingAdds(MailboxStore real, long folder) {
        return (MailboxStore) Proxy.newProxyInstance(MailboxStore.class.getClassLoader(), new Class<?>[] {MailboxStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("transaction")) {
                        TransactionWork<?> work = (TransactionWork<?>) args[0];
                        return real.transaction(tx -> work.run(failingTx(tx, folder)));
                    }
                    return call(method, real, args);
                });
    }

    private static Transaction failingTx(Transaction tx, long folder) {
        return (Transaction) Proxy.newProxyInstance(Transaction.class.getClassLoader(), new Class<?>[] {Transaction.class},
                (proxy, method, args) -> method.getName().equals("items") ? failingItems(tx.items(), folder)
                        : call(method, tx, args));
    }

    private static ItemStore failingItems(ItemStore items, long folder) {
        return (ItemStore) Proxy.newProxyInstance(ItemStore.class.getClassLoader(), new Class<?>[] {ItemStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("add") && args.length == 2 && args[0].equals(folder)) {
                        throw new StoreException("disk full (test)");
                    }
                    return call(method, items, args);
                });
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
