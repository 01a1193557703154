package org.hydraguard.core.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.link.ValueIndex;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.profile.SubjectProfile;
import org.hydraguard.core.score.GroupScore;
import org.hydraguard.core.score.GroupScorer;

/**
 * Re-scores cohorts on an amortised schedule and acts on the result: links suspicious cohorts into
 * one campaign, and when a cohort's action changes, re-decides every member at once (cluster-wide
 * action), so members already known are actioned as of the triggering exchange.
 *
 * <p>Schedule: a cohort is re-scored when its membership grew by a tenth (plus one) since the last
 * score, or its exchanges by an eighth (at least 64). That is O(log n) scorings per cohort for
 * growth and keeps the per-exchange cost constant.
 */
final class CohortScoring {
    private static final int SAMPLE_FOR_LINKS = 64;
    /** Share of a cohort's members that must belong to a suspicious cohort for it to be linked as contained. */
    static final double CONTAINED_SHARE = 0.8;
    /**
     * A contained cohort is at most this fraction of its container's size: one of the campaign's
     * many wrapper families, not a second group as large as the first sitting inside a family of
     * generic continuations that several operators share.
     */
    static final double SLIVER = 0.5;
    private final EngineState state;
    private final Policy policy;
    private final GroupScorer scorer;
    private final Enforcer enforcer;

    CohortScoring(EngineState state, Policy policy, Enforcer enforcer) {
        this.state = state;
        this.policy = policy;
        this.scorer = new GroupScorer(policy.detection());
        this.enforcer = enforcer;
    }

    void maybeRescore(Cohort c, Instant at, int hour, Consumer<Decision> out) {
        int members = c.memberCount();
        if (members < policy.detection().minEntities()) {
            return;
        }
        long since = c.exchanges - c.scoredAtExchanges;
        boolean grew = members >= c.scoredAtMembers + 1 + c.scoredAtMembers / 10 && since >= 2;
        boolean busy = since >= Math.max(64, c.exchanges / 8);
        if (!grew && !busy) {
            return;
        }
        rescore(c, at, hour, out);
    }

    private void rescore(Cohort c, Instant at, int hour, Consumer<Decision> out) {
        int members = c.memberCount();
        long root = state.forest.find(c.key);
        GroupScore g = scorer.score(c, root, state, state.values, hour);
        c.score = g.score();
        c.purpose = g.purpose();
        c.coordination = g.coordination();
        c.evidence = g.evidence();
        c.scoredAtExchanges = c.exchanges;
        c.scoredAtMembers = members;
        state.campaignsChanged();
        Action before = c.action;
        c.action = policy.thresholds().actionFor(g.score());
        if (EngineState.suspicious(c)) {
            if (before.compareTo(Action.MONITOR) < 0 && state.isCardCohort(c)) {
                scoreSharedTemplates(c, at, hour, out);
            }
            link(c);
        }
        if (c.action != before) {
            sweep(c, at, out);
        }
    }

    /**
     * A card's cohort that just turned suspicious first has the template cohorts most of its members
     * share scored at once, out of schedule. When the card's accounts are a template campaign's, that
     * campaign is then suspicious too and the card is linked into it, so decisions name the campaign
     * found through its prompts rather than a card group that would be merged into it later. A
     * template that stays unsuspicious when scored (cover traffic in a popular tool's wrapper) changes
     * nothing: the card group goes on as a campaign of its own.
     */
    private void scoreSharedTemplates(Cohort card, Instant at, int hour, Consumer<Decision> out) {
        Map<Long, Integer> votes = new TreeMap<>();
        int sampled = sampleMembers(card, p -> voteJoined(votes, p, card.key));
        for (Map.Entry<Long, Integer> e : votes.entrySet()) {
            Cohort t = state.cohorts.get(e.getKey());
            if (t != null && 2 * e.getValue() >= sampled && !EngineState.suspicious(t) && !state.isCardCohort(t)
                    && t.memberCount() >= policy.detection().minEntities()) {
                rescore(t, at, hour, out);
            }
        }
    }

    /** Re-decides every member of the cohort's campaign as of {@code at}. */
    private void sweep(Cohort c, Instant at, Consumer<Decision> out) {
        long root = state.forest.find(c.key);
        for (Cohort other : cohortsOf(root).values()) {
            for (int i = 0; i < other.memberCount(); i++) {
                enforcer.decide(state.byIndex.get(other.member(i)), at, out);
            }
        }
    }

    private Map<Long, Cohort> cohortsOf(long root) {
        Map<Long, Cohort> out = new TreeMap<>();
        for (Cohort k : state.cohorts.values()) {
            if (state.forest.find(k.key) == root) {
                out.put(k.key, k);
            }
        }
        return out;
    }

