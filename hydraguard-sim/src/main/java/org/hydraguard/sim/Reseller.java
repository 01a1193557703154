package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * A reseller or router: one account serving thousands of its own customers, each passed on as an
 * {@code end_user_id}, from a handful of datacenter addresses with one server SDK. Huge, diverse,
 * round-the-clock volume; many end users run coding agents. End users' popularity is Zipf-like and
 * each keeps its own conversation going. Campaigns may hide end users of their own in here.
 */
final class Reseller extends Actor {
    private static final PromptKind[] KINDS = {
        PromptKind.CHAT, PromptKind.SWE, PromptKind.CODE, PromptKind.AGENTIC, PromptKind.WRITING, PromptKind.MATH, PromptKind.REASONING,
        PromptKind.TRANSLATION
    };
    private static final double[] WEIGHTS = Dist.cumulative(30, 18, 16, 16, 8, 5, 4, 3);

    final String accountId;
    final String orgId;
    final String apiKeyId;
    final int net;
    final int[] addresses;
    final int client;
    final String api;
    private final String[] endUsers;
    private final byte[] kinds;
    private final short[] turnsLeft;
    private final short[] turn;
    private final int[] context;
    private final String[] conversations;
    private final double perDay;

    Reseller(Simulation sim, String accountId, String orgId, int endUserCount, double perDay) {
        SplittableRandom r = sim.rnd;
        this.accountId = accountId;
        this.orgId = orgId;
        this.apiKeyId = sim.ids.apiKey();
        this.net = sim.nets.cloud(r);
        this.addresses = new int[Dist.between(r, 4, 16)];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = sim.nets.address(net, r);
        }
        this.client = sim.clients.sdk(r);
        this.api = Clients.api(sim.clients.get(client), r);
        this.endUsers = new String[endUserCount];
        this.kinds = new byte[endUserCount];
        for (int i = 0; i < endUserCount; i++) {
            endUsers[i] = sim.ids.endUser();
            kinds[i] = (byte) Dist.pick(r, WEIGHTS);
        }
        this.turnsLeft = new short[endUserCount];
        this.turn = new short[endUserCount];
        this.context = new int[endUserCount];
        this.conversations = new String[endUserCount];
        this.perDay = perDay;
    }

    /** An address of the reseller's servers. */
    int address(SplittableRandom r) {
        return addresses[r.nextInt(addresses.length)];
    }

    @Override
    long fire(Simulation sim) {
        SplittableRandom r = sim.rnd;
        int u = Dist.zipf(r, endUsers.length);
        PromptKind kind = KINDS[kinds[u]];
        boolean agent = kind == PromptKind.SWE || kind == PromptKind.AGENTIC;
        if (turnsLeft[u] <= 0) {
            conversations[u] = sim.ids.conversation();
            turn[u] = 0;
            context[u] = 0;
            turnsLeft[u] = (short) (agent ? Math.min(60, 2 + Dist.zipf(r, 40)) : HonestAccount.geometricTurns(r, 2.5));
        }
        Call c = sim.call(accountId, orgId, apiKeyId, net, address(r), client, api);
        c.endUserId = endUsers[u];
        c.model = (u & 3) == 0 ? sim.models.small() : sim.models.largeAt(sim.now(), sim.models.releaseAt() + (u % 11) * Times.DAY);
        c.kind = kind;
        c.turns = 2 * turn[u] + 1;
        c.conversationId = conversations[u];
        c.context = context[u];
        c.tools = agent ? 8 + (u % 17) : 0;
        c.toolTurn = agent && turnsLeft[u] > 1;
        c.prompt = turn[u] == 0 ? sim.book.task(kind, r) : sim.book.followUp(kind, r);
        c.maxTokens = agent ? 16000 : 4096;
        c.stream = true;
        c.thinking = agent && (u & 1) == 0;
        c.tally = sim.honest;
        long out = sim.emit(c);
        context[u] = (int) Math.min(Integer.MAX_VALUE, context[u] + c.prompt.length() / 4 + out);
        turn[u]++;
        turnsLeft[u]--;
        return Rhythm.FLAT.next(sim.now(), perDay, 0, r);
    }
}
