package org.pushbox.server.admin;

import picocli.CommandLine;

/** Reads the version from the jar manifest, falling back to "development" when run from classes. */
final class PushboxVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PushboxVersion.class.getPackage().getImplementationVersion();
        return new String[] {"pushbox " + (v == null ? "development build" : v)};
    }
}
