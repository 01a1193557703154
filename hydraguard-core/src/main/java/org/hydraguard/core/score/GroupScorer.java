package org.hydraguard.core.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.link.ValueIndex;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.policy.Detection;
import org.hydraguard.core.profile.SubjectProfile;

/**
 * Scores a cohort as a campaign candidate. The score needs BOTH halves: a group scores past the
 * gates only when its purpose is distillation-like AND its members are coordinated, and it has
 * enough independent entities; otherwise it is held at half its weaker half, below any restriction.
 * Past the gates the score is the geometric mean of the halves, raised gently with group size.
 *
 * <p>Cost: one pass over an evenly spaced sample of at most {@link #SAMPLE} qualifying members, and
 * at most 276 pairs for synchrony; the engine calls it on an amortised schedule, not per exchange.
 */
public final class GroupScorer {
    static final int SAMPLE = 64;
    static final int CARD_MATURITY_FACTOR = 2;
    /**
     * Share of a template's openings that repeat, word for word, another member's recent one, from
     * which the group is one shared question (a class's assignment, a FAQ) rather than a harvest of
     * many tasks, and is never scored past monitor.
     */
    static final double SAME_QUESTION = 0.5;
    private final Detection detection;

    public GroupScorer(Detection detection) {
        this.detection = detection;
    }

    public GroupScore score(Cohort c, long root, MemberView view, ValueIndex values, int nowHour) {
        List<SubjectProfile> sample = sample(c, root, view);
        double repeat = 0;
        double newModel = 0;
        int[] sent = new int[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            SubjectProfile p = sample.get(i);
            repeat += p.repeatShare();
            newModel += p.newModelShare();
            sent[i] = (int) Math.round(view.share(p, root) * p.exchanges());
        }
        java.util.Arrays.sort(sent);
        int medianSent = sent.length == 0 ? 0 : sent[sent.length / 2];
        int n = Math.max(1, sample.size());
        double purpose = Purpose.ofCohort(c, repeat / n, newModel / n);
        ValueIndex.Posting card = values.get(c.key);
        // a group held together by a card alone, with no prompt in common, must show more traffic
        // per account before it is more than monitored
        int mature = card == null ? detection.matureExchanges() : CARD_MATURITY_FACTOR * detection.matureExchanges();
        Coordination co = Coordination.of(sample, c.firstMs, root, values, view, detection.rareValueMaxAccounts(), nowHour);
        double coordination = co.score();
        double score;
        boolean gated = purpose < detection.purposeGate() || coordination < detection.coordinationGate()
                || co.entities < detection.minEntities() || medianSent < mature
                || c.repeatedOpeningShare() >= SAME_QUESTION;
        if (gated) {
            score = 0.5 * Math.min(purpose, coordination);
        } else {
            double size = 1 + 0.1 * Math.log10(Math.max(1, co.entities));
            score = Math.min(1.0, Math.sqrt(purpose * coordination) * size);
        }
        return new GroupScore(score, purpose, coordination, co.entities,
                evidence(c, card, purpose, co, repeat / n, newModel / n, sample.size()));
    }

    /** Up to {@link #SAMPLE} members, evenly spaced in join order, whose traffic is mostly the campaign's. */
    private List<SubjectProfile> sample(Cohort c, long root, MemberView view) {
        int total = c.memberCount();
        int step = Math.max(1, total / (2 * SAMPLE));
        List<SubjectProfile> out = new ArrayList<>(Math.min(total, SAMPLE));
        for (int i = 0; i < total && out.size() < SAMPLE; i += step) {
            SubjectProfile p = view.subject(c.member(i));
            if (view.share(p, root) >= detection.minShare()) {
                out.add(p);
            }
        }
        return out;
    }

