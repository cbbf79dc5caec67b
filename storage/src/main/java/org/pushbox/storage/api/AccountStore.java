package org.pushbox.storage.api;

import java.util.List;
import java.util.Optional;

/** Accounts, their addresses, passwords and policies. Logins and addresses match case-insensitively. */
public interface AccountStore {

    /** Creates the account and its default folders; throws {@link ConflictException} for a taken login or address. */
    Account create(NewAccount account);

    @ReadOnly
    Optional<Account> get(long accountId);

    /** Looks the account up by login, normalised as {@link Logins#normalise(String)}. */
    @ReadOnly
    Optional<Account> findByLogin(String login);

    /** Looks the account up by any of its addresses (primary or alias). */
    @ReadOnly
    Optional<Account> findByAddress(String address);

    @ReadOnly
    List<Account> list();

    void setPassword(long accountId, String password);

    void setEnabled(long accountId, boolean enabled);

    void setDisplayName(long accountId, String displayName);

    void setPolicy(long accountId, PropertyMap policy);

    /** The account's out-of-office settings, empty until they are first set. */
    Optional<OutOfOffice> outOfOffice(long accountId);

    /** Replaces the account's out-of-office settings; throws {@link NotFoundException} for an unknown account. */
    void setOutOfOffice(long accountId, OutOfOffice settings);

    /** Adds an alias; throws {@link ConflictException} when another account (or this one) has it. */
    void addAddress(long accountId, String address);

    void removeAddress(long accountId, String address);

    /** Deletes the account with its folders, items, devices and sync states; blobs are left to the collector. */
    void delete(long accountId);
}
