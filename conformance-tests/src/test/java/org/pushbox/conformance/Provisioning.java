package org.pushbox.conformance;

import org.pushbox.conformance.client.DeviceIdentity;
import org.pushbox.conformance.client.EasCall;
import org.pushbox.conformance.client.EasResponse;
import org.pushbox.conformance.client.EasTestClient;
import org.pushbox.conformance.client.ServerTarget;
import org.pushbox.protocol.codepage.CodePages;
import org.pushbox.protocol.codepage.Tag;
import org.pushbox.protocol.request.ProtocolVersion;

/** A client that has gone through both Provision phases and sends the final policy key from then on. */
final class Provisioning {

    private static final Tag POLICIES = CodePages.require("Provision", "Policies");
    private static final Tag POLICY = CodePages.require("Provision", "Policy");
    private static final Tag KEY = CodePages.require("Provision", "PolicyKey");
    private static final String PHASE_1_BEFORE_14_1 = "<Provision xmlns=\"Provision\"><Policies><Policy>"
            + "<PolicyType>MS-EAS-Provisioning-WBXML</PolicyType></Policy></Policies></Provision>";

    private Provisioning() {
    }

    static EasTestClient provisioned(ServerTarget target, DeviceIdentity device) {
        EasTestClient client = target.client(device);
        boolean deviceInformation = device.version().compareTo(ProtocolVersion.V14_1) >= 0;
        EasResponse first = client.send(EasCall.post("Provision").xml(deviceInformation
                ? ClientAndRunnerIT.PROVISION_PHASE_1 : PHASE_1_BEFORE_14_1));
        String temporary = first.tree().child(POLICIES).child(POLICY).child(KEY).text();
        client.policyKey(Long.parseLong(temporary));
        EasResponse second = client.send(EasCall.post("Provision").xml("<Provision xmlns=\"Provision\"><Policies><Policy>"
                + "<PolicyType>MS-EAS-Provisioning-WBXML</PolicyType><PolicyKey>" + temporary + "</PolicyKey>"
                + "<Status>1</Status></Policy></Policies></Provision>"));
        client.policyKey(Long.parseLong(second.tree().child(POLICIES).child(POLICY).child(KEY).text()));
        return client;
    }
}
