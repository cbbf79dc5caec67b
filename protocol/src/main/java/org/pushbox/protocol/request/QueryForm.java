package org.pushbox.protocol.request;

/** How the request line carried its fields (MS-ASHTTP 2.2.1.1.1). */
public enum QueryForm {
    /** {@code ?Cmd=Sync&User=…&DeviceId=…&DeviceType=…}, version and policy key in headers. */
    PLAIN,
    /** {@code ?<base64 blob>}: version, command, locale, device, policy key and parameters in one binary blob. */
    BASE64,
    /** No usable query: only for OPTIONS, which needs none. */
    NONE
}
