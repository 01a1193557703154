package org.hydraguard.sim.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Label;

/**
 * Scores a run against its labels: build it from the labels, the decisions and the detected
 * campaigns, stream the exchanges through {@link #acceptExchange}, then ask for the {@link #result}.
 *
 * <p>Timing rule: {@code decided_at} is the event time of the exchange that triggered the decision,
 * and that exchange was served. So an exchange whose {@code ts} is at or before the first action on
 * its subject counts as served before the action; only strictly later ones were cut back.
 *
 * <p>Memory is bounded by the number of labelled and actioned subjects; exchanges are not kept (only
 * which campaign subjects sent any).
 */
public final class Evaluation {
    private static final String SINGLETON = "\u0000";

    private final GroundTruth truth;
    private final ActionHistory actions;
    private final List<Campaign> detected;
    private final Map<String, Tally> tallies = new TreeMap<>();
    private long exchanges;
    private long honestExchangesAfterAction;

    /** Running counts for one true actor. */
    private static final class Tally {
        long subjects;
        long subjectsActioned;
        final Set<Subject> active = new HashSet<>();
        Instant firstFlagged;
        long exchanges;
        long beforeAction;
        long beforeFirstFlag;
        Instant firstSeen;
    }

    public Evaluation(GroundTruth truth, ActionHistory actions, List<Campaign> detected) {
        this.truth = Objects.requireNonNull(truth, "truth");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.detected = List.copyOf(detected);
        for (String actor : truth.campaignActors()) {
            tallies.put(actor, new Tally());
        }
        for (Subject s : truth.labelledSubjects()) {
            Tally t = tallies.get(truth.actorOf(s));
            if (t != null) {
                t.subjects++;
                Instant first = actions.firstActioned(s);
                if (first != null) {
                    t.subjectsActioned++;
                    t.firstFlagged = earlier(t.firstFlagged, first);
                }
            }
        }
        // a campaign is also flagged when a subject the labels do not name (say, one end user of a
        // fraudulent account) is actioned
        for (Subject s : actions.everActioned()) {
            Tally t = tallies.get(truth.actorOf(s));
            if (t != null) {
                t.firstFlagged = earlier(t.firstFlagged, actions.firstActioned(s));
            }
        }
    }

    /** Counts one exchange; exchanges may come in any order. */
    public void acceptExchange(Instant ts, String accountId, String endUserId) {
        exchanges++;
        Subject subject = new Subject(accountId, endUserId);
        String actor = truth.actorOf(subject);
        Instant actioned = actions.firstActioned(subject);
        boolean served = actioned == null || !ts.isAfter(actioned);
        Tally t = tallies.get(actor);
        if (t == null) {
            if (!served) {
                honestExchangesAfterAction++;
            }
            return;
        }
        t.exchanges++;
        t.active.add(truth.isLabelled(subject) ? subject : subject.account());
        t.firstSeen = earlier(t.firstSeen, ts);
        if (served) {
            t.beforeAction++;
        }
        if (t.firstFlagged == null || !ts.isAfter(t.firstFlagged)) {
            t.beforeFirstFlag++;
        }
    }

    /**
     * @param names readable campaign names by actor id (may be empty)
     * @param run the run time of the analysis, or {@code null}
     */
    public EvaluationResult result(Map<String, String> names, EvaluationResult.RunTime run) {
        Map<Subject, String> truthClusters = new HashMap<>();
        Map<Subject, String> predicted = new HashMap<>();
        membership(truthClusters, predicted);
        PartitionAgreement agreement = PartitionAgreement.of(truthClusters, predicted);

        Map<String, long[]> silent = new HashMap<>(); // actor -> {subjects, of them actioned}
        for (Subject s : truth.labelledSubjects()) {
            String actor = truth.actorOf(s);
            Tally t = tallies.get(actor);
            if (t != null && !t.active.contains(s)) {
                long[] n = silent.computeIfAbsent(actor, a -> new long[2]);
                n[0]++;
                n[1] += actions.firstActioned(s) != null ? 1 : 0;
            }
        }
        List<CampaignOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            BestMatch match = bestMatch(e.getKey(), truthClusters, predicted);
            long[] quiet = silent.getOrDefault(e.getKey(), new long[2]);
            outcomes.add(new CampaignOutcome(e.getKey(), names.get(e.getKey()), t.subjects, t.subjectsActioned, quiet[0], quiet[1],
                    t.exchanges, t.beforeAction, t.beforeFirstFlag, t.firstSeen, t.firstFlagged,
                    match.campaignId, match.precision));
        }

