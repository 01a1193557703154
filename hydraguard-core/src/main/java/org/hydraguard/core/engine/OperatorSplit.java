package org.hydraguard.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hydraguard.core.link.ValueIndex;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.profile.SubjectProfile;
import org.hydraguard.core.profile.StableHash;

/**
 * Separates the distinct operators that one reported campaign may hold. Content alone cannot: two
 * operators that drive long-horizon chains with the same public "continue with the next step"
 * phrasing, or rotate wrappers drawn from the same public prompt collections, are united into one
 * template family and so into one campaign. What they do not share is what each operator buys for
 * itself: payment instruments, and what it wants from the model (its target mix and request shape).
 *
 * <p>Method, run at report time over one campaign's members:
 * <ol>
 *   <li><b>Sign-up coupling.</b> Members sharing a rare payment instrument (held by 2 to
 *       {@code rareValueMaxAccounts} accounts in the whole population) form a component: one operator
 *       funds many accounts with one card; separate operators never share one. A card held by hundreds
 *       (a company's invoice card, say) is not rare and links nothing.</li>
 *   <li><b>Operators from components.</b> Components with at least {@link #MIN_SEED_ACCOUNTS} accounts
 *       and {@link #MIN_SEED_EXCHANGES} exchanges, taken in order of first activity, join the operator
 *       whose pooled traffic profile they resemble, or start a new one when they differ from every
 *       operator by more than {@link #DISTINCT} plus sampling noise. One operator that opens new waves
 *       on new cards keeps one target mix and request shape, so its cards are reunited; two operators
 *       that want different things from the model stay apart.</li>
 *   <li><b>The rest</b> (small components, accounts without a rare link, reseller end users) go to the
 *       operator they resemble most; with one operator found there is nothing to split.</li>
 * </ol>
 *
 * <p>The profile of a group is pooled over its members' exchanges: capability mix, tool use,
 * single-turn share, the mean reasoning-elicitation, task-likeness and output-seeking signals, and
 * the log of mean input and output tokens per exchange (what max_tokens and thinking leave visible).
 * Distance is the largest difference in any of those, each on a 0-1 scale, so one clear difference
 * (a coding-agent mix against a reasoning-trace mix; 300-token answers against 8,000-token traces)
 * is enough, and many small ones never add up.
 *
 * <p>Splitting never adds or removes anyone from the campaign: it only partitions members that were
 * already actioned together. Deterministic: members, cards and operators are visited in sorted order.
 */
final class OperatorSplit {
    static final int MIN_SEED_ACCOUNTS = 2;
    static final long MIN_SEED_EXCHANGES = 1_000;
    /** Profile distance beyond which two operators are told apart (before the noise allowance). */
    static final double DISTINCT = 0.2;
    /** Allowance for sampling noise, in units of sqrt(1/n1 + 1/n2) exchanges. */
    static final double NOISE = 3.0;
    private static final int CAPS = Capability.values().length;
    /** Token means differing by this factor count as fully different (distance 1). */
    private static final double TOKEN_SPAN = Math.log(8);

    private OperatorSplit() {}

    /** One operator found in a campaign: its members (subject indices, sorted) and its first card. */
    record Part(List<Integer> members, long anchorKey, int cards) {}

    /**
     * Splits {@code members} (subject indices) of one campaign into operators, in order of first
     * activity; a single part holding everyone when there is nothing to split.
     */
    static List<Part> split(List<SubjectProfile> members, ValueIndex values, int rareMax) {
        Map<Long, Group> byCard = new TreeMap<>();
        List<Group> loose = new ArrayList<>();
        for (SubjectProfile p : members) {
            long card = rareCard(p, values, rareMax);
            if (card == 0L) {
                loose.add(Group.of(p, 0L));
            } else {
                byCard.computeIfAbsent(card, k -> new Group(k)).add(p);
            }
        }
        List<Group> seeds = new ArrayList<>();
        for (Group g : byCard.values()) {
            if (g.members.size() >= MIN_SEED_ACCOUNTS && g.exchanges >= MIN_SEED_EXCHANGES) {
                seeds.add(g);
            } else {
                loose.add(g);
            }
        }
        Comparator<Group> byFirst = Comparator.comparingLong((Group g) -> g.firstMs).thenComparingLong(g -> g.key);
        seeds.sort(byFirst);
        List<Operator> operators = new ArrayList<>();
        for (Group s : seeds) {
            Operator near = nearest(operators, s);
            if (near == null || distance(near.pool, s) > DISTINCT + NOISE * noise(near.pool, s)) {
                operators.add(new Operator(s));
            } else {
                near.take(s);
            }
        }
        if (operators.size() <= 1) {
            List<Integer> all = new ArrayList<>();
            for (SubjectProfile p : members) {
                all.add(p.index);
            }
            all.sort(null);
            long anchor = operators.isEmpty() ? 0L : operators.get(0).anchor;
            return List.of(new Part(all, anchor, byCard.size()));
        }
        loose.sort(byFirst);
        for (Group g : loose) {
            // assigned to the operators as the seeds left them, so the order of the rest never matters
            Operator near = nearest(operators, g);
            near.rest.add(g);
        }
        List<Part> out = new ArrayList<>();
        for (Operator o : operators) {
            List<Integer> ids = new ArrayList<>();
            int cards = 0;
            for (Group g : o.groups) {
                ids.addAll(g.members);
                cards++;
            }
            for (Group g : o.rest) {
                ids.addAll(g.members);
                cards += g.key == 0L ? 0 : 1;
            }
            ids.sort(null);
            out.add(new Part(ids, o.anchor, cards));
        }
        return out;
    }

