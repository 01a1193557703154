package org.hydraguard.core.signal;

/**
 * The way in to per-exchange signals. Each call returns a new, independent, thread-safe extractor; build
 * one per engine and share it across threads (building compiles the phrase tables, about a millisecond).
 */
public final class Signals {
    private Signals() {}

    /** The standard extractor: every signal of {@link ExchangeSignals}, deterministic and allocation-light. */
    public static SignalExtractor defaultExtractor() {
        return new DefaultSignalExtractor();
    }
}
