package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * A company's product calling the API from its servers (datacenter addresses): its own fixed system
 * prompt, its users' mixed requests, around the clock with office-hour peaks. Startups run these.
 */
final class AppBackend extends HonestAccount {
    private static final PromptKind[] KINDS = {
        PromptKind.CHAT, PromptKind.AGENTIC, PromptKind.CODE, PromptKind.EXTRACTION, PromptKind.WRITING, PromptKind.SWE, PromptKind.MATH
    };

    private final double[] weights;
    private final String system;
    private final int[] servers;

    AppBackend(Simulation sim, String accountId, String orgId, int country) {
        super(sim, accountId, orgId, country);
        SplittableRandom r = sim.rnd;
        client = sim.clients.programmatic(r);
        api = Clients.api(sim.clients.get(client), r);
        weights = new double[KINDS.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = r.nextDouble() < 0.4 ? Dist.uniform(r, 1, 10) : 0.2;
        }
        double[] cum = Dist.cumulative(weights);
        System.arraycopy(cum, 0, weights, 0, cum.length);
        system = sim.book.appSystem(r.nextLong());
        int cloud = sim.nets.cloud(r);
        servers = new int[] {cloud, sim.nets.address(cloud, r), sim.nets.address(cloud, r)};
        maxTokens = r.nextBoolean() ? 4096 : 8192;
        temperature = r.nextDouble() < 0.5 ? 0.7 : null;
        thinkingShare = r.nextDouble() < 0.3 ? 0.5f : 0f;
        prefersSmall = r.nextDouble() < 0.4;
        adoptAt = sim.models.adoption(r, 0.5);
    }

    @Override
    Rhythm rhythm() {
        return Rhythm.FLAT;
    }

    @Override
    double meanTurns() {
        return 2.0;
    }

    @Override
    void begin(Simulation sim) {
        kind = KINDS[Dist.pick(sim.rnd, weights)];
        turnsLeft = geometricTurns(sim.rnd, 2.0);
        net = servers[0];
        address = servers[1 + sim.rnd.nextInt(2)];
    }

    @Override
    void fill(Simulation sim, Call c) {
        c.system = system;
        c.prompt = turn == 0 ? sim.book.task(kind, sim.rnd) : sim.book.followUp(kind, sim.rnd);
        c.tools = kind == PromptKind.AGENTIC ? 4 : 0;
    }

    @Override
    long turnGap(Simulation sim, long output) {
        return output * 1000 / 60 + (long) Dist.lognormal(sim.rnd, 20_000, 1.0);
    }
}
