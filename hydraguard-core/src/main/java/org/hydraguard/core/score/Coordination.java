package org.hydraguard.core.score;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hydraguard.core.link.ValueIndex;
import org.hydraguard.core.profile.AccountFacts;
import org.hydraguard.core.profile.SubjectProfile;

/**
 * How coordinated a sample of a group's members is, feature by feature (each 0-1). Honest
 * look-alikes differ here: coding-tool users sign up organically over years, keep home IPs and
 * clients, and have heavy-tailed volumes; campaigns are young accounts born in waves while the
 * campaign runs, with even load, proxy churn, shared rare payment or sign-up values and loosely
 * synchronised activity (SynchroTrap: co-activity in the same hour slots beyond chance).
 */
final class Coordination {
    static final long DAY_MS = 86_400_000L;
    final double youth;
    final double waves;
    final double evenLoad;
    final double infrastructure;
    final double clientChurn;
    final double sharedValues;
    final double synchrony;
    final double gatedSignup;
    final double regularity;
    final int entities;
    final int sampled;

    private Coordination(double youth, double waves, double evenLoad, double infrastructure, double clientChurn,
                         double sharedValues, double synchrony, double gatedSignup, double regularity,
                         int entities, int sampled) {
        this.youth = youth;
        this.waves = waves;
        this.evenLoad = evenLoad;
        this.infrastructure = infrastructure;
        this.clientChurn = clientChurn;
        this.sharedValues = sharedValues;
        this.synchrony = synchrony;
        this.gatedSignup = gatedSignup;
        this.regularity = regularity;
        this.entities = entities;
        this.sampled = sampled;
    }

    /** Weighted sum; the weights add to 1. */
    double score() {
        return 0.22 * youth + 0.12 * waves + 0.14 * evenLoad + 0.16 * infrastructure + 0.06 * clientChurn
                + 0.14 * sharedValues + 0.06 * synchrony + 0.05 * gatedSignup + 0.05 * regularity;
    }

    static Coordination of(List<SubjectProfile> m, long groupFirstMs, long root, ValueIndex values,
                           MemberView view, int rareMax, int nowHour) {
        int n = m.size();
        if (n == 0) {
            return new Coordination(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        Set<String> entities = new HashSet<>();
        double young = 0;
        double infra = 0;
        double client = 0;
        double shared = 0;
        double gated = 0;
        double regular = 0;
        long[] created = new long[n];
        int known = 0;
        double[] rates = new double[n];
        int rated = 0;
        long activatedAfter = Math.max(groupFirstMs - 7 * DAY_MS, view.newlyActiveFromMs());
        for (SubjectProfile p : m) {
            entities.add(p.entityKey());
            AccountFacts f = p.facts;
            if (f == null) {
                young += 0.5;
            } else {
                young += newness(p, f.createdMs, groupFirstMs, activatedAfter);
                created[known++] = f.createdMs;
                shared += Math.max(link(values.get(f.paymentKey), p.index, root, view, rareMax),
                        Math.max(0.7 * link(values.get(f.signupNetKey), p.index, root, view, rareMax),
                                0.7 * link(values.get(f.emailKey), p.index, root, view, rareMax)));
                gated += (f.verified == 0 || f.viaProgram) ? 1 : 0;
            }
            infra += Math.max(p.proxyShare(), p.ipChurn());
            client += p.clientChurn();
            regular += Math.max(0, 1 - p.gapSpread());
            if (p.exchanges() >= 3) {
                rates[rated++] = p.dailyRate();
            }
        }
        return new Coordination(young / n, waves(created, known), evenLoad(rates, rated), infra / n, client / n,
                shared / n, synchrony(m, nowHour), gated / n, regular / n, entities.size(), n);
    }

    /**
     * How new a member is to the provider, 0-1: half for an account at most 30 days old when it first
     * sent anything, half for one created while the group was active (or a week before). An old
     * account that had sent nothing until the group was active (a bought or long-dormant account,
     * woken for the campaign) counts half: its first exchange comes after {@code activatedAfter},
     * which is never before {@link MemberView#newlyActiveFromMs()}.
     */
    static double newness(SubjectProfile p, long createdMs, long groupFirstMs, long activatedAfter) {
        long ageAtStart = p.firstMs() - createdMs;
        boolean youngAtStart = ageAtStart <= 30 * DAY_MS;
        boolean bornDuring = createdMs >= groupFirstMs - 7 * DAY_MS;
        if (youngAtStart || bornDuring) {
            return (youngAtStart ? 0.5 : 0) + (bornDuring ? 0.5 : 0);
        }
        return p.firstMs() >= activatedAfter ? 0.5 : 0;
    }

    /**
     * Link strength of one value for one member: its rarity weight times the share of the value's
     * known holders that are in the same campaign (a campaign-only domain counts, a webmail does not).
     */
    private static double link(ValueIndex.Posting p, int self, long root, MemberView view, int rareMax) {
        if (p == null || p.count < 2) {
            return 0;
        }
        int inGroup = 0;
        int others = 0;
        for (int i = 0; i < p.heldCount(); i++) {
            int h = p.holder(i);
            if (h != self) {
                others++;
                if (view.inCampaign(h, root)) {
                    inGroup++;
                }
            }
        }
        double concentration = others == 0 ? 0 : (double) inGroup / others;
        double rarity = ValueIndex.rarity(p.count, rareMax);
        return Math.max(rarity * Math.max(0.5, concentration), concentration >= 0.5 ? 0.8 * concentration : 0);
    }

    /** Share of members signed up within two days of another sampled member. */
    static double waves(long[] created, int n) {
        if (n < 2) {
            return 0;
        }
        long[] c = Arrays.copyOf(created, n);
        Arrays.sort(c);
        int close = 0;
        for (int i = 0; i < n; i++) {
            boolean near = (i > 0 && c[i] - c[i - 1] <= 2 * DAY_MS) || (i + 1 < n && c[i + 1] - c[i] <= 2 * DAY_MS);
            if (near) {
                close++;
            }
        }
        return (double) close / n;
    }

    /** 1 for even per-member load (CV near 0.3 or below), 0 for honest heavy tails (CV 1.2 or above). */
    static double evenLoad(double[] rates, int n) {
        if (n < 3) {
            return 0.5;
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += rates[i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (rates[i] - mean) * (rates[i] - mean);
        }
        double cv = Math.sqrt(var / (n - 1)) / Math.max(1e-9, mean);
        return Math.max(0, Math.min(1, (1.2 - cv) / 0.9));
    }

    /**
     * Mean pairwise excess co-activity over the last 64 hour slots: observed Jaccard minus the
     * Jaccard two independent members with the same activity densities would have, normalised.
     */
    static double synchrony(List<SubjectProfile> m, int nowHour) {
        int n = Math.min(m.size(), 24);
        if (n < 2) {
            return 0;
        }
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            bits[i] = m.get(i * m.size() / n).slotsAsOf(nowHour);
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int a = Long.bitCount(bits[i]);
                int b = Long.bitCount(bits[j]);
                if (a == 0 || b == 0) {
                    continue;
                }
                int inter = Long.bitCount(bits[i] & bits[j]);
                double jac = (double) inter / (a + b - inter);
                double pa = a / 64.0;
                double pb = b / 64.0;
                double expected = pa * pb / (pa + pb - pa * pb);
                sum += Math.max(0, (jac - expected) / Math.max(1e-9, 1 - expected));
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
