package org.hydraguard.core.signal;

import org.hydraguard.core.model.Capability;

/**
 * What one exchange says on its own, before anything is known about its account or its neighbours.
 * Computed once per exchange by {@link SignalExtractor}; everything downstream (fingerprints, links,
 * scores) reads these instead of re-reading text.
 *
 * @param reasoningElicitation 0-1: how strongly the request asks for visible reasoning (step-by-step
 *     instructions, "show your work", extended thinking requested)
 * @param capability the capability area the prompt targets most
 * @param taskLikeness 0-1: how much the prompt looks like a self-contained graded task or benchmark
 *     item (a problem statement with a checkable answer) rather than a conversational request
 * @param outputSeeking 0-1: how much the request parameters push for long, complete outputs (large
 *     max_tokens, thinking, temperature pinned)
 * @param skeleton the prompt's wrapper with the task slotted into it ignored; {@link Skeleton#NONE}
 *     when there is no prompt text (privacy mode)
 * @param promptChars length of the prompt text, 0 when absent
 * @param promptHash the prompt's {@link String#hashCode()}, 0 when absent: computed once here, on
 *     the thread that extracts signals, so that the engine's thread does not hash the text again
 */
public record ExchangeSignals(
        double reasoningElicitation,
        Capability capability,
        double taskLikeness,
        double outputSeeking,
        Skeleton skeleton,
        int promptChars,
        int promptHash) {

    public ExchangeSignals {
        if (capability == null || skeleton == null) {
            throw new IllegalArgumentException("capability and skeleton are required");
        }
        check(reasoningElicitation, "reasoningElicitation");
        check(taskLikeness, "taskLikeness");
        check(outputSeeking, "outputSeeking");
    }

    private static void check(double v, String name) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, inclusive: " + v);
        }
    }
}
