package org.hydraguard.core.engine;

/**
 * Size of the engine's state: subjects tracked, candidate groups (template cohorts), campaigns
 * (groups scored past restriction), exchanges seen, and the estimated heap bytes of all state.
 */
public record EngineStats(int subjects, int groups, int campaigns, long exchanges, long stateBytes) {
    public double bytesPerSubject() {
        return subjects == 0 ? 0 : (double) stateBytes / subjects;
    }
}
