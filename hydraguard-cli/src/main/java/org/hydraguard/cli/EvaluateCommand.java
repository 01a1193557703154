package org.hydraguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the evaluate command lands; replaced by its owner. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Not built yet.")
final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("evaluate is not built yet");
    }
}
