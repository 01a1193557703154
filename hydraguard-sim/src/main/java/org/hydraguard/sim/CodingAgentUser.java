package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * Developers driving a coding agent: the tool's fixed system prompt and message wrapper (identical for
 * every user of the tool), 5-40 tool definitions, thinking on, large outputs, long sessions of dozens
 * of turns where most turns are tool results returned seconds after the previous answer.
 */
final class CodingAgentUser extends HonestAccount {
    private static final PromptKind[] KINDS = {PromptKind.SWE, PromptKind.CODE, PromptKind.AGENTIC, PromptKind.PLANNING};
    private static final double[] WEIGHTS = Dist.cumulative(45, 30, 20, 5);
    private static final int[] MAX_TOKENS = {8192, 16000, 32000, 32000};

    private final byte tool;
    private final byte toolCount;

    CodingAgentUser(Simulation sim, String accountId, String orgId, int country) {
        super(sim, accountId, orgId, country);
        SplittableRandom r = sim.rnd;
        tool = (byte) Dist.zipf(r, sim.book.codingTools());
        client = sim.clients.tool(tool, r);
        api = Clients.api(sim.clients.get(client), r);
        toolCount = (byte) Math.min(40, (tool == 0 ? 14 : tool == 1 ? 9 : 6) + Dist.zipf(r, 27));
        maxTokens = MAX_TOKENS[r.nextInt(MAX_TOKENS.length)];
        temperature = r.nextDouble() < 0.8 ? null : 1.0;
        streams = true;
        thinkingShare = r.nextDouble() < 0.8 ? 0.9f : 0.2f;
        prefersSmall = r.nextDouble() < 0.1;
        adoptAt = sim.models.adoption(r, 1.0);
    }

    @Override
    Rhythm rhythm() {
        return Rhythm.DEVELOPER;
    }

    @Override
    double meanTurns() {
        return 26;
    }

    @Override
    void begin(Simulation sim) {
        kind = KINDS[Dist.pick(sim.rnd, WEIGHTS)];
        turnsLeft = (int) Math.min(150, Math.max(3, Dist.lognormal(sim.rnd, 20, 0.7)));
    }

    @Override
    void fill(Simulation sim, Call c) {
        SplittableRandom r = sim.rnd;
        c.system = sim.book.toolSystem(tool);
        c.tools = toolCount;
        if (turn == 0) {
            c.prompt = sim.book.toolMessage(tool, sim.book.task(kind, r), r);
        } else if (r.nextDouble() < 0.85) {
            c.prompt = sim.book.followUp(PromptKind.AGENTIC, r);
        } else {
            c.prompt = sim.book.followUp(PromptKind.CODE, r);
        }
        c.toolTurn = turnsLeft > 1 && r.nextDouble() < 0.8;
    }

    @Override
    long turnGap(Simulation sim, long output) {
        SplittableRandom r = sim.rnd;
        long answer = output * 1000 / 65;
        return answer + (r.nextDouble() < 0.85 ? (long) Dist.lognormal(r, 3_000, 0.8) : (long) Dist.lognormal(r, 90_000, 1.0));
    }
}
