package org.pushbox.protocol.request;

import java.util.OptionalLong;

/**
 * OPTIONS on the endpoint. Its answer (the versions and commands pushbox serves) is the same for every
 * client, so nothing in the query or the EAS headers is required, and a field that does not pass its
 * check is dropped instead of failing the request: refusing OPTIONS would only break account set-up.
 * The corpus shows why: iOS sends no query at all, the Galaxy S2 sends {@code Cmd=OPTIONS&…} with
 * {@code MS-ASProtocolVersion: 2.5}, and iOS sends {@code X-MS-PolicyKey} on OPTIONS.
 */
final class OptionsRequestLine {

    private OptionsRequestLine() {
    }

    /** A check whose failure OPTIONS tolerates. */
    @FunctionalInterface
    private interface Check<T> {
        T run() throws RequestLineException;
    }

    static EasRequest parse(String query, RequestHeaders headers) {
        QueryFields fields = tolerant(() -> RequestLineParser.decodeQuery(query));
        QueryForm form = fields == null ? QueryForm.NONE : fields.form;
        QueryFields present = fields == null ? new QueryFields(QueryForm.NONE) : fields;
        boolean base64 = form == QueryForm.BASE64;
        ProtocolVersion version = base64 ? present.version : tolerant(() -> HeaderFields.version(headers));
        EasRequest.Builder builder = EasRequest.optionsBuilder(version,
                        tolerant(() -> FieldRules.deviceId(present.deviceId)),
                        tolerant(() -> FieldRules.deviceType(present.deviceType)))
                .queryForm(form)
                .userHint(tolerant(() -> FieldRules.userHint(present.user).orElse(null)))
                .policyKey(base64 ? present.policyKey : orEmpty(tolerant(() -> HeaderFields.policyKey(headers))))
                .userAgent(tolerant(() -> HeaderFields.userAgent(headers).orElse(null)));
        present.locale.ifPresent(builder::locale);
        return builder.build();
    }

    private static OptionalLong orEmpty(OptionalLong value) {
        return value == null ? OptionalLong.empty() : value;
    }

    private static <T> T tolerant(Check<T> check) {
        try {
            return check.run();
        } catch (RequestLineException e) {
            return null;
        }
    }
}
