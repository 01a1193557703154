package org.hydraguard.sim.text;

import java.util.SplittableRandom;

/**
 * A distillation operator's prompt wrappers: {@code variants} fixed expansions of the wrapper grammar
 * per capability, of which each request uses one; with probability {@code paraphraseRate} a request
 * re-draws about a third of the wrapper's phrases (synonym substitution, and a different clause order
 * when the root itself is re-drawn). Immutable; randomness comes from the caller.
 */
public final class WrapperFamily {
    private static final double PARAPHRASED_SHARE = 0.35;
    private final Grammar grammar;
    private final long seed;
    private final int variants;
    private final double paraphraseRate;

    WrapperFamily(Grammar grammar, long seed, int variants, double paraphraseRate) {
        if (variants < 1) {
            throw new IllegalArgumentException("a wrapper family needs at least one variant: " + variants);
        }
        if (!(paraphraseRate >= 0 && paraphraseRate <= 1)) {
            throw new IllegalArgumentException("paraphrase rate must be between 0 and 1, inclusive: " + paraphraseRate);
        }
        this.grammar = grammar;
        this.seed = seed;
        this.variants = variants;
        this.paraphraseRate = paraphraseRate;
    }

    public int variants() {
        return variants;
    }

    /** The task wrapped in one of the variants, paraphrased for this request with the family's rate. */
    public String wrap(PromptKind kind, String task, SplittableRandom rnd) {
        String root = root(kind);
        int v = rnd.nextInt(variants);
        SplittableRandom fixed = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + v * 1_000_003L + root.hashCode());
        SplittableRandom fresh = rnd.nextDouble() < paraphraseRate ? rnd : null;
        StringBuilder out = new StringBuilder(task.length() + 200);
        grammar.expand(grammar.bank(root), fixed, fresh, PARAPHRASED_SHARE, out, task);
        return out.toString();
    }

    private static String root(PromptKind kind) {
        return switch (kind) {
            case MATH, HOMEWORK, REASONING -> "wrap.reason";
            case CODE, SWE -> "wrap.code";
            case AGENTIC -> "wrap.agent";
            case PLANNING -> "wrap.plan";
            default -> "wrap.broad";
        };
    }
}
