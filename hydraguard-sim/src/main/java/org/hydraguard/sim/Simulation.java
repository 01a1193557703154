package org.hydraguard.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.ExchangeBuilder;
import org.hydraguard.core.model.Label;
import org.hydraguard.sim.text.PromptBook;

/**
 * The event loop and the world every actor acts in. One random source drives the whole run and
 * actors fire in a fixed order {@code (time, seq)}, so a seed fixes every byte of the output.
 * Exchanges are emitted in time order (an actor never schedules itself before now), and ids follow
 * emission order, so the exchange file comes out sorted by {@code (ts, id)} with no sort step.
 *
 * <p>Memory: the queue holds one compact actor per live account plus a few hundred structural
 * actors; nothing is kept per exchange.
 */
final class Simulation {
    final SplittableRandom rnd;
    final long start;
    final long end;
    final double scale;
    final PromptBook book;
    final Networks nets;
    final Clients clients = new Clients();
    final Models models;
    final Ids ids;
    final Tally honest = new Tally(Label.BENIGN);
    final List<Tally> campaigns = new ArrayList<>();
    final List<Reseller> resellers = new ArrayList<>();

    private final PriorityQueue<Actor> queue = new PriorityQueue<>(1 << 12, Actor.ORDER);
    private final Outputs out;
    private final Call call = new Call();
    private int seq;
    private long now;

    Simulation(long seed, Scenario scenario, double scale, PromptBook book, Outputs out) {
        this.rnd = new SplittableRandom(seed);
        this.start = scenario.start().toEpochMilli();
        this.end = start + scenario.days() * Times.DAY;
        this.scale = scale;
        this.book = book;
        this.nets = new Networks(seed);
        this.models = scenario.models();
        this.ids = new Ids(seed);
        this.out = out;
    }

    long now() {
        return now;
    }

    /** Adds an actor that first fires at {@code at}; ignored when that is past the window. */
    void add(Actor a, long at) {
        a.seq = seq++;
        if (at < end) {
            a.next = Math.max(at, start);
            queue.add(a);
        }
    }

    /** Runs until no actor has anything left to do inside the window. */
    void run(Simulator.Progress progress) {
        long reportEvery = 1 << 16;
        while (!queue.isEmpty()) {
            Actor a = queue.poll();
            now = a.next;
            long next = a.fire(this);
            if (next < end) {
                a.next = Math.max(next, now);
                queue.add(a);
            }
            if (progress != null && ids.exchangesIssued() >= reportEvery) {
                reportEvery += 1 << 16;
                progress.at(now - start, end - start, ids.exchangesIssued());
            }
        }
        if (progress != null) {
            progress.at(end - start, end - start, ids.exchangesIssued());
        }
    }

    /** The reusable request of this step, cleared. */
    /** A fresh call already stamped with who sends it and from where: the part every actor sets alike. */
    Call call(String accountId, String orgId, String apiKeyId, int net, int address, int client, String api) {
        Call c = call.reset();
        c.accountId = accountId;
        c.orgId = orgId;
        c.apiKeyId = apiKeyId;
        c.net = net;
        c.address = address;
        c.client = client;
        c.api = api;
        return c;
    }

    /** Sends the request at the current time; returns the billed output tokens (0 on error). */
    long emit(Call c) {
        Networks.Net net = nets.net(c.net);
        Clients.Client client = clients.get(c.client);
        ExchangeBuilder b = Exchange.builder()
                .id(ids.exchange())
                .ts(Instant.ofEpochMilli(now))
                .accountId(c.accountId)
                .orgId(c.orgId)
                .apiKeyId(c.apiKeyId)
                .endUserId(c.endUserId)
                .ip(Networks.dotted(c.address))
                .asn(net.asn())
                .country(nets.code(net.country()))
                .proxyType(nets.proxyType(c.net, c.address))
                .userAgent(client.userAgent())
                .tlsFp(client.tlsFp())
                .api(c.api)
                .model(c.model)
                .prompt(c.prompt)
                .system(c.system)
                .turns(c.turns)
                .conversationId(c.conversationId)
                .tools(c.tools)
                .maxTokens(c.maxTokens)
                .temperature(c.temperature)
                .stream(c.stream)
                .thinking(c.thinking);
        long output = Responses.answer(c, b, rnd);
        Exchange e = b.build();
        c.tally.count(now, e.inputTokens(), e.outputTokens());
        out.exchange(e);
        return output;
    }

    /** Writes a new account and its label. */
    void open(Account a, Tally tally) {
        out.account(a);
        out.label(new Label(a.accountId(), tally.actor));
        tally.accounts++;
    }

    /** Labels one end user of an otherwise honest account as a campaign's. */
    void labelEndUser(String accountId, String endUserId, Tally tally) {
        out.label(new Label(accountId, endUserId, tally.actor));
        tally.endUsers++;
    }

    /** A count of this scenario's size at the run's scale, at least {@code min}. */
    int scaled(double count, int min) {
        return (int) Math.max(min, Math.round(count * scale));
    }
}
