package org.hydraguard.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hydraguard.core.link.CampaignForest;
import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.link.ValueIndex;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.profile.DecisionState;
import org.hydraguard.core.profile.SubjectProfile;
import org.hydraguard.core.score.Purpose;

/**
 * Turns what is known about one subject into its decision, and emits a {@link Decision} only when
 * the action in force changes (or an expired one is renewed). A subject earns a campaign's score (the
 * best of its suspicious cohorts) when enough of its own traffic is in that campaign's templates (so
 * one stray use of a wrapper never does; a third as much for a member of one of its suspicious
 * cohorts), or at once when it shares a rare payment instrument with an actioned member. Alone, a
 * subject can be monitored but never restricted.
 */
final class Enforcer {
    private final EngineState state;
    private final Policy policy;

    Enforcer(EngineState state, Policy policy) {
        this.state = state;
        this.policy = policy;
    }

    /** What the subject deserves now: score, campaign and reasons (before allowlist and shadow mode). */
    record Draft(double score, long root, String campaignId, List<String> reasons) {}

    Draft draft(SubjectProfile p) {
        return draft(p, true);
    }

    /** With {@code explain} false, reasons are left empty: the per-exchange path only needs the score. */
    Draft draft(SubjectProfile p, boolean explain) {
        double best = 0;
        long bestRoot = 0L;
        String campaignId = null;
        List<String> reasons = new ArrayList<>(3);
        Cohort card = state.cardCohort(p);
        int slots = p.templates.size();
        for (int i = 0; i <= slots; i++) {
            long k = i < slots ? p.templates.keyAt(i) : (card == null ? 0L : card.key);
            if (k == 0L) {
                continue;
            }
            long root = state.forest.find(state.families.find(k)); // a card key is its own family
            // the campaign's score: its best suspicious cohort, whichever of its families this
            // subject's slots are keyed by (see EngineState.countingKey)
            double rootScore = state.campaignScore(root);
            if (rootScore <= best) {
                continue;
            }
            int matches = state.familyCount(p, root, true);
            if (state.memberByTemplates(p, root, matches, policy.detection(), heldFor(p, root) ? STAY_SHARE : 1)) {
                best = rootScore;
                bestRoot = root;
                campaignId = CampaignForest.campaignId(root);
                reasons.clear();
                if (explain && i == slots) {
                    reasons.add(String.format(Locale.ROOT,
                            "campaign %s: pays with a payment instrument that %d accounts share and the campaign's accounts use; %d exchanges; campaign score %.2f",
                            campaignId, state.values.get(k).count, p.exchanges(), rootScore));
                } else if (explain) {
                    // both counts: the matches can outnumber the exchanges, the share cannot pass 100%
                    double share = (double) EngineState.exchangesMatched(p, matches) / Math.max(1, p.exchanges());
                    reasons.add(String.format(Locale.ROOT,
                            "campaign %s: this subject's %d exchanges matched the campaign's prompt templates %d times (%.0f%% of its traffic); campaign score %.2f",
                            campaignId, p.exchanges(), matches, 100 * share, rootScore));
                }
            }
        }
        ValueIndex.Posting pay = state.rareCard(p, 2, policy.detection().rareValueMaxAccounts());
        for (int i = 0; pay != null && i < pay.heldCount(); i++) {
            SubjectProfile other = state.byIndex.get(pay.holder(i));
            DecisionState d = other.decision;
            if (other != p && d.campaignId != null && d.action.restricts() && d.score > best) {
                best = d.score;
                campaignId = d.campaignId;
                bestRoot = 0L;
                reasons.clear();
                if (explain) reasons.add("shares a payment instrument (held by " + pay.count
                        + " accounts) with actioned campaign member " + other.accountId + " of " + d.campaignId);
            }
        }
        if (best < policy.thresholds().monitor() && p.exchanges() >= 20) {
            double own = Purpose.ofSubject(p);
            double bar = policy.detection().soloMonitorScore() - (monitoredAlone(p) ? SOLO_STAY_MARGIN : 0);
            if (own >= bar) {
                best = Math.min(own, (policy.thresholds().monitor() + policy.thresholds().throttle()) / 2);
                if (explain) reasons.add(String.format(Locale.ROOT, "distillation-like traffic on its own (purpose %.2f); no coordinated group", own));
            }
        }
        IndicatorHit hit = state.hits.get(p.index);
        if (hit != null && explain) {
            reasons.add("matches " + hit.type() + " indicator " + hit.value() + " of actor " + hit.actor()
                    + " (confidence " + hit.confidence() + ", e.g. exchange " + hit.exampleId() + ")");
        }
        return new Draft(best, bestRoot, campaignId, reasons);
    }

