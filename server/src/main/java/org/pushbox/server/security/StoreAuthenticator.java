package org.pushbox.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.MailboxStore;

/**
 * Authenticates against the mailbox store, resolving <code>DOMAIN&#92;user</code> and e-mail addresses to the
 * account's login first.
 *
 * <p>EAS clients send Basic credentials on every request and a Ping loop makes one a minute per device;
 * an Argon2id check each time would cost tens of milliseconds and 64 MiB of memory. So a verified
 * credential is remembered for a short time, keyed by an HMAC of user and password under a key that
 * exists only in this process (a heap dump does not reveal passwords). A remembered credential is still
 * re-checked against the account's enabled flag on every request, so disabling takes effect at once; a
 * password change takes effect when the entry expires.
 *
 * <p>Hashing runs under a semaphore: a burst of wrong passwords cannot make the server allocate the
 * Argon2 memory for every worker thread at once.
 */
public final class StoreAuthenticator implements Authenticator {

    /** Upper bound on remembered credentials; reaching it drops expired entries, then everything. */
    static final int MAX_CACHED = 10_000;
    /** How long a request waits for a hashing slot before the server answers 503. */
    static final Duration HASH_WAIT = Duration.ofSeconds(10);

    private final MailboxStore store;
    private final Duration cacheTtl;
    private final Semaphore hashingSlots;
    private final Clock clock;
    private final byte[] cacheKey = new byte[32];
    private final Map<String, Remembered> cache = new ConcurrentHashMap<>();

    private record Remembered(long accountId, Instant expires) {
    }

    public StoreAuthenticator(MailboxStore store, Duration cacheTtl, int concurrentHashes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        this.hashingSlots = new Semaphore(concurrentHashes, true);
        this.clock = Objects.requireNonNull(clock, "clock");
        new SecureRandom().nextBytes(cacheKey);
    }

    @Override
    public Optional<Account> authenticate(String user, String password) {
        String fingerprint = fingerprint(user, password);
        Optional<Account> remembered = remembered(fingerprint);
        if (remembered.isPresent()) {
            return remembered;
        }
        String login = resolveLogin(user);
        Optional<Account> account = checkPassword(login, password);
        account.ifPresent(a -> remember(fingerprint, a));
        return account;
    }

    /** Forgets every remembered credential, e.g. after an administrator changed passwords. */
    public void forgetAll() {
        cache.clear();
    }

    private String resolveLogin(String user) {
        for (String candidate : LoginForms.candidates(user)) {
            Optional<Account> byLogin = store.accounts().findByLogin(candidate);
            if (byLogin.isPresent()) {
                return byLogin.get().login();
            }
            if (candidate.indexOf('@') > 0) {
                Optional<Account> byAddress = store.accounts().findByAddress(candidate);
                if (byAddress.isPresent()) {
                    return byAddress.get().login();
                }
            }
        }
        // Unknown: still let the store hash, so that a wrong user costs as much as a wrong password.
        return user.strip();
    }

    private Optional<Account> checkPassword(String login, String password) {
        try {
            if (!hashingSlots.tryAcquire(HASH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AuthenticationOverloadedException("no password hashing slot free within " + HASH_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationOverloadedException("interrupted while waiting for a password hashing slot");
        }
        try {
            return login.isEmpty() ? Optional.empty() : store.authenticate(login, password);
        } finally {
            hashingSlots.release();
        }
    }

    private Optional<Account> remembered(String fingerprint) {
        if (cacheTtl.isZero()) {
            return Optional.empty();
        }
        Remembered entry = cache.get(fingerprint);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(clock.instant())) {
            cache.remove(fingerprint, entry);
            return Optional.empty();
        }
        Optional<Account> account = store.accounts().get(entry.accountId()).filter(Account::enabled);
        if (account.isEmpty()) {
            cache.remove(fingerprint, entry);
        }
        return account;
    }

    private void remember(String fingerprint, Account account) {
        if (cacheTtl.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (cache.size() >= MAX_CACHED) {
            cache.values().removeIf(e -> !e.expires().isAfter(now));
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
        }
        cache.put(fingerprint, new Remembered(account.id(), now.plus(cacheTtl)));
    }

    private String fingerprint(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
