package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * Students: homework (often pasted with "step by step"), programming exercises, essays; afternoons,
 * late nights and Sunday evenings. Classroom cohort members are students too.
 */
final class Student extends HonestAccount {
    private static final PromptKind[] KINDS = {
        PromptKind.HOMEWORK, PromptKind.CHAT, PromptKind.CODE, PromptKind.REASONING, PromptKind.WRITING, PromptKind.MATH
    };
    private static final double[] WEIGHTS = Dist.cumulative(40, 18, 16, 9, 10, 7);

    Student(Simulation sim, String accountId, String orgId, int country) {
        super(sim, accountId, orgId, country);
        SplittableRandom r = sim.rnd;
        client = r.nextDouble() < 0.55 ? sim.clients.console(r) : sim.clients.programmatic(r);
        api = Clients.api(sim.clients.get(client), r);
        prefersSmall = r.nextDouble() < 0.4;
        temperature = r.nextDouble() < 0.8 ? null : 1.0;
        maxTokens = r.nextDouble() < 0.5 ? 4096 : 8192;
        thinkingShare = r.nextDouble() < 0.3 ? 0.6f : 0.05f;
        adoptAt = sim.models.adoption(r, 0.7);
    }

    @Override
    Rhythm rhythm() {
        return Rhythm.STUDENT;
    }

    @Override
    double meanTurns() {
        return 3.0;
    }

    @Override
    void begin(Simulation sim) {
        kind = KINDS[Dist.pick(sim.rnd, WEIGHTS)];
        turnsLeft = geometricTurns(sim.rnd, 3.0);
    }

    @Override
    void fill(Simulation sim, Call c) {
        c.prompt = turn == 0 ? sim.book.pasted(kind, sim.rnd) : sim.book.followUp(kind, sim.rnd);
    }
}
