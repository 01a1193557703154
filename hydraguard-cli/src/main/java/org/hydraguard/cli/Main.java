package org.hydraguard.cli;

import picocli.CommandLine;

/** Process entry point: runs {@link HydraguardCommand} and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(HydraguardCommand.commandLine().execute(args));
    }
}
