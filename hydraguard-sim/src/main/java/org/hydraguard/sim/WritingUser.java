package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/** People who write and translate for work: office hours, short revise-and-retry conversations. */
final class WritingUser extends HonestAccount {
    private static final PromptKind[] KINDS = {PromptKind.WRITING, PromptKind.TRANSLATION, PromptKind.CHAT, PromptKind.INSTRUCT};
    private static final double[] WEIGHTS = Dist.cumulative(55, 30, 10, 5);

    private final Rhythm rhythm;

    WritingUser(Simulation sim, String accountId, String orgId, int country) {
        super(sim, accountId, orgId, country);
        SplittableRandom r = sim.rnd;
        client = r.nextDouble() < 0.5 ? sim.clients.console(r) : sim.clients.programmatic(r);
        api = Clients.api(sim.clients.get(client), r);
        prefersSmall = r.nextDouble() < 0.35;
        temperature = r.nextDouble() < 0.6 ? null : 0.8;
        maxTokens = r.nextDouble() < 0.5 ? 2048 : 4096;
        thinkingShare = 0.02f;
        rhythm = r.nextDouble() < 0.6 ? Rhythm.OFFICE : Rhythm.PERSONAL;
        adoptAt = sim.models.adoption(r, 0.4);
    }

    @Override
    Rhythm rhythm() {
        return rhythm;
    }

    @Override
    double meanTurns() {
        return 2.6;
    }

    @Override
    void begin(Simulation sim) {
        kind = KINDS[Dist.pick(sim.rnd, WEIGHTS)];
        turnsLeft = geometricTurns(sim.rnd, 2.6);
    }

    @Override
    void fill(Simulation sim, Call c) {
        c.prompt = turn == 0 ? sim.book.task(kind, sim.rnd) : sim.book.followUp(kind, sim.rnd);
    }
}