    /**
     * Hysteresis for monitoring a subject on its own purpose: once monitored, it stays so until its
     * purpose falls this far below the bar. A subject whose running purpose hovers at the bar would
     * otherwise flip between monitor and allow with nearly every exchange, each flip a decision.
     */
    static final double SOLO_STAY_MARGIN = 0.05;

    private static boolean monitoredAlone(SubjectProfile p) {
        DecisionState cur = p.decision;
        return cur.action == Action.MONITOR && cur.campaignId == null;
    }

    /**
     * Hysteresis: a subject already restricted as a member of a campaign stays restricted while at
     * least this fraction of the entry share of its traffic, and of the entry count of matching
     * exchanges, is still in the campaign's templates.
     * Without it, an account whose share hovers at the bar (a campaign mixing cover chat into every
     * account) flips between allow and block with each exchange, is served in between, and learns
     * the threshold from the flips.
     */
    static final double STAY_SHARE = 0.5;

    private static boolean heldFor(SubjectProfile p, long root) {
        DecisionState cur = p.decision;
        return cur.campaignId != null && cur.action.restricts() && cur.campaignId.equals(CampaignForest.campaignId(root));
    }

    /** Re-decides the subject as of event time {@code at}; emits when the enforced action changes. */
    void decide(SubjectProfile p, Instant at, Consumer<Decision> out) {
        long now = at.toEpochMilli();
        DecisionState cur = p.decision;
        boolean expired = cur.action != Action.ALLOW && now > cur.expiresMs;
        Draft d = draft(p, false);
        Action next = policy.thresholds().actionFor(d.score());
        if (next.restricts() && (policy.shadowMode() || policy.allowlist().allows(p.accountId, p.orgId))) {
            next = Action.MONITOR;
        }
        Action effective = expired ? Action.ALLOW : cur.action;
        if (next == effective) {
            if (expired) {
                cur.action = Action.ALLOW;
                cur.campaignId = null;
            }
            return;
        }
        // explained on the same state as the draft above (before an expired decision is cleared), so
        // that a renewal carries the score and reasons that renewed it
        d = draft(p, true);
        Policy.Verdict v = policy.verdict(d.score(), p.accountId, p.orgId);
        Instant expires = policy.expiry().expiresAt(next, at);
        cur.action = next;
        cur.score = clamp(d.score());
        cur.campaignId = next == Action.ALLOW ? null : d.campaignId();
        cur.decidedMs = now;
        cur.expiresMs = expires == null ? Long.MAX_VALUE : expires.toEpochMilli();
        List<String> reasons = new ArrayList<>(d.reasons());
        reasons.addAll(v.notes());
        out.accept(new Decision(p.accountId, next, cur.campaignId, cur.score, reasons, at, expires, p.endUserId));
        if (next.restricts() && !effective.restricts() && cur.campaignId != null) {
            decideCardHolders(p, at, out);
        }
    }

    /**
     * Cluster-wide action along a rare payment instrument: when a subject is restricted as a campaign
     * member, every other account paying with the same rare card is re-decided at once, instead of at
     * its next exchange. An account that went quiet before the campaign was found (or a sleeper the
     * operator keeps in reserve) is actioned now, not when it is revived. Bounded by the card's
     * holders (at most {@code rareValueMaxAccounts}); each holder changes action at most once here, so
     * the recursion through their own cards ends.
     */
    private void decideCardHolders(SubjectProfile p, Instant at, Consumer<Decision> out) {
        ValueIndex.Posting pay = state.rareCard(p, 2, policy.detection().rareValueMaxAccounts());
        if (pay == null) {
            return;
        }
        for (int i = 0; i < pay.heldCount(); i++) {
            SubjectProfile other = state.byIndex.get(pay.holder(i));
            if (other != p && !other.decision.inForce(at.toEpochMilli())) {
                decide(other, at, out);
            }
        }
    }

    Decision current(SubjectProfile p) {
        DecisionState cur = p.decision;
        long now = state.streamMs;
        if (cur.action == Action.ALLOW || now > cur.expiresMs) {
            return new Decision(p.accountId, Action.ALLOW, null, 0.0, List.of(),
                    Instant.ofEpochMilli(Math.max(0, now)), null, p.endUserId);
        }
        Draft d = draft(p);
        return new Decision(p.accountId, cur.action, cur.campaignId, cur.score, d.reasons(),
                Instant.ofEpochMilli(cur.decidedMs),
                cur.expiresMs == Long.MAX_VALUE ? null : Instant.ofEpochMilli(cur.expiresMs), p.endUserId);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
