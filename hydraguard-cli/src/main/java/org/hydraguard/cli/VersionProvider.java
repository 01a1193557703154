package org.hydraguard.cli;

import picocli.CommandLine;

/** Reports the version the jar was built as. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = HydraguardCommand.class.getPackage().getImplementationVersion();
        return new String[] {"hydraguard " + (v == null ? "development build" : v)};
    }
}
