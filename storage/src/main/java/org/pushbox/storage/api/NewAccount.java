package org.pushbox.storage.api;

import java.util.List;

/** What an administrator supplies to create an account; the first address is the primary one. */
public record NewAccount(String login, String password, String displayName, List<String> addresses,
        PropertyMap policy) {

    public NewAccount {
        addresses = List.copyOf(addresses);
        policy = policy == null ? PropertyMap.EMPTY : policy;
    }

    public static NewAccount of(String login, String password, String displayName, String... addresses) {
        return new NewAccount(login, password, displayName, List.of(addresses), PropertyMap.EMPTY);
    }
}
