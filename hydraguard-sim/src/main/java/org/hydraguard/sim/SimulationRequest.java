package org.hydraguard.sim;

import java.nio.file.Path;

/**
 * What to simulate: a named scenario into a directory, with a seed, a scale (every count, accounts
 * and exchanges alike, in proportion), optionally a directory of real prompt files, and optionally a
 * file of the user's own campaigns ({@link CampaignFile}) to put in the scenario's place.
 */
public record SimulationRequest(String scenario, Path out, long seed, double scale, Path corpus, Path campaigns) {
    public SimulationRequest(String scenario, Path out, long seed, double scale, Path corpus) {
        this(scenario, out, seed, scale, corpus, null);
    }

    public SimulationRequest {
        if (scenario == null || !Scenarios.NAMES.contains(scenario)) {
            throw new IllegalArgumentException("unknown scenario '" + scenario + "'; expected one of " + String.join(", ", Scenarios.NAMES));
        }
        if (out == null) {
            throw new IllegalArgumentException("an output directory is required");
        }
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("scale must be greater than 0 and at most 10: " + scale);
        }
    }
}