    /**
     * Joins this suspicious cohort with other suspicious cohorts that share members (the same
     * accounts rotating wrappers) or share rare payment instruments, sign-up networks and e-mail
     * domains (a campaign that came back with new accounts and new wrappers, or one operator's card
     * groups). Only suspicious cohorts ever merge, so an honest template that campaign members also
     * use as cover never bridges two campaigns.
     */
    private void link(Cohort c) {
        Map<Long, Integer> votes = new HashMap<>();
        int sampled = sampleMembers(c, p -> {
            voteJoined(votes, p, c.key);
            if (p.facts != null) {
                vote(votes, state.values.get(p.facts.paymentKey), p.index, c.key);
                vote(votes, state.values.get(p.facts.signupNetKey), p.index, c.key);
                vote(votes, state.values.get(p.facts.emailKey), p.index, c.key);
            }
        });
        int need = Math.max(2, sampled / 10);
        for (Map.Entry<Long, Integer> e : new TreeMap<>(votes).entrySet()) {
            Cohort other = state.cohorts.get(e.getKey());
            if (other == null || state.forest.find(other.key) == state.forest.find(c.key)) {
                continue;
            }
            if (e.getValue() >= need && EngineState.suspicious(other)) {
                state.forest.union(c.key, other.key, state::rootRank);
                state.campaignsChanged();
            } else if (!EngineState.suspicious(other) && containedIn(other, c)) {
                state.forest.union(c.key, other.key, state::rootRank);
                state.campaignsChanged();
                // due for scoring at once, now with its members' campaign-wide share
                other.scoredAtMembers = 0;
                other.scoredAtExchanges = 0;
            }
        }
    }

    /**
     * Whether nearly all of {@code small}'s members are members of the suspicious cohort {@code big}:
     * a wrapper family of the campaign that its accounts use too rarely, each, to be scored on its own.
     * A campaign that paraphrases heavily spreads its accounts over many small wrapper families; each
     * holds a sliver of every account's traffic, so no member has a real share of it and it can never
     * be sampled. Once one of the campaign's families is suspicious (here, often its scripted
     * continuations), a family whose users are almost all that family's members is the same operator's.
     * The bar is high and counted over the small cohort's own members: an honest template that some
     * campaign accounts also use (cover traffic) is mostly used by honest people and stays out, and a
     * linked cohort restricts nobody until it is scored suspicious on its own purpose and coordination.
     */
    boolean containedIn(Cohort small, Cohort big) {
        int total = small.memberCount();
        if (total < policy.detection().minEntities() || total > SLIVER * big.memberCount()) {
            return false;
        }
        int step = Math.max(1, total / SAMPLE_FOR_LINKS);
        int seen = 0;
        int inside = 0;
        for (int i = 0; i < total && seen < SAMPLE_FOR_LINKS; i += step, seen++) {
            if (state.byIndex.get(small.member(i)).hasJoined(big.key)) {
                inside++;
            }
        }
        return inside >= CONTAINED_SHARE * seen;
    }

    /** Visits up to {@link #SAMPLE_FOR_LINKS} of the cohort's members, evenly spaced in join order; returns how many. */
    private int sampleMembers(Cohort c, java.util.function.Consumer<SubjectProfile> visit) {
        int total = c.memberCount();
        int step = Math.max(1, total / SAMPLE_FOR_LINKS);
        int sampled = 0;
        for (int i = 0; i < total && sampled < SAMPLE_FOR_LINKS; i += step, sampled++) {
            visit.accept(state.byIndex.get(c.member(i)));
        }
        return sampled;
    }

    /** One vote for each family the member joined, other than the cohort's own. */
    private void voteJoined(Map<Long, Integer> votes, SubjectProfile p, long own) {
        for (long j : p.joined) {
            if (j != 0L && j != own) {
                votes.merge(state.families.find(j), 1, Integer::sum);
            }
        }
    }

    private void vote(Map<Long, Integer> votes, ValueIndex.Posting p, int self, long key) {
        if (p == null || p.count < 2 || p.count > policy.detection().rareValueMaxAccounts()) {
            return;
        }
        for (int i = 0; i < p.heldCount(); i++) {
            int h = p.holder(i);
            SubjectProfile holder = state.byIndex.get(h);
            // a holder that is a member here already votes through shared membership; counting it
            // again would let one campaign's cards bridge it to every other family its members also
            // use (a scripted-continuation family shared by several operators, say)
            if (h == self || holder.hasJoined(key)) {
                continue;
            }
            for (long j : holder.joined) {
                if (j != 0L && j != key) {
                    votes.merge(state.families.find(j), 1, Integer::sum);
                    break;
                }
            }
        }
    }
}
