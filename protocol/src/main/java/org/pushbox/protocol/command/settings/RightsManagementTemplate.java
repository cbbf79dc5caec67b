package org.pushbox.protocol.command.settings;

/** One rights-management template ([MS-ASRM] 2.2.2.x, RightsManagement page 24). */
public record RightsManagementTemplate(String templateId, String templateName, String templateDescription) {
}
