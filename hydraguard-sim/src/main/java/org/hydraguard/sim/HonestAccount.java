package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * One honest account: an archetype (a subclass) sending conversations at a personal rate shaped by its
 * rhythm in its own time zone. A conversation is one or more turns under one conversation id; turns
 * follow one another after a reading-and-typing pause, and the context (earlier turns) is billed
 * again with every turn, as real APIs do. Where the account connects from is chosen per conversation:
 * home line (its address rotates every couple of weeks, as consumer ISPs do), a campus or office NAT,
 * a phone, or a VPN.
 *
 * <p>About 120 bytes of state per account; subclasses add a few fields at most.
 */
abstract class HonestAccount extends Actor {
    private static final double FOLLOW_ON = 0.35;

    final String accountId;
    final String orgId;
    final String apiKeyId;
    final long homeKey;
    final int homeNet;
    final byte country;
    final byte utcOffset;
    int siteNet = -1;
    float siteShare;
    float vpnShare;
    int client;
    String api;
    float perDay;
    /** Relative volume (lognormal weight) and first active time; set by the population. */
    float volume;
    long activeFrom;
    long adoptAt = Models.NEVER;
    boolean prefersSmall;
    Double temperature;
    Integer maxTokens;
    boolean streams;
    float thinkingShare;

    String conversationId;
    PromptKind kind = PromptKind.CHAT;
    int turn;
    int turnsLeft;
    long context;
    int net;
    int address;
    boolean thinkingNow;

    HonestAccount(Simulation sim, String accountId, String orgId, int country) {
        SplittableRandom r = sim.rnd;
        this.accountId = accountId;
        this.orgId = orgId;
        this.apiKeyId = sim.ids.apiKey();
        this.homeKey = r.nextLong();
        this.country = (byte) country;
        this.utcOffset = (byte) sim.nets.utcOffset(country, r);
        this.homeNet = sim.nets.isp(country, r);
        this.vpnShare = r.nextDouble() < 0.05 ? (float) Dist.uniform(r, 0.3, 1.0) : 0f;
        this.streams = r.nextDouble() < 0.6;
    }

    /** The account's usual home address at {@code t}. */
    int homeAddress(Simulation sim, long t) {
        return sim.nets.address(homeNet, homeKey + (t + (homeKey & 0xFFFFFFFL)) / (14 * Times.DAY));
    }

    abstract Rhythm rhythm();

    /** Expected turns per conversation, for rate calibration. */
    abstract double meanTurns();

    /** Starts a conversation: sets {@link #kind} and {@link #turnsLeft}, and any per-conversation state. */
    abstract void begin(Simulation sim);

    /** Fills the request of the current turn ({@link #turn} counts from 0). */
    abstract void fill(Simulation sim, Call c);

    /** Pause before the next turn of the same conversation. */
    long turnGap(Simulation sim, long output) {
        return (long) (output * 1000 / 60.0 + Dist.lognormal(sim.rnd, 45_000, 0.9));
    }

    @Override
    long fire(Simulation sim) {
        SplittableRandom r = sim.rnd;
        if (turnsLeft <= 0) {
            conversationId = sim.ids.conversation();
            turn = 0;
            context = 0;
            chooseNetwork(sim);
            thinkingNow = r.nextDouble() < thinkingShare;
            begin(sim);
        }
        Call c = sim.call(accountId, orgId, apiKeyId, net, address, client, api);
        c.model = model(sim);
        c.kind = kind;
        c.turns = 2 * turn + 1;
        c.conversationId = conversationId;
        c.context = context;
        c.maxTokens = maxTokens;
        c.temperature = temperature;
        c.stream = streams;
        c.thinking = thinkingNow;
        c.tally = sim.honest;
        fill(sim, c);
        long output = sim.emit(c);
        context += (c.prompt == null ? 0 : c.prompt.length() / 4) + output;
        turn++;
        turnsLeft--;
        if (turnsLeft > 0) {
            return sim.now() + turnGap(sim, output);
        }
        if (r.nextDouble() < FOLLOW_ON) {
            return sim.now() + (long) Dist.lognormal(r, 8 * Times.MINUTE, 1.0);
        }
        return rhythm().next(sim.now(), perDay * (1 - FOLLOW_ON), utcOffset, r);
    }

    String model(Simulation sim) {
        if (prefersSmall) {
            return sim.models.small();
        }
        return sim.models.largeAt(sim.now(), adoptAt);
    }

    private void chooseNetwork(Simulation sim) {
        SplittableRandom r = sim.rnd;
        double u = r.nextDouble();
        if (siteNet >= 0 && u < siteShare) {
            net = siteNet;
            address = sim.nets.net(siteNet).base() + 1;
        } else if (r.nextDouble() < vpnShare) {
            net = sim.nets.vpn(r);
            address = sim.nets.address(net, r);
        } else if (r.nextDouble() < 0.12) {
            net = sim.nets.mobile(country);
            address = sim.nets.address(net, r);
        } else {
            net = homeNet;
            address = homeAddress(sim, sim.now());
        }
    }

    /** Turns in a conversation: one, or a geometric run with the given mean. */
    static int geometricTurns(SplittableRandom r, double mean) {
        int n = 1;
        double p = 1 - 1 / mean;
        while (n < 60 && r.nextDouble() < p) {
            n++;
        }
        return n;
    }
}
