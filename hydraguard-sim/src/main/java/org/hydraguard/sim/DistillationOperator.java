package org.hydraguard.sim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hydraguard.core.model.Account;
import org.hydraguard.sim.text.PromptKind;
import org.hydraguard.sim.text.WrapperFamily;

/**
 * A distillation operator, configured by a {@link CampaignPlan}. As an actor it is the account
 * factory: every hour it checks the live pool and, while accounts remain in its budget, opens a wave
 * of tens to hundreds of accounts within a few hours (through its proxies, on throwaway or webmail
 * addresses, cards reused across several accounts, some via abused programs) to keep about
 * {@code accounts * lifetime / span} alive. Its scheduler spreads the campaign's daily volume evenly
 * over the live accounts ({@link #perAccountPerDay()}), so totals match the plan whatever the churn.
 */
final class DistillationOperator extends Actor {
    static final String[] PROGRAMS = {"education", "startup", "research"};

    final CampaignPlan plan;
    final Tally tally;
    final WrapperFamily wrappers;
    final PromptKind[] kinds;
    final double[] kindCum;
    final long startAt;
    final long endAt;
    final long chaseAt;
    final String system;
    final int toolCount;
    final int[] fixedClients;
    final int[] datacenterNets;
    final int[] datacenterPool;
    final Reseller reseller;
    private final String[] domains;
    private final int budget;
    private final double perDay;
    private final double liveTarget;
    private final double lifetimeMedianDays;
    private final Signups forms = new Signups();
    private int created;
    int live;
    private String card;
    private int cardUses;

    DistillationOperator(Simulation sim, CampaignPlan plan, long seed) {
        SplittableRandom r = sim.rnd;
        this.plan = plan;
        this.tally = new Tally(plan.id());
        sim.campaigns.add(tally);
        this.wrappers = plan.wrappers() == 0 ? null : sim.book.wrappers(seed, plan.wrappers(), plan.paraphrase());
        this.kinds = plan.mix().keySet().stream().sorted().toArray(PromptKind[]::new);
        double[] w = new double[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            w[i] = plan.mix().get(kinds[i]);
        }
        this.kindCum = Dist.cumulative(w);
        this.startAt = sim.start + (long) (plan.startDay() * Times.DAY);
        this.endAt = Math.min(sim.end, sim.start + (long) (plan.endDay() * Times.DAY));
        this.chaseAt = sim.models.releaseAt() == Models.NEVER ? Models.NEVER : sim.models.releaseAt() + (long) (plan.chaseDelayHours() * Times.HOUR);
        String system = r.nextDouble() < 0.5 ? null : sim.book.appSystem(r.nextLong());
        this.system = wrappers == null ? null : system; // bare items come without a system prompt too
        this.toolCount = Dist.between(r, 3, 12);
        this.fixedClients = new int[] {sim.clients.sdk(r), sim.clients.sdk(r), sim.clients.programmatic(r)};
        this.datacenterNets = new int[] {sim.nets.cloud(r), sim.nets.cloud(r)};
        this.budget = sim.scaled(plan.accounts(), 1);
        this.datacenterPool = new int[Math.max(4, budget / 20)];
        for (int i = 0; i < datacenterPool.length; i++) {
            datacenterPool[i] = sim.nets.address(datacenterNets[i % 2], r);
        }
        this.reseller = plan.resellerShare() > 0 && !sim.resellers.isEmpty() ? sim.resellers.get(r.nextInt(sim.resellers.size())) : null;
        this.domains = new String[3];
        for (int i = 0; i < domains.length; i++) {
            domains[i] = Signups.THROWAWAY[r.nextInt(Signups.THROWAWAY.length)];
        }
        double spanDays = (endAt - startAt) / (double) Times.DAY;
        this.perDay = plan.exchanges() * sim.scale / spanDays;
        double lifetime = Math.min(plan.lifetimeDays(), spanDays);
        this.liveTarget = Math.max(1, budget * lifetime / (spanDays + lifetime * 0.5));
        this.lifetimeMedianDays = lifetime / Math.exp(0.18);
    }

