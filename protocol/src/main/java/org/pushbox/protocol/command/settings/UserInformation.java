package org.pushbox.protocol.command.settings;

import java.util.List;

/**
 * The answer to {@code UserInformation/Get}: the user's accounts. 12.1 and 14.0 know one account
 * and send only its {@code EmailAddresses}; 14.1+ send {@code Accounts/Account} with every field.
 */
public record UserInformation(List<Account> accounts) {

    public UserInformation {
        accounts = List.copyOf(accounts);
    }

    /**
     * One account. Fields other than the addresses are 14.1+ and may be {@code null}.
     *
     * @param primarySmtpAddress 14.1+, {@code null} when not sent
     */
    public record Account(String accountId, String accountName, String userDisplayName, Boolean sendDisabled,
            List<String> smtpAddresses, String primarySmtpAddress) {

        public Account {
            smtpAddresses = List.copyOf(smtpAddresses);
        }
    }

    /** The single-account form: addresses and primary address only. */
    public static UserInformation of(List<String> smtpAddresses, String primarySmtpAddress) {
        return new UserInformation(List.of(new Account(null, null, null, null, smtpAddresses, primarySmtpAddress)));
    }
}
