package org.hydraguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the simulate command lands; replaced by its owner. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Not built yet.")
final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("simulate is not built yet");
    }
}
