package org.pushbox.conformance.script;

import java.util.List;

/**
 * A parsed conversation script: its name (the file's path under the scripts directory), the protocol
 * versions it runs in ({@code versions} line; empty = once, with the versions its devices name) and steps.
 */
public record Script(String name, List<String> versions, List<Step> steps) {

    public Script {
        versions = List.copyOf(versions);
        steps = List.copyOf(steps);
    }
}
