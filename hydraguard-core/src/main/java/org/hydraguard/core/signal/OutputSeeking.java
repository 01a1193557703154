package org.hydraguard.core.signal;

import org.hydraguard.core.model.Exchange;

/**
 * How much the request parameters push for long, complete outputs, 0-1, from parameters only (so it
 * still works in privacy mode): a large {@code max_tokens} (graded; 8k strong, 16k very strong),
 * extended {@code thinking}, a huge non-streamed output (a script collecting whole answers rather than a
 * person watching them arrive), and a little for a temperature at exactly 0 or 1: one exchange cannot
 * know the value is fixed across an account, so that weight stays small and profiles judge constancy.
 */
final class OutputSeeking {
    private static final double THINKING = 0.35;
    private static final double PINNED_TEMPERATURE = 0.05;
    private static final double UNSTREAMED_HUGE = 0.1;

    double score(Exchange e) {
        double miss = 1.0 - maxTokensWeight(e.maxTokens());
        if (e.wantsThinking()) {
            miss *= 1.0 - THINKING;
        }
        Double t = e.temperature();
        if (t != null && (t == 0.0 || t == 1.0)) {
            miss *= 1.0 - PINNED_TEMPERATURE;
        }
        if (Boolean.FALSE.equals(e.stream()) && e.maxTokens() != null && e.maxTokens() >= 8192) {
            miss *= 1.0 - UNSTREAMED_HUGE;
        }
        return 1.0 - miss;
    }

    static double maxTokensWeight(Integer maxTokens) {
        if (maxTokens == null) {
            return 0.0;
        }
        int m = maxTokens;
        if (m >= 32_000) {
            return 0.8;
        }
        if (m >= 16_000) {
            return 0.7;
        }
        if (m >= 8_000) {
            return 0.5;
        }
        if (m >= 4_000) {
            return 0.25;
        }
        return m >= 2_000 ? 0.1 : 0.0;
    }
}
