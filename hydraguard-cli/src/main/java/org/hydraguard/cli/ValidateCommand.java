package org.hydraguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the validate command lands; replaced by its owner. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("validate is not built yet");
    }
}