    /** The subject's payment instrument when it is rare enough to be a link, else 0. */
    private static long rareCard(SubjectProfile p, ValueIndex values, int rareMax) {
        if (p.facts == null || p.facts.paymentKey == 0L) {
            return 0L;
        }
        ValueIndex.Posting pay = values.get(p.facts.paymentKey);
        return pay != null && pay.count >= 2 && pay.count <= rareMax ? p.facts.paymentKey : 0L;
    }

    private static Operator nearest(List<Operator> operators, Group g) {
        Operator best = null;
        double bestD = Double.MAX_VALUE;
        for (Operator o : operators) {
            double d = distance(o.pool, g);
            if (d < bestD) {
                best = o;
                bestD = d;
            }
        }
        return best;
    }

    /** The largest difference between the two groups' traffic profiles, 0-1. */
    static double distance(Group a, Group b) {
        if (a.exchanges == 0 || b.exchanges == 0) {
            return 0;
        }
        double tv = 0;
        for (int i = 0; i < CAPS; i++) {
            tv += Math.abs(a.share(a.caps[i]) - b.share(b.caps[i]));
        }
        double d = tv / 2;
        d = Math.max(d, Math.abs(a.share(a.tools) - b.share(b.tools)));
        d = Math.max(d, Math.abs(a.share(a.singleTurn) - b.share(b.singleTurn)));
        d = Math.max(d, Math.abs(a.mean(a.reasoning) - b.mean(b.reasoning)));
        d = Math.max(d, Math.abs(a.mean(a.task) - b.mean(b.task)));
        d = Math.max(d, Math.abs(a.mean(a.outputSeeking) - b.mean(b.outputSeeking)));
        d = Math.max(d, tokens(a.mean(a.inTokens), b.mean(b.inTokens)));
        d = Math.max(d, tokens(a.mean(a.outTokens), b.mean(b.outTokens)));
        return d;
    }

    private static double tokens(double x, double y) {
        return Math.min(1.0, Math.abs(Math.log((x + 1) / (y + 1))) / TOKEN_SPAN);
    }

    private static double noise(Group a, Group b) {
        return Math.sqrt(1.0 / Math.max(1, a.exchanges) + 1.0 / Math.max(1, b.exchanges));
    }

    /** The id of a part that is not the campaign's first operator: derived from the root and its first card. */
    static long partKey(long root, long anchorKey) {
        long k = StableHash.mix(root * 0x9e3779b97f4a7c15L ^ anchorKey);
        return k == 0L ? 1L : k;
    }

    /** One operator being assembled: its seed groups, their pooled profile, and the rest assigned to it. */
    private static final class Operator {
        final long anchor;
        final Group pool = new Group(0L);
        final List<Group> groups = new ArrayList<>();
        final List<Group> rest = new ArrayList<>();

        Operator(Group seed) {
            anchor = seed.key;
            take(seed);
        }

        void take(Group g) {
            groups.add(g);
            pool.absorb(g);
        }
    }

    /** Pooled traffic of a set of members (one card's accounts, an operator, or one loose subject). */
    static final class Group {
        final long key;
        final List<Integer> members = new ArrayList<>();
        long firstMs = Long.MAX_VALUE;
        long exchanges;
        final long[] caps = new long[CAPS];
        long tools;
        long singleTurn;
        double reasoning;
        double task;
        double outputSeeking;
        double inTokens;
        double outTokens;

        Group(long key) {
            this.key = key;
        }

        static Group of(SubjectProfile p, long key) {
            Group g = new Group(key);
            g.add(p);
            return g;
        }

        void add(SubjectProfile p) {
            members.add(p.index);
            int n = p.exchanges();
            if (n > 0) {
                firstMs = Math.min(firstMs, p.firstMs());
            }
            exchanges += n;
            for (Capability c : Capability.values()) {
                caps[c.ordinal()] += p.capabilityCount(c);
            }
            tools += Math.round(p.toolShare() * n);
            singleTurn += Math.round(p.singleTurnShare() * n);
            reasoning += p.reasoning() * n;
            task += p.taskLikeness() * n;
            outputSeeking += p.outputSeeking() * n;
            inTokens += p.inputTokens();
            outTokens += p.outputTokens();
        }

        void absorb(Group g) {
            members.addAll(g.members);
            firstMs = Math.min(firstMs, g.firstMs);
            exchanges += g.exchanges;
            for (int i = 0; i < CAPS; i++) {
                caps[i] += g.caps[i];
            }
            tools += g.tools;
            singleTurn += g.singleTurn;
            reasoning += g.reasoning;
            task += g.task;
            outputSeeking += g.outputSeeking;
            inTokens += g.inTokens;
            outTokens += g.outTokens;
        }

        double share(long count) {
            return exchanges == 0 ? 0 : (double) count / exchanges;
        }

        double mean(double sum) {
            return exchanges == 0 ? 0 : sum / exchanges;
        }
    }
}
