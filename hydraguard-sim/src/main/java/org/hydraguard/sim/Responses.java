package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.core.model.ExchangeBuilder;
import org.hydraguard.sim.text.PromptKind;

/**
 * What the provider answered: status, billed tokens, latency and stop reason, as a function of the
 * request. Input tokens are the prompt's and system prompt's characters over four, plus the
 * conversation context and the tool definitions; output tokens are lognormal by kind, larger with
 * extended reasoning, and cut at {@code max_tokens}. Errors (429 rate limits, 500s, 529 overloads)
 * bill nothing.
 */
final class Responses {
    private static final int TOKENS_PER_TOOL = 140;

    private Responses() {}

    /** Fills the response fields of {@code b}; returns the output tokens (0 on error). */
    static long answer(Call c, ExchangeBuilder b, SplittableRandom r) {
        long in = 8 + chars(c.prompt) / 4 + chars(c.system) / 4 + c.context + (long) c.tools * TOKENS_PER_TOOL;
        double u = r.nextDouble();
        double rateLimited = 0.003 + c.errorBoost;
        if (u < rateLimited + 0.0025) {
            int status = u < rateLimited ? 429 : (u < rateLimited + 0.0008 ? 500 : 529);
            b.status(status).inputTokens(0).outputTokens(0).latencyMs(Dist.between(r, 40, status == 429 ? 120 : 9000));
            return 0;
        }
        boolean thinking = Boolean.TRUE.equals(c.thinking);
        double out;
        String stop = "end_turn";
        if (c.toolTurn) {
            out = Dist.lognormal(r, 160, 0.7);
            stop = "tool_use";
        } else {
            out = Dist.lognormal(r, median(c.kind), 0.75);
            if (c.kind == PromptKind.CHAT && r.nextDouble() < 0.003) {
                out = Dist.lognormal(r, 40, 0.3);
                stop = "refusal";
            } else if (c.kind == PromptKind.EXTRACTION && r.nextDouble() < 0.05) {
                stop = "stop_sequence";
            }
        }
        if (thinking) {
            out += Dist.lognormal(r, c.toolTurn ? 250 : 1400, 0.8);
        }
        int cap = c.maxTokens != null ? c.maxTokens : 4096;
        long output = Math.max(1, (long) out);
        if (output >= cap) {
            output = cap;
            stop = "max_tokens";
        }
        boolean large = c.model != null && !c.model.contains("small");
        double tokensPerSecond = large ? Dist.uniform(r, 45, 75) : Dist.uniform(r, 110, 170);
        long latency = (long) (Dist.lognormal(r, 550, 0.45) + in / 40.0 + output * 1000.0 / tokensPerSecond);
        b.status(200).inputTokens(in).outputTokens(output).latencyMs((int) Math.min(latency, 600_000)).stopReason(stop);
        return output;
    }

    private static int chars(String s) {
        return s == null ? 0 : s.length();
    }

    private static double median(PromptKind kind) {
        return switch (kind) {
            case CHAT -> 230;
            case WRITING -> 380;
            case TRANSLATION -> 120;
            case CODE -> 650;
            case SWE -> 950;
            case AGENTIC -> 420;
            case PLANNING -> 1300;
            case MATH -> 380;
            case HOMEWORK -> 480;
            case REASONING -> 300;
            case EXTRACTION -> 45;
            case INSTRUCT -> 350;
        };
    }
}
