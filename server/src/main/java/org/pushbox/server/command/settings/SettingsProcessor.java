package org.pushbox.server.command.settings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.settings.OofSettings;
import org.pushbox.protocol.command.settings.SettingsCodec;
import org.pushbox.protocol.command.settings.SettingsRequest;
import org.pushbox.protocol.command.settings.SettingsRequest.DeviceInformationSet;
import org.pushbox.protocol.command.settings.SettingsRequest.DevicePasswordSet;
import org.pushbox.protocol.command.settings.SettingsRequest.OofGet;
import org.pushbox.protocol.command.settings.SettingsRequest.OofSet;
import org.pushbox.protocol.command.settings.SettingsRequest.Operation;
import org.pushbox.protocol.command.settings.SettingsRequest.RightsManagementInformationGet;
import org.pushbox.protocol.command.settings.SettingsRequest.UserInformationGet;
import org.pushbox.protocol.command.settings.SettingsResponse;
import org.pushbox.protocol.command.settings.SettingsResponse.DeviceInformationResult;
import org.pushbox.protocol.command.settings.SettingsResponse.DevicePasswordResult;
import org.pushbox.protocol.command.settings.SettingsResponse.OofResult;
import org.pushbox.protocol.command.settings.SettingsResponse.Result;
import org.pushbox.protocol.command.settings.SettingsResponse.RightsManagementInformationResult;
import org.pushbox.protocol.command.settings.SettingsResponse.UserInformationResult;
import org.pushbox.protocol.command.settings.SettingsStatus;
import org.pushbox.protocol.command.settings.UserInformation;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.server.config.PolicySettings;
import org.pushbox.server.http.CommandContext;
import org.pushbox.server.http.CommandProcessor;
import org.pushbox.server.http.CommandResponse;
import org.pushbox.server.http.RequestBody;
import org.pushbox.server.security.DeviceKeys;
import org.pushbox.server.security.DevicePolicy;
import org.pushbox.storage.api.Account;
import org.pushbox.storage.api.Device;
import org.pushbox.storage.api.DeviceInfo;
import org.pushbox.storage.api.MailboxStore;
import org.pushbox.storage.api.OutOfOffice;
import org.pushbox.storage.api.PropertyMap;
import org.pushbox.storage.api.StoreException;
import org.pushbox.storage.api.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings: every operation answered in request order with its own status, all in one transaction.
 * Out-of-office settings are kept per account ({@link OutOfOfficeSettings}).
 */
public final class SettingsProcessor implements CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsProcessor.class);

    private final MailboxStore store;
    private final PolicySettings policy;

    public SettingsProcessor(MailboxStore store, PolicySettings policy) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public CompletionStage<CommandResponse> process(CommandContext context) {
        ProtocolVersion version = context.request().protocolVersion();
        return CompletableFuture.completedFuture(CommandResponse.wbxml(SettingsCodec.encodeResponse(
                answer(context, version), version)));
    }

    private SettingsResponse answer(CommandContext context, ProtocolVersion version) {
        if (!(context.body() instanceof RequestBody.Wbxml body)) {
            return SettingsResponse.failure(SettingsStatus.PROTOCOL_ERROR);
        }
        SettingsRequest request;
        try {
            request = SettingsCodec.decodeRequest(body.root(), version);
        } catch (CommandException e) {
            return SettingsResponse.failure(e.status());
        }
        try {
            return store.transaction(tx -> {
                List<Result> results = new ArrayList<>();
                for (Operation operation : request.operations()) {
                    results.add(apply(tx, context, version, operation));
                }
                return new SettingsResponse(SettingsStatus.SUCCESS, results);
            });
        } catch (StoreException e) {
            LOG.warn("Settings failed for device {}: {}", context.request().deviceId(), e.toString());
            return SettingsResponse.failure(SettingsStatus.SERVER_UNAVAILABLE);
        }
    }

    private Result apply(Transaction tx, CommandContext context, ProtocolVersion version, Operation operation) {
        Account account = context.account();
        Device device = context.device();
        if (operation instanceof DeviceInformationSet set) {
            DeviceDetails.save(tx, device, set.deviceInformation());
            return new DeviceInformationResult(SettingsStatus.SUCCESS);
        }
        if (operation instanceof UserInformationGet) {
            return new UserInformationResult(SettingsStatus.SUCCESS, userInformation(account, version));
        }
        if (operation instanceof DevicePasswordSet) {
            return devicePassword(tx, account, device);
        }
        if (operation instanceof RightsManagementInformationGet) {
            return new RightsManagementInformationResult(SettingsStatus.SUCCESS, List.of());
        }
        if (operation instanceof OofGet get) {
            OutOfOffice stored = tx.accounts().outOfOffice(account.id()).orElse(OutOfOffice.NONE);
            return new OofResult(SettingsStatus.SUCCESS, OutOfOfficeSettings.get(stored, get.bodyType()));
        }
        return outOfOffice(tx, account, ((OofSet) operation).settings());
    }

    private static Result outOfOffice(Transaction tx, Account account, OofSettings settings) {
        OutOfOffice current = tx.accounts().outOfOffice(account.id()).orElse(OutOfOffice.NONE);
        try {
            tx.accounts().setOutOfOffice(account.id(), OutOfOfficeSettings.set(current, settings));
            return new OofResult(SettingsStatus.SUCCESS, null);
        } catch (OutOfOfficeSettings.Refused e) {
            LOG.debug("Oof Set refused for account {}: {}", account.id(), e.getMessage());
            return new OofResult(e.status(), null);
        }
    }

    /** All addresses, primary first; from 14.1 the Accounts form with the display name and primary address. */
    private static UserInformation userInformation(Account account, ProtocolVersion version) {
        if (!version.atLeast(ProtocolVersion.V14_1)) {
            return UserInformation.of(account.addresses(), null);
        }
        return new UserInformation(List.of(new UserInformation.Account(null, account.primaryAddress(),
                account.displayName(), null, account.addresses(), account.primaryAddress())));
    }

    /** The recovery password itself is not kept (nothing here could give it back safely); only that it was set. */
    private Result devicePassword(Transaction tx, Account account, Device device) {
        if (!DevicePolicy.of(policy, account).document().passwordRecoveryEnabled()) {
            return new DevicePasswordResult(SettingsStatus.DENIED_BY_POLICY);
        }
        tx.devices().register(account.id(), device.deviceId(), new DeviceInfo(null, null, null, null,
                PropertyMap.builder().time(DeviceKeys.RECOVERY_PASSWORD_SET, Instant.now()).build()));
        return new DevicePasswordResult(SettingsStatus.SUCCESS);
    }
}
