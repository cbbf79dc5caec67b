package org.pushbox.protocol.command.settings;

import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;

/** Settings code page (18) tags, shared with Provision for {@code DeviceInformation}. */
final class SettingsTags {

    static final String PAGE = "Settings";
    static final Tag SETTINGS = tag("Settings");
    static final Tag STATUS = tag("Status");
    static final Tag GET = tag("Get");
    static final Tag SET = tag("Set");
    static final Tag OOF = tag("Oof");
    static final Tag OOF_STATE = tag("OofState");
    static final Tag START_TIME = tag("StartTime");
    static final Tag END_TIME = tag("EndTime");
    static final Tag OOF_MESSAGE = tag("OofMessage");
    static final Tag APPLIES_TO_INTERNAL = tag("AppliesToInternal");
    static final Tag APPLIES_TO_EXTERNAL_KNOWN = tag("AppliesToExternalKnown");
    static final Tag APPLIES_TO_EXTERNAL_UNKNOWN = tag("AppliesToExternalUnknown");
    static final Tag ENABLED = tag("Enabled");
    static final Tag REPLY_MESSAGE = tag("ReplyMessage");
    static final Tag BODY_TYPE = tag("BodyType");
    static final Tag DEVICE_PASSWORD = tag("DevicePassword");
    static final Tag PASSWORD = tag("Password");
    static final Tag DEVICE_INFORMATION = tag("DeviceInformation");
    static final Tag MODEL = tag("Model");
    static final Tag IMEI = tag("IMEI");
    static final Tag FRIENDLY_NAME = tag("FriendlyName");
    static final Tag OS = tag("OS");
    static final Tag OS_LANGUAGE = tag("OSLanguage");
    static final Tag PHONE_NUMBER = tag("PhoneNumber");
    static final Tag USER_INFORMATION = tag("UserInformation");
    static final Tag EMAIL_ADDRESSES = tag("EmailAddresses");
    static final Tag SMTP_ADDRESS = tag("SMTPAddress");
    static final Tag USER_AGENT = tag("UserAgent");
    static final Tag ENABLE_OUTBOUND_SMS = tag("EnableOutboundSMS");
    static final Tag MOBILE_OPERATOR = tag("MobileOperator");
    static final Tag PRIMARY_SMTP_ADDRESS = tag("PrimarySmtpAddress");
    static final Tag ACCOUNTS = tag("Accounts");
    static final Tag ACCOUNT = tag("Account");
    static final Tag ACCOUNT_ID = tag("AccountId");
    static final Tag ACCOUNT_NAME = tag("AccountName");
    static final Tag USER_DISPLAY_NAME = tag("UserDisplayName");
    static final Tag SEND_DISABLED = tag("SendDisabled");
    static final Tag RIGHTS_MANAGEMENT_INFORMATION = tag("RightsManagementInformation");
    static final Tag RM_TEMPLATES = CodePages.require("RightsManagement", "RightsManagementTemplates");
    static final Tag RM_TEMPLATE = CodePages.require("RightsManagement", "RightsManagementTemplate");
    static final Tag RM_TEMPLATE_ID = CodePages.require("RightsManagement", "TemplateID");
    static final Tag RM_TEMPLATE_NAME = CodePages.require("RightsManagement", "TemplateName");
    static final Tag RM_TEMPLATE_DESCRIPTION = CodePages.require("RightsManagement", "TemplateDescription");

    private SettingsTags() {
    }

    private static Tag tag(String name) {
        return CodePages.require(PAGE, name);
    }
}
