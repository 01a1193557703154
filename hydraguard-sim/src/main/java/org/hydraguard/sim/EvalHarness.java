package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * A research group's evaluation harness on one account: the same benchmark suite (task-like math,
 * code or reasoning items in a public "step by step" template, thinking on, pinned temperature, large
 * max_tokens) run as a burst of thousands of requests in an hour, then idle for days, re-run on each
 * model in turn. Item {@code i} of a suite is the same text on every run.
 */
final class EvalHarness extends Actor {
    private static final PromptKind[] KINDS = {PromptKind.MATH, PromptKind.CODE, PromptKind.REASONING};

    private final String accountId;
    private final String orgId;
    private final String apiKeyId;
    private final int net;
    private final int address;
    private final int client;
    private final String api;
    private final long suiteSeed;
    private final int suiteSize;
    private final int template;
    private final PromptKind kind;
    private final double temperature;
    private final double runsPerDay;
    private int item;
    private int run;
    private String model;

    EvalHarness(Simulation sim, String accountId, String orgId, int net, int address, double exchangesPerDay) {
        SplittableRandom r = sim.rnd;
        this.accountId = accountId;
        this.orgId = orgId;
        this.apiKeyId = sim.ids.apiKey();
        this.net = net;
        this.address = address;
        this.client = r.nextDouble() < 0.6 ? sim.clients.sdk(r) : sim.clients.programmatic(r);
        this.api = Clients.api(sim.clients.get(client), r);
        this.suiteSeed = r.nextLong();
        this.suiteSize = (int) Math.min(3000, Math.max(50, Math.min(exchangesPerDay * 6, Dist.lognormal(r, 500, 0.6))));
        this.template = r.nextInt(sim.book.evalTemplates());
        this.kind = KINDS[r.nextInt(KINDS.length)];
        this.temperature = r.nextDouble() < 0.6 ? 0.0 : 0.6;
        this.runsPerDay = exchangesPerDay / suiteSize;
        this.item = suiteSize;
    }

    @Override
    long fire(Simulation sim) {
        SplittableRandom r = sim.rnd;
        if (item >= suiteSize) {
            item = 0;
            run++;
            java.util.List<String> names = sim.models.names();
            String next = names.get(run % names.size());
            model = next.equals(sim.models.released()) && sim.now() < sim.models.releaseAt() ? sim.models.large() : next;
        }
        Call c = sim.call(accountId, orgId, apiKeyId, net, address, client, api);
        c.model = model;
        c.kind = kind;
        c.conversationId = sim.ids.conversation();
        c.prompt = sim.book.evalPrompt(template, sim.book.item(kind, new SplittableRandom(suiteSeed + item * 0x9E3779B97F4A7C15L)));
        c.maxTokens = 32000;
        c.temperature = temperature;
        c.stream = false;
        c.thinking = true;
        c.errorBoost = 0.02;
        c.tally = sim.honest;
        sim.emit(c);
        item++;
        if (item < suiteSize) {
            return sim.now() + (long) Dist.lognormal(r, 1_400, 0.5);
        }
        return Rhythm.OFFICE.next(sim.now(), runsPerDay, 0, r);
    }
}
