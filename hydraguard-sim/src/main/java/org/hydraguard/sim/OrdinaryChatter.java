package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * The majority: people asking questions, mostly chat with some writing, code, homework-like math
 * and puzzles, through a third-party chat front end (an SDK or HTTP client) or the provider's console.
 * Short conversations, evenings and weekends.
 */
final class OrdinaryChatter extends HonestAccount {
    private static final PromptKind[] KINDS = {
        PromptKind.CHAT, PromptKind.WRITING, PromptKind.TRANSLATION, PromptKind.CODE, PromptKind.MATH, PromptKind.REASONING,
        PromptKind.PLANNING, PromptKind.INSTRUCT, PromptKind.SWE
    };
    private static final double[] WEIGHTS = Dist.cumulative(66, 8, 5, 8, 4, 3, 2, 3, 1);
    private static final int[] MAX_TOKENS = {1024, 2048, 4096, 4096, 8192};

    private final String system;

    OrdinaryChatter(Simulation sim, String accountId, String orgId, int country) {
        super(sim, accountId, orgId, country);
        SplittableRandom r = sim.rnd;
        client = r.nextDouble() < 0.35 ? sim.clients.console(r) : sim.clients.programmatic(r);
        api = Clients.api(sim.clients.get(client), r);
        prefersSmall = r.nextDouble() < 0.25;
        temperature = r.nextDouble() < 0.7 ? null : (r.nextBoolean() ? 0.7 : 1.0);
        maxTokens = api.startsWith("openai") && r.nextDouble() < 0.6 ? null : MAX_TOKENS[r.nextInt(MAX_TOKENS.length)];
        thinkingShare = r.nextDouble() < 0.2 ? 0.5f : 0.03f;
        system = r.nextDouble() < 0.3 ? sim.book.appSystem(r.nextInt(5)) : null;
        adoptAt = sim.models.adoption(r, 0.6);
    }

    @Override
    Rhythm rhythm() {
        return Rhythm.PERSONAL;
    }

    @Override
    double meanTurns() {
        return 3.2;
    }

    @Override
    void begin(Simulation sim) {
        kind = KINDS[Dist.pick(sim.rnd, WEIGHTS)];
        turnsLeft = geometricTurns(sim.rnd, 3.2);
    }

    @Override
    void fill(Simulation sim, Call c) {
        c.system = system;
        c.prompt = turn == 0 ? sim.book.pasted(kind, sim.rnd) : sim.book.followUp(kind, sim.rnd);
    }
}
