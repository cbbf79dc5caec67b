package org.pushbox.protocol.request;

import java.util.EnumMap;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What one query form yielded, before the checks both forms share (DeviceId, DeviceType, version,
 * command availability). Mutable, confined to one parse.
 */
final class QueryFields {
    final QueryForm form;
    /** Plain form: the raw {@code Cmd} value, resolved later so that OPTIONS can ignore {@code Cmd=OPTIONS}. */
    String commandName;
    /** Base64 form: the command from its code. */
    EasCommand command;
    /** Base64 form: the version from its byte. */
    ProtocolVersion version;
    OptionalInt locale = OptionalInt.empty();
    OptionalLong policyKey = OptionalLong.empty();
    String deviceId;
    String deviceType;
    String user;
    boolean saveInSent;
    boolean acceptMultiPart;
    final EnumMap<RequestParameter, String> parameters = new EnumMap<>(RequestParameter.class);

    QueryFields(QueryForm form) {
        this.form = form;
    }
}
