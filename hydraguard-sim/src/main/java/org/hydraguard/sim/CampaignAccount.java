package org.hydraguard.sim;

import java.util.SplittableRandom;
import org.hydraguard.sim.text.PromptKind;

/**
 * One identity of a distillation operator: a fraudulent account, or an end user the operator
 * bought at a legitimate reseller (then it sends through the reseller's account, addresses and
 * client, and only its {@code end_user_id} is its own). It sends wrapped capability tasks (and some
 * cover chat) at the rate the operator's scheduler gives it until it dies.
 */
final class CampaignAccount extends Actor {
    private static final PromptKind[] COVER = {PromptKind.CHAT, PromptKind.WRITING, PromptKind.TRANSLATION, PromptKind.CHAT};
    private static final int[] POPULAR_MAX_TOKENS = {2048, 4096, 4096, 8192, 8192, 16000, 32000};

    private final DistillationOperator op;
    final String accountId;
    final String orgId;
    final String apiKeyId;
    final String endUserId;
    private boolean endUserLabelled;
    private final long dieAt;
    private final int client;
    private final String api;
    private final byte persona;
    private final byte utcOffset;
    private final boolean datacenter;
    private final int maxTokens;
    private final Double temperature;
    private final float thinkingShare;
    private final boolean streams;
    int signupNet;
    private int net;
    private int address;
    private long stickyUntil;
    private String conversationId;
    private PromptKind kind;
    private boolean cover;
    private int turn;
    private int turnsLeft;
    private long context;

    CampaignAccount(Simulation sim, DistillationOperator op, long dieAt) {
        SplittableRandom r = sim.rnd;
        CampaignPlan plan = op.plan;
        this.op = op;
        this.dieAt = dieAt;
        this.persona = (byte) sim.nets.country(r);
        this.utcOffset = (byte) sim.nets.utcOffset(persona, r);
        if (op.reseller != null && r.nextDouble() < plan.resellerShare()) {
            Reseller rs = op.reseller;
            accountId = rs.accountId;
            orgId = rs.orgId;
            apiKeyId = rs.apiKeyId;
            endUserId = sim.ids.endUser();
            client = rs.client;
            api = rs.api;
            datacenter = true;
        } else {
            accountId = sim.ids.account();
            orgId = sim.ids.org();
            apiKeyId = sim.ids.apiKey();
            endUserId = null;
            client = plan.fingerprint() == CampaignPlan.Fingerprint.FIXED_SDK ? op.fixedClients[r.nextInt(op.fixedClients.length)]
                    : (r.nextDouble() < 0.75 ? sim.clients.programmatic(r) : sim.clients.console(r));
            api = Clients.api(sim.clients.get(client), r);
            datacenter = switch (plan.ip()) {
                case DATACENTER -> true;
                case MIXED -> r.nextDouble() < plan.datacenterShare();
                default -> false;
            };
        }
        if (plan.jitterParams()) {
            maxTokens = POPULAR_MAX_TOKENS[r.nextInt(POPULAR_MAX_TOKENS.length)];
            temperature = r.nextDouble() < 0.6 ? null : (r.nextBoolean() ? 0.7 : 1.0);
            thinkingShare = (float) Math.min(1, plan.thinkingShare() * Dist.uniform(r, 0.3, 1.5));
            streams = r.nextBoolean();
        } else {
            maxTokens = plan.maxTokens();
            temperature = plan.temperature();
            thinkingShare = (float) plan.thinkingShare();
            streams = false;
        }
        chooseNetwork(sim, 0);
        signupNet = net;
    }

    int signupAddress(Simulation sim) {
        return address;
    }

    @Override
    long fire(Simulation sim) {
        SplittableRandom r = sim.rnd;
        if (sim.now() >= op.endAt || (sim.now() >= dieAt && !op.lastSurvivor())) {
            op.live--;
            return Long.MAX_VALUE;
        }
        CampaignPlan plan = op.plan;
        if (turnsLeft <= 0) {
            conversationId = sim.ids.conversation();
            turn = 0;
            context = 0;
            cover = r.nextDouble() < plan.coverShare();
            kind = cover ? COVER[r.nextInt(COVER.length)] : op.kind(r);
            turnsLeft = cover ? HonestAccount.geometricTurns(r, 1.8)
                    : r.nextDouble() < plan.multiTurnShare() ? Dist.between(r, 3, 15) : 1;
        }
        chooseNetwork(sim, sim.now());
        Call c = sim.call(accountId, orgId, apiKeyId, net, address, client, api);
        c.endUserId = endUserId;
        c.model = sim.now() >= op.chaseAt && r.nextDouble() < plan.chaseShare() ? sim.models.released() : sim.models.large();
        c.kind = kind;
        c.turns = 2 * turn + 1;
        c.conversationId = conversationId;
        c.context = context;
        c.stream = streams;
        c.tally = op.tally;
        c.errorBoost = 0.006;
        if (cover) {
            c.prompt = turn == 0 ? sim.book.pasted(kind, r) : sim.book.followUp(kind, r);
            c.maxTokens = plan.jitterParams() ? 4096 : maxTokens;
            c.temperature = plan.jitterParams() ? null : temperature;
            c.thinking = false;
        } else {
            c.system = op.system;
            if (turn > 0) {
                c.prompt = sim.book.chainStep(r);
            } else {
                String item = sim.book.item(kind, r);
                c.prompt = op.wrappers == null ? item : op.wrappers.wrap(kind, item, r);
            }
            c.tools = kind == PromptKind.AGENTIC ? op.toolCount : 0;
            c.toolTurn = c.tools > 0 && r.nextDouble() < 0.6;
            c.maxTokens = maxTokens;
            c.temperature = temperature;
            c.thinking = r.nextDouble() < thinkingShare;
        }
        if (endUserId != null && !endUserLabelled) {
            endUserLabelled = true;
            sim.labelEndUser(accountId, endUserId, op.tally);
        }
        long output = sim.emit(c);
        context += c.prompt.length() / 4 + output;
        turn++;
        turnsLeft--;
        if (turnsLeft > 0) {
            return sim.now() + output * 1000 / 60 + (long) Dist.lognormal(r, plan.humanRhythm() ? 40_000 : 2_500, 0.7);
        }
        double rate = op.perAccountPerDay() / (1 + plan.multiTurnShare() * 8);
        if (plan.humanRhythm()) {
            return Rhythm.PERSONAL.next(sim.now(), rate, utcOffset, r);
        }
        return sim.now() + (long) (Times.DAY / Math.max(rate, 1e-6) * Dist.uniform(r, 0.55, 1.45));
    }

    private void chooseNetwork(Simulation sim, long now) {
        SplittableRandom r = sim.rnd;
        if (endUserId != null) {
            net = op.reseller.net;
            address = op.reseller.address(r);
            return;
        }
        if (datacenter) {
            int slot = (int) Math.floorMod(accountId.hashCode(), op.datacenterPool.length);
            net = op.datacenterNets[slot % 2];
            address = op.datacenterPool[slot];
            return;
        }
        boolean rotate = op.plan.ip() == CampaignPlan.IpStrategy.RESIDENTIAL_ROTATING;
        if (rotate || now >= stickyUntil) {
            int country = rotate || r.nextDouble() < 0.3 ? sim.nets.country(r) : persona;
            net = sim.nets.isp(country, r);
            address = sim.nets.proxyExit(net, r);
            stickyUntil = now + (long) Dist.lognormal(r, 2 * Times.HOUR, 0.8);
        }
    }
}
