package org.hydraguard.core.model;

import java.util.List;

/**
 * One reason behind a campaign or decision, as data an analyst can check: a stable signal code, its
 * weight in the score, a sentence a non-engineer can read, and example exchange ids to look at.
 */
public record Evidence(String signal, double weight, String detail, List<String> examples) {
    public Evidence {
        Checks.required(signal, "signal");
        Checks.required(detail, "detail");
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
