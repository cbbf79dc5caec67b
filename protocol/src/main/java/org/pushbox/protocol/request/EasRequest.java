package org.pushbox.protocol.request;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One parsed EAS request line: what the query (either form) and the EAS headers say.
 *
 * <p>For {@link RequestMethod#POST} the command, version, DeviceId and DeviceType are always present.
 * For {@link RequestMethod#OPTIONS} the command is {@code null} and the version, DeviceId and DeviceType
 * are whatever the client volunteered (any of them may be {@code null}): the OPTIONS answer does not
 * depend on them, they are only worth logging.
 *
 * @param method          POST or OPTIONS
 * @param command         the command; {@code null} exactly when the method is OPTIONS
 * @param protocolVersion from {@code MS-ASProtocolVersion} or the base64 version byte
 * @param deviceId        1-32 ASCII letters and digits (a binary base64 id is hex-encoded in upper case)
 * @param deviceType      1-64 visible ASCII characters
 * @param userHint        the {@code User} query field: a logging hint only, never an identity
 * @param policyKey       uint32 from {@code X-MS-PolicyKey} or the base64 blob; empty when absent
 *                        (absent and 0 both mean "not provisioned", see {@link #isProvisioned()})
 * @param locale          the LCID of the base64 form (e.g. 0x0409); the plain form has none
 * @param acceptMultiPart {@code MS-ASAcceptMultiPart: T} or base64 Options bit 0x02
 * @param saveInSent      {@code SaveInSent=T} or base64 Options bit 0x01
 * @param parameters      the command parameters (ItemId, CollectionId, …)
 * @param queryForm       which query form the client used
 * @param userAgent       the {@code User-Agent} header (Windows Phone 8 sends none)
 */
public record EasRequest(
        RequestMethod method,
        EasCommand command,
        ProtocolVersion protocolVersion,
        String deviceId,
        String deviceType,
        Optional<String> userHint,
        OptionalLong policyKey,
        OptionalInt locale,
        boolean acceptMultiPart,
        boolean saveInSent,
        CommandParameters parameters,
        QueryForm queryForm,
        Optional<String> userAgent) {

    /** The largest policy key: keys are unsigned 32-bit integers. */
    public static final long MAX_POLICY_KEY = 0xFFFF_FFFFL;

    public EasRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(userHint, "userHint");
        Objects.requireNonNull(policyKey, "policyKey");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(queryForm, "queryForm");
        Objects.requireNonNull(userAgent, "userAgent");
        if (method == RequestMethod.POST) {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(protocolVersion, "protocolVersion");
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(deviceType, "deviceType");
            if (queryForm == QueryForm.NONE) {
                throw new IllegalArgumentException("a POST request has a query");
            }
        } else if (command != null) {
            throw new IllegalArgumentException("an OPTIONS request has no command");
        }
        if (policyKey.isPresent() && (policyKey.getAsLong() < 0 || policyKey.getAsLong() > MAX_POLICY_KEY)) {
            throw new IllegalArgumentException("policy key out of uint32 range: " + policyKey.getAsLong());
        }
        if (locale.isPresent() && (locale.getAsInt() < 0 || locale.getAsInt() > 0xFFFF)) {
            throw new IllegalArgumentException("LCID out of uint16 range: " + locale.getAsInt());
        }
    }

    public boolean isOptions() {
        return method == RequestMethod.OPTIONS;
    }

    /** Whether the client presented a policy key other than 0. */
    public boolean isProvisioned() {
        return policyKey.isPresent() && policyKey.getAsLong() != 0;
    }

    /** A builder for a POST request, e.g. for a test client that encodes it with {@link Base64RequestLine}. */
    public static Builder builder(EasCommand command, ProtocolVersion version, String deviceId, String deviceType) {
        return new Builder(RequestMethod.POST, command, version, deviceId, deviceType).queryForm(QueryForm.PLAIN);
    }

    /** A builder for an OPTIONS request; the version, DeviceId and DeviceType may be {@code null}. */
    public static Builder optionsBuilder(ProtocolVersion version, String deviceId, String deviceType) {
        return new Builder(RequestMethod.OPTIONS, null, version, deviceId, deviceType);
    }

    /** Collects the optional parts of an {@link EasRequest}. Not thread-safe. */
    public static final class Builder {
        private final RequestMethod method;
        private final EasCommand command;
        private final ProtocolVersion version;
        private final String deviceId;
        private final String deviceType;
        private String userHint;
        private OptionalLong policyKey = OptionalLong.empty();
        private OptionalInt locale = OptionalInt.empty();
        private boolean acceptMultiPart;
        private boolean saveInSent;
        private final Map<RequestParameter, String> parameters = new EnumMap<>(RequestParameter.class);
        private QueryForm queryForm = QueryForm.NONE;
        private String userAgent;

        private Builder(RequestMethod method, EasCommand command, ProtocolVersion version, String deviceId,
                String deviceType) {
            this.method = method;
            this.command = command;
            this.version = version;
            this.deviceId = deviceId;
            this.deviceType = deviceType;
        }

        public Builder userHint(String user) {
            this.userHint = user;
            return this;
        }

        public Builder policyKey(long key) {
            this.policyKey = OptionalLong.of(key);
            return this;
        }

        public Builder policyKey(OptionalLong key) {
            this.policyKey = Objects.requireNonNull(key);
            return this;
        }

        public Builder locale(int lcid) {
            this.locale = OptionalInt.of(lcid);
            return this;
        }

        public Builder acceptMultiPart(boolean value) {
            this.acceptMultiPart = value;
            return this;
        }

        public Builder saveInSent(boolean value) {
            this.saveInSent = value;
            return this;
        }

        public Builder parameter(RequestParameter parameter, String value) {
            parameters.put(Objects.requireNonNull(parameter), Objects.requireNonNull(value));
            return this;
        }

        public Builder queryForm(QueryForm form) {
            this.queryForm = Objects.requireNonNull(form);
            return this;
        }

        public Builder userAgent(String agent) {
            this.userAgent = agent;
            return this;
        }

        public EasRequest build() {
            return new EasRequest(method, command, version, deviceId, deviceType, Optional.ofNullable(userHint),
                    policyKey, locale, acceptMultiPart, saveInSent, new CommandParameters(parameters), queryForm,
                    Optional.ofNullable(userAgent));
        }
    }
}
