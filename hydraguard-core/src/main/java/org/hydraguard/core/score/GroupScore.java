package org.hydraguard.core.score;

import java.util.List;
import org.hydraguard.core.model.Evidence;

/** A group's score (0-1) with its two halves and the evidence behind them, strongest first. */
public record GroupScore(double score, double purpose, double coordination, int entities, List<Evidence> evidence) {
    public GroupScore {
        evidence = List.copyOf(evidence);
    }
}