        Set<Subject> benign = new HashSet<>();
        for (Subject s : truth.labelledSubjects()) {
            if (Label.BENIGN.equals(truth.actorOf(s))) {
                benign.add(s);
            }
        }
        long inCampaigns = 0;
        for (Subject s : actions.everActioned()) {
            if (Label.BENIGN.equals(truth.actorOf(s))) {
                benign.add(s);
            } else {
                inCampaigns++;
            }
        }
        long honestActioned = 0;
        long honestAccounts = 0;
        long honestNow = 0;
        for (Subject s : benign) {
            if (actions.firstActioned(s) != null) {
                honestActioned++;
                honestAccounts += s.isEndUser() ? 0 : 1;
            }
            if (actions.actionedNow(s) || (s.isEndUser() && actions.actionedNow(s.account()))) {
                honestNow++;
            }
        }
        return new EvaluationResult(actions.threshold(), outcomes, truth.labelledSubjects().size(), benign.size(),
                actions.everActioned().size(), inCampaigns, honestActioned, honestAccounts, honestNow,
                detected.size(), agreement.adjustedRandIndex(), agreement.purity(), exchanges,
                honestExchangesAfterAction, run, actions.churn());
    }

    /**
     * Both partitions over labelled subjects plus every subject a detected campaign names. Truth: a
     * campaign's subjects form a cluster, every benign subject is alone. Prediction: a detected
     * campaign's members form a cluster (an end user falls in its account's campaign unless one names
     * it), every other subject is alone.
     */
    private void membership(Map<Subject, String> truthClusters, Map<Subject, String> predicted) {
        Map<Subject, String> members = new HashMap<>();
        for (Campaign c : detected) {
            for (String account : c.accounts()) {
                members.putIfAbsent(Subject.account(account), c.campaignId());
            }
            for (EndUserRef ref : c.endUsers()) {
                members.putIfAbsent(new Subject(ref.accountId(), ref.endUserId()), c.campaignId());
            }
        }
        Set<Subject> universe = new HashSet<>(truth.labelledSubjects());
        universe.addAll(members.keySet());
        for (Subject s : universe) {
            String actor = truth.actorOf(s);
            truthClusters.put(s, Label.BENIGN.equals(actor) ? SINGLETON + s : actor);
            String campaign = members.get(s);
            if (campaign == null && s.isEndUser()) {
                campaign = members.get(s.account());
            }
            predicted.put(s, campaign == null ? SINGLETON + s : campaign);
        }
    }

    private record BestMatch(String campaignId, double precision) {}

    private static BestMatch bestMatch(String actor, Map<Subject, String> truthClusters, Map<Subject, String> predicted) {
        Map<String, Long> overlap = new TreeMap<>();
        Map<String, Long> sizes = new HashMap<>();
        for (Map.Entry<Subject, String> e : predicted.entrySet()) {
            String p = e.getValue();
            if (p.startsWith(SINGLETON)) {
                continue;
            }
            sizes.merge(p, 1L, Long::sum);
            if (actor.equals(truthClusters.get(e.getKey()))) {
                overlap.merge(p, 1L, Long::sum);
            }
        }
        String best = null;
        long most = 0;
        for (Map.Entry<String, Long> e : overlap.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best == null ? new BestMatch(null, Double.NaN) : new BestMatch(best, (double) most / sizes.get(best));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
