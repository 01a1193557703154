package org.hydraguard.sim;

import java.util.SplittableRandom;

/**
 * A scheduled batch job on one account: one fixed template (classify, extract, summarise) over a new
 * document each time, from a fixed datacenter address, at a metronome-regular interval, every night
 * or every few hours. The most regular honest traffic there is.
 */
final class BatchJob extends Actor {
    private final String accountId;
    private final String orgId;
    private final String apiKeyId;
    private final int net;
    private final int address;
    private final int client;
    private final String api;
    private final int template;
    private final long interval;
    private final long period;
    private final int perRun;
    private final int maxTokens;
    private final boolean small;
    private int sent;
    private long runStart;

    BatchJob(Simulation sim, String accountId, String orgId, double exchangesPerDay) {
        SplittableRandom r = sim.rnd;
        this.accountId = accountId;
        this.orgId = orgId;
        this.apiKeyId = sim.ids.apiKey();
        this.net = sim.nets.cloud(r);
        this.address = sim.nets.address(net, r);
        this.client = sim.clients.programmatic(r);
        this.api = Clients.api(sim.clients.get(client), r);
        this.template = r.nextInt(sim.book.batchTemplates());
        this.interval = Dist.between(r, 300, 4000);
        this.period = r.nextDouble() < 0.5 ? Times.DAY : Dist.between(r, 1, 8) * Times.HOUR;
        double runsPerDay = (double) Times.DAY / period;
        this.perRun = (int) Math.max(1, Math.min(period / interval - 1, Math.round(exchangesPerDay / runsPerDay)));
        this.maxTokens = r.nextBoolean() ? 256 : 512;
        this.small = r.nextDouble() < 0.7;
        this.sent = perRun;
    }

    /** First run at a random phase of the period. */
    long firstRun(Simulation sim) {
        return sim.start + (long) (sim.rnd.nextDouble() * period);
    }

    @Override
    long fire(Simulation sim) {
        SplittableRandom r = sim.rnd;
        if (sent >= perRun) {
            sent = 0;
            runStart = sim.now();
        }
        Call c = sim.call(accountId, orgId, apiKeyId, net, address, client, api);
        c.model = small ? sim.models.small() : sim.models.large();
        c.kind = org.hydraguard.sim.text.PromptKind.EXTRACTION;
        c.conversationId = sim.ids.conversation();
        c.prompt = sim.book.batchPrompt(template, r);
        c.maxTokens = maxTokens;
        c.temperature = 0.0;
        c.stream = false;
        c.thinking = false;
        c.errorBoost = 0.005;
        c.tally = sim.honest;
        sim.emit(c);
        sent++;
        if (sent < perRun) {
            return sim.now() + interval + r.nextInt(25);
        }
        return runStart + period + r.nextInt(2000);
    }
}
