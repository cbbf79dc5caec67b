package org.pushbox.protocol.command.settings;

import static org.pushbox.protocol.command.settings.SettingsTags.*;

import java.util.ArrayList;
import java.util.List;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.command.CommandException;
import org.pushbox.protocol.command.EasStatus;
import org.pushbox.protocol.command.ElementBuilder;
import org.pushbox.protocol.command.ElementReader;
import org.pushbox.protocol.command.settings.SettingsRequest.DeviceInformationSet;
import org.pushbox.protocol.command.settings.SettingsRequest.DevicePasswordSet;
import org.pushbox.protocol.command.settings.SettingsRequest.OofGet;
import org.pushbox.protocol.command.settings.SettingsRequest.OofSet;
import org.pushbox.protocol.command.settings.SettingsRequest.Operation;
import org.pushbox.protocol.command.settings.SettingsRequest.RightsManagementInformationGet;
import org.pushbox.protocol.command.settings.SettingsRequest.UserInformationGet;
import org.pushbox.protocol.command.settings.SettingsResponse.DeviceInformationResult;
import org.pushbox.protocol.command.settings.SettingsResponse.DevicePasswordResult;
import org.pushbox.protocol.command.settings.SettingsResponse.OofResult;
import org.pushbox.protocol.command.settings.SettingsResponse.Result;
import org.pushbox.protocol.command.settings.SettingsResponse.RightsManagementInformationResult;
import org.pushbox.protocol.command.settings.SettingsResponse.UserInformationResult;
import org.pushbox.protocol.request.ProtocolVersion;
import org.pushbox.protocol.wbxml.WbxmlElement;

/** Settings ([MS-ASCMD] 2.2.1.18). */
public final class SettingsCodec {

    /** [MS-ASCMD] 2.2.3.131: a recovery password is at most 256 characters (Status 5 otherwise). */
    static final int MAX_PASSWORD = 256;

    private static final SettingsStatus BAD = SettingsStatus.PROTOCOL_ERROR;
    private static final Tag[] PROPERTIES = {OOF, DEVICE_INFORMATION, USER_INFORMATION, DEVICE_PASSWORD,
        RIGHTS_MANAGEMENT_INFORMATION};
    private static final Tag[] AUDIENCES = {APPLIES_TO_INTERNAL, APPLIES_TO_EXTERNAL_KNOWN, APPLIES_TO_EXTERNAL_UNKNOWN};
    private static final Tag[] OOF_CHILDREN = {OOF_STATE, START_TIME, END_TIME, OOF_MESSAGE};
    private static final Tag[] MESSAGE_CHILDREN = {APPLIES_TO_INTERNAL, APPLIES_TO_EXTERNAL_KNOWN,
        APPLIES_TO_EXTERNAL_UNKNOWN, ENABLED, REPLY_MESSAGE, BODY_TYPE};

    private SettingsCodec() {
    }

