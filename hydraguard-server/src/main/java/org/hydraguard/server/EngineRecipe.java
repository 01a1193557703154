package org.hydraguard.server;

import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Signals;

/**
 * What a detection engine is made of besides its state: the signal extractor, the policy and the
 * template-index size. A snapshot stores state only, so a restored engine gets these again.
 */
public record EngineRecipe(SignalExtractor extractor, Policy policy, int templateCapacityLog2) {

    public EngineRecipe {
        if (extractor == null || policy == null) {
            throw new IllegalArgumentException("an engine recipe needs a signal extractor and a policy");
        }
        if (templateCapacityLog2 < 10 || templateCapacityLog2 > 26) {
            throw new IllegalArgumentException("templateCapacityLog2 must be between 10 and 26: " + templateCapacityLog2);
        }
    }

    public static EngineRecipe of(Policy policy) {
        return new EngineRecipe(Signals.defaultExtractor(), policy, DetectionEngine.DEFAULT_TEMPLATE_CAPACITY_LOG2);
    }

    DetectionEngine fresh() {
        return new DetectionEngine(extractor, policy, templateCapacityLog2);
    }

    DetectionEngine restore(byte[] snapshot) {
        return DetectionEngine.restore(snapshot, extractor, policy);
    }
}
