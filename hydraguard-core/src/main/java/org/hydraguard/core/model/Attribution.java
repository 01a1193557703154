package org.hydraguard.core.model;

import java.util.List;

/** Which actor a campaign is attributed to, how sure we are (0-1), and why. */
public record Attribution(String actor, double confidence, List<Evidence> evidence) {
    public Attribution {
        Checks.required(actor, "actor");
        Checks.unitInterval(confidence, "confidence");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