    /**
     * Reads a request. Structural faults give Status 2; an unknown BodyType or an over-long
     * password gives Status 5.
     */
    public static SettingsRequest decodeRequest(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SETTINGS, BAD, PROPERTIES);
        List<Operation> operations = new ArrayList<>();
        for (WbxmlElement property : r.element().children()) {
            Tag tag = property.tag();
            if (tag.equals(OOF)) {
                operations.add(oof(ElementReader.of(property, BAD, GET, SET)));
            } else if (tag.equals(DEVICE_INFORMATION)) {
                operations.add(new DeviceInformationSet(DeviceInformationCodec.decodeSet(property, BAD)));
            } else if (tag.equals(USER_INFORMATION)) {
                emptyGet(property);
                operations.add(new UserInformationGet());
            } else if (tag.equals(DEVICE_PASSWORD)) {
                String password = ElementReader.of(property, BAD, SET).requiredContainer(SET, PASSWORD)
                        .requiredText(PASSWORD);
                if (password.length() > MAX_PASSWORD) {
                    throw new CommandException(SettingsStatus.INVALID_ARGUMENTS, "recovery password longer than "
                            + MAX_PASSWORD + " characters");
                }
                operations.add(new DevicePasswordSet(password));
            } else if (tag.equals(RIGHTS_MANAGEMENT_INFORMATION)) {
                emptyGet(property);
                operations.add(new RightsManagementInformationGet());
            }
            // Legacy tokens were let through by the reader and are skipped here.
        }
        if (operations.isEmpty()) {
            throw r.fault("no property to get or set");
        }
        return new SettingsRequest(operations);
    }

    private static void emptyGet(WbxmlElement property) throws CommandException {
        ElementReader.of(property, BAD, GET).requiredContainer(GET);
    }

    private static Operation oof(ElementReader oof) throws CommandException {
        ElementReader get = oof.optionalContainer(GET, BODY_TYPE);
        ElementReader set = oof.optionalContainer(SET, OOF_CHILDREN);
        if ((get == null) == (set == null)) {
            throw oof.fault("must hold exactly one of Get and Set");
        }
        if (get != null) {
            return new OofGet(bodyType(get, true));
        }
        OofSettings settings = oofSettings(set);
        if (settings.state() == OofState.TIME_BASED && (settings.startTime() == null) != (settings.endTime() == null)) {
            throw set.fault("time-based OofState needs both StartTime and EndTime");
        }
        return new OofSet(settings);
    }

    private static OofSettings oofSettings(ElementReader r) throws CommandException {
        Integer state = r.integer(OOF_STATE, 0, 2);
        List<OofMessage> messages = new ArrayList<>();
        for (ElementReader m : r.containers(OOF_MESSAGE, MESSAGE_CHILDREN)) {
            messages.add(oofMessage(m));
        }
        return new OofSettings(state == null ? null : OofState.fromCode(state), r.dateTime(START_TIME),
                r.dateTime(END_TIME), messages);
    }

    private static OofMessage oofMessage(ElementReader m) throws CommandException {
        OofMessage.Audience audience = null;
        for (int i = 0; i < AUDIENCES.length; i++) {
            if (m.flag(AUDIENCES[i])) {
                if (audience != null) {
                    throw m.fault("more than one AppliesTo element");
                }
                audience = OofMessage.Audience.values()[i];
            }
        }
        if (audience == null) {
            throw m.fault("no AppliesTo element");
        }
        String reply = m.text(REPLY_MESSAGE);
        BodyType bodyType = bodyType(m, reply != null);
        return new OofMessage(audience, m.bool(ENABLED), reply, bodyType);
    }

    private static BodyType bodyType(ElementReader r, boolean required) throws CommandException {
        String text = required ? r.requiredText(BODY_TYPE) : r.text(BODY_TYPE);
        if (text == null) {
            return null;
        }
        BodyType type = BodyType.fromWire(text);
        if (type == null) {
            throw new CommandException(SettingsStatus.INVALID_ARGUMENTS, "unknown BodyType '" + text + "'");
        }
        return type;
    }

    /** Writes a response: the top-level status, then each result in request order. */
    public static WbxmlElement encodeResponse(SettingsResponse response, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(SETTINGS, version).status(STATUS, response.status());
        for (Result result : response.results()) {
            b.add(result(result, version));
        }
        return b.build();
    }

    private static WbxmlElement result(Result result, ProtocolVersion version) {
        if (result instanceof DeviceInformationResult) {
            return DeviceInformationCodec.encodeStatus(result.status(), version);
        }
        Tag tag = result instanceof OofResult ? OOF
                : result instanceof UserInformationResult ? USER_INFORMATION
                : result instanceof DevicePasswordResult ? DEVICE_PASSWORD
                : RIGHTS_MANAGEMENT_INFORMATION;
        ElementBuilder b = ElementBuilder.of(tag, version).status(STATUS, result.status());
        if (result instanceof OofResult oof && oof.get() != null) {
            b.add(oofSettings(GET, oof.get(), version));
        } else if (result instanceof UserInformationResult user && user.get() != null) {
            b.child(GET, get -> userInformation(get, user.get()));
        } else if (result instanceof RightsManagementInformationResult rm && rm.templates() != null) {
            b.child(GET, get -> get.child(RM_TEMPLATES, list -> rm.templates().forEach(t ->
                    list.child(RM_TEMPLATE, e -> e.text(RM_TEMPLATE_ID, t.templateId())
                            .text(RM_TEMPLATE_NAME, t.templateName())
                            .text(RM_TEMPLATE_DESCRIPTION, t.templateDescription())))));
        }
        return b.build();
    }

    private static void userInformation(ElementBuilder get, UserInformation info) {
        if (get.knows(ACCOUNTS)) {
            get.child(ACCOUNTS, accounts -> info.accounts().forEach(a -> accounts.child(ACCOUNT, acc -> acc
                    .text(ACCOUNT_ID, a.accountId())
                    .text(ACCOUNT_NAME, a.accountName())
                    .text(USER_DISPLAY_NAME, a.userDisplayName())
                    .bool(SEND_DISABLED, a.sendDisabled())
                    .child(EMAIL_ADDRESSES, e -> addresses(e, a)))));
        } else if (!info.accounts().isEmpty()) {
            // Before 14.1 there is one account and only its addresses.
            get.child(EMAIL_ADDRESSES, e -> addresses(e, info.accounts().get(0)));
        }
    }

    private static void addresses(ElementBuilder e, UserInformation.Account a) {
        e.texts(SMTP_ADDRESS, a.smtpAddresses()).text(PRIMARY_SMTP_ADDRESS, a.primarySmtpAddress());
    }

    private static WbxmlElement oofSettings(Tag tag, OofSettings s, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(tag, version)
                .integer(OOF_STATE, s.state() == null ? null : s.state().code())
                .dateTime(START_TIME, s.startTime())
                .dateTime(END_TIME, s.endTime());
        for (OofMessage m : s.messages()) {
            b.child(OOF_MESSAGE, e -> e.empty(AUDIENCES[m.audience().ordinal()], true)
                    .bool(ENABLED, m.enabled())
                    .text(REPLY_MESSAGE, m.replyMessage())
                    .text(BODY_TYPE, m.bodyType() == null ? null : m.bodyType().wire()));
        }
        return b.build();
    }

    /** Client side: writes a request with its operations in order. */
    public static WbxmlElement encodeRequest(SettingsRequest request, ProtocolVersion version) {
        ElementBuilder b = ElementBuilder.of(SETTINGS, version);
        for (Operation op : request.operations()) {
            if (op instanceof OofGet get) {
                b.child(OOF, oof -> oof.child(GET, g -> g.text(BODY_TYPE,
                        get.bodyType() == null ? null : get.bodyType().wire())));
            } else if (op instanceof OofSet set) {
                b.child(OOF, oof -> oof.add(oofSettings(SET, set.settings(), version)));
            } else if (op instanceof DeviceInformationSet info) {
                b.add(DeviceInformationCodec.encodeSet(info.deviceInformation(), version));
            } else if (op instanceof UserInformationGet) {
                b.child(USER_INFORMATION, u -> u.empty(GET, true));
            } else if (op instanceof DevicePasswordSet pw) {
                b.child(DEVICE_PASSWORD, d -> d.child(SET, s -> s.text(PASSWORD, pw.password())));
            } else if (op instanceof RightsManagementInformationGet) {
                b.child(RIGHTS_MANAGEMENT_INFORMATION, rm -> rm.empty(GET, true));
            }
        }
        return b.build();
    }

    /** Client side: reads a response (both UserInformation forms); faults carry Status 2. */
    public static SettingsResponse decodeResponse(WbxmlElement root, ProtocolVersion version) throws CommandException {
        ElementReader r = ElementReader.root(root, SETTINGS, BAD, STATUS, OOF, DEVICE_INFORMATION, USER_INFORMATION,
                DEVICE_PASSWORD, RIGHTS_MANAGEMENT_INFORMATION);
        EasStatus status = r.requiredStatus(STATUS, SettingsStatus.values());
        List<Result> results = new ArrayList<>();
        for (WbxmlElement property : r.element().children()) {
            Tag tag = property.tag();
            if (tag.equals(STATUS) || tag.legacy()) {
                continue;
            }
            ElementReader p = ElementReader.of(property, BAD, STATUS, GET);
            EasStatus propertyStatus = p.requiredStatus(STATUS, SettingsStatus.values());
            WbxmlElement get = p.optional(GET);
            if (tag.equals(OOF)) {
                results.add(new OofResult(propertyStatus, get == null ? null
                        : oofSettings(ElementReader.of(get, BAD, OOF_CHILDREN))));
            } else if (tag.equals(DEVICE_INFORMATION)) {
                results.add(new DeviceInformationResult(propertyStatus));
            } else if (tag.equals(USER_INFORMATION)) {
                results.add(new UserInformationResult(propertyStatus, get == null ? null : userInformation(get)));
            } else if (tag.equals(DEVICE_PASSWORD)) {
                results.add(new DevicePasswordResult(propertyStatus));
            } else {
                results.add(new RightsManagementInformationResult(propertyStatus, get == null ? null : templates(get)));
            }
        }
        return new SettingsResponse(status, results);
    }

    private static UserInformation userInformation(WbxmlElement get) throws CommandException {
        ElementReader g = ElementReader.of(get, BAD, EMAIL_ADDRESSES, ACCOUNTS);
        ElementReader accounts = g.optionalContainer(ACCOUNTS, ACCOUNT);
        List<UserInformation.Account> list = new ArrayList<>();
        if (accounts != null) {
            for (ElementReader a : accounts.containers(ACCOUNT, ACCOUNT_ID, ACCOUNT_NAME, USER_DISPLAY_NAME,
                    SEND_DISABLED, EMAIL_ADDRESSES)) {
                ElementReader e = a.requiredContainer(EMAIL_ADDRESSES, SMTP_ADDRESS, PRIMARY_SMTP_ADDRESS);
                list.add(new UserInformation.Account(a.text(ACCOUNT_ID), a.text(ACCOUNT_NAME),
                        a.text(USER_DISPLAY_NAME), a.bool(SEND_DISABLED), e.texts(SMTP_ADDRESS),
                        e.text(PRIMARY_SMTP_ADDRESS)));
            }
            return new UserInformation(list);
        }
        ElementReader e = g.requiredContainer(EMAIL_ADDRESSES, SMTP_ADDRESS, PRIMARY_SMTP_ADDRESS);
        return UserInformation.of(e.texts(SMTP_ADDRESS), e.text(PRIMARY_SMTP_ADDRESS));
    }

    private static List<RightsManagementTemplate> templates(WbxmlElement get) throws CommandException {
        List<RightsManagementTemplate> list = new ArrayList<>();
        ElementReader templates = ElementReader.of(get, BAD, RM_TEMPLATES).optionalContainer(RM_TEMPLATES, RM_TEMPLATE);
        if (templates != null) {
            for (ElementReader t : templates.containers(RM_TEMPLATE, RM_TEMPLATE_ID, RM_TEMPLATE_NAME,
                    RM_TEMPLATE_DESCRIPTION)) {
                list.add(new RightsManagementTemplate(t.text(RM_TEMPLATE_ID), t.text(RM_TEMPLATE_NAME),
                        t.text(RM_TEMPLATE_DESCRIPTION)));
            }
        }
        return list;
    }
}
