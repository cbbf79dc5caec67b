package org.pushbox.protocol.request;

/** The two HTTP methods the EAS endpoint answers. */
public enum RequestMethod {
    /** A command: Cmd, DeviceId, DeviceType and version are required. */
    POST,
    /** Capability discovery: needs no query and no version; the answer is the same for everyone. */
    OPTIONS
}