    /** Whether the only live account is the last the budget allows: it keeps going to the end. */
    boolean lastSurvivor() {
        return created >= budget && live <= 1;
    }

    /** The daily volume each live account should carry now: an even share, capped. */
    double perAccountPerDay() {
        // Operators cap each account's load (rate limits, staying quiet), so a thin pool carries less.
        return Math.min(perDay / Math.max(1, live), 2.5 * perDay / liveTarget);
    }

    @Override
    long fire(Simulation sim) {
        if (sim.now() >= endAt) {
            return Long.MAX_VALUE;
        }
        SplittableRandom r = sim.rnd;
        if (created < budget && live < liveTarget * Dist.uniform(r, 0.8, 1.0)) {
            wave(sim);
        }
        if (created >= budget) {
            return Long.MAX_VALUE;
        }
        return sim.now() + Times.HOUR + r.nextInt(600_000);
    }

    private void wave(Simulation sim) {
        SplittableRandom r = sim.rnd;
        int size = Math.min(budget - created, sim.scaled(Dist.between(r, plan.waveMin(), plan.waveMax()), 1));
        if (live + size > liveTarget * 1.5 && live > 0) {
            size = Math.max(1, (int) (liveTarget * 1.2) - live);
        }
        long spread = Dist.between(r, 1, 6) * Times.HOUR;
        for (int i = 0; i < size; i++) {
            long createdAt = sim.now() + (long) (r.nextDouble() * spread);
            long life = (long) (Dist.lognormal(r, lifetimeMedianDays, 0.6) * Times.DAY);
            CampaignAccount a = new CampaignAccount(sim, this, createdAt + life);
            if (a.endUserId == null) {
                long signedUp = signedUp(r, createdAt);
                String domain = domain(r);
                String card = card(sim, r); // in this order, so that each draw comes where it always came
                Account account = Signups.account(a.accountId, signedUp, a.orgId, domain, card, Networks.dotted(a.signupAddress(sim)),
                        sim.nets.code(sim.nets.net(a.signupNet).country()), card == null || r.nextDouble() >= 0.85 ? "free" : "build", programs(r),
                        r.nextDouble() < plan.verifiedShare(), forms.displayName(r));
                // a wave is opened over hours: the part that would come after the campaign (or the data) ends
                // is never opened, while its draws are still made so that every other account stays as it was
                if (createdAt < endAt) {
                    sim.open(account, tally);
                }
            }
            live++;
            created++;
            sim.add(a, createdAt + (long) Dist.lognormal(r, 40 * Times.MINUTE, 1.0));
        }
    }

    /** When the account's record says it signed up: when it is woken, or long before for a bought one. */
    private long signedUp(SplittableRandom r, long wokenAt) {
        if (plan.agedShare() == 0 || r.nextDouble() >= plan.agedShare()) {
            return wokenAt; // no draw without aged accounts, so other scenarios' streams stay as they were
        }
        return wokenAt - (60 + r.nextInt(600)) * Times.DAY;
    }

    private String domain(SplittableRandom r) {
        return r.nextDouble() < plan.throwawayShare() ? domains[r.nextInt(domains.length)] : forms.webmail(r);
    }

    /** The account's payment instrument, or null for one left without (no draw when every account has one). */
    private String card(Simulation sim, SplittableRandom r) {
        if (plan.cardShare() < 1 && r.nextDouble() >= plan.cardShare()) {
            return null;
        }
        if (card == null || cardUses <= 0) {
            card = sim.ids.payment();
            cardUses = Dist.between(sim.rnd, plan.cardMin(), plan.cardMax());
        }
        cardUses--;
        return card;
    }

    private List<String> programs(SplittableRandom r) {
        return r.nextDouble() < plan.programShare() ? List.of(PROGRAMS[r.nextInt(PROGRAMS.length)]) : List.of();
    }

    PromptKind kind(SplittableRandom r) {
        return kinds[Dist.pick(r, kindCum)];
    }

    Map<PromptKind, Double> mix() {
        return plan.mix();
    }
}