    /** @param card the posting of the payment instrument the cohort groups, or null for a template's cohort */
    private static List<Evidence> evidence(Cohort c, ValueIndex.Posting card, double purpose, Coordination co,
                                           double repeat, double newModel, int sampled) {
        List<String> ex = c.examples();
        List<Evidence> ev = new ArrayList<>();
        if (card == null) {
            ev.add(new Evidence("skeleton_cohort", 0.0, String.format(Locale.ROOT,
                    "%d subjects (%d independent entities in a sample of %d) send this prompt template for most of their traffic; %d exchanges",
                    c.memberCount(), co.entities, sampled, c.exchanges), ex));
        } else {
            ev.add(new Evidence("shared_card_cohort", 0.0, String.format(Locale.ROOT,
                    "%d accounts (%d independent entities in a sample of %d) pay with one payment instrument (%s, held by %d accounts); %d exchanges",
                    c.memberCount(), co.entities, sampled, card.value, card.count, c.exchanges), ex));
        }
        ev.add(new Evidence("purpose", purpose, String.format(Locale.ROOT,
                "distillation purpose %.2f: reasoning elicited %.0f%%, task-like %.0f%%, output-seeking %.0f%%, "
                        + "targeted capabilities %.0f%%, single-turn or scripted follow-ups %.0f%%, repeated items %.0f%%, new-model traffic %.0f%%",
                purpose, 100 * c.reasoning(), 100 * c.taskLikeness(), 100 * c.outputSeeking(),
                100 * c.targetedCapabilityShare(), 100 * c.singleTurnShare(), 100 * repeat, 100 * newModel), ex));
        ev.add(new Evidence("coordination", co.score(), String.format(Locale.ROOT,
                "coordination %.2f over %d sampled members", co.score(), sampled), ex));
        if (c.repeatedOpeningShare() >= 0.1) {
            ev.add(new Evidence("same_question", 0.0, String.format(Locale.ROOT,
                    "%.0f%% of the template's opening prompts repeat word for word another member's (from %.0f%%, one shared question, not a harvest)",
                    100 * c.repeatedOpeningShare(), 100 * SAME_QUESTION), ex));
        }
        add(ev, "account_youth", 0.22 * co.youth, "young accounts created while the campaign runs, or old ones first active while it runs (counted half): %.0f%%", co.youth, ex);
        add(ev, "signup_wave", 0.12 * co.waves, "members signed up in waves (within two days of another): %.0f%%", co.waves, ex);
        add(ev, "even_load", 0.14 * co.evenLoad, "load spread evenly over members (not an organic heavy tail): %.0f%%", co.evenLoad, ex);
        add(ev, "proxy_ip_churn", 0.16 * co.infrastructure, "traffic through proxies or rotating IPs: %.0f%%", co.infrastructure, ex);
        add(ev, "client_churn", 0.06 * co.clientChurn, "client fingerprints changing between requests: %.0f%%", co.clientChurn, ex);
        add(ev, "shared_rare_values", 0.14 * co.sharedValues, "payment instruments, sign-up networks or e-mail domains shared, weighted by rarity: %.0f%%", co.sharedValues, ex);
        add(ev, "synchrony", 0.06 * co.synchrony, "loosely synchronised activity beyond chance: %.0f%%", co.synchrony, ex);
        add(ev, "gated_signup", 0.05 * co.gatedSignup, "unverified accounts or sign-ups through programs: %.0f%%", co.gatedSignup, ex);
        add(ev, "regular_timing", 0.05 * co.regularity, "machine-regular request timing: %.0f%%", co.regularity, ex);
        List<Evidence> head = new ArrayList<>(ev.subList(0, 3));
        List<Evidence> tail = new ArrayList<>(ev.subList(3, ev.size()));
        tail.sort(Comparator.comparingDouble(Evidence::weight).reversed().thenComparing(Evidence::signal));
        head.addAll(tail);
        return head;
    }

    private static void add(List<Evidence> ev, String signal, double weight, String fmt, double v, List<String> ex) {
        if (weight > 0.005) {
            ev.add(new Evidence(signal, round(weight), String.format(Locale.ROOT, fmt, 100 * v), ex));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
