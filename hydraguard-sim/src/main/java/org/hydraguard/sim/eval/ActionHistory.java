package org.hydraguard.sim.eval;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;

/**
 * When each subject was first actioned, from the stream of decision changes.
 *
 * <p>A subject is actioned by a decision whose action is at least the threshold (throttle by
 * default). A decision without an end user actions the whole account, so it also actions every end
 * user of that account; a decision naming an end user actions that end user only. Recall and
 * exchanges-before-action use the FIRST time a subject was actioned ("ever actioned"); the latest
 * decision per subject gives the state at the end of the run.
 */
public final class ActionHistory {
    private final Action threshold;
    private final Map<Subject, Instant> firstActioned = new HashMap<>();
    private final Map<Subject, Decision> latest = new HashMap<>();
    /** Decisions per subject and UTC day of decided_at. */
    private final Map<SubjectDay, Integer> perDay = new HashMap<>();

    private record SubjectDay(Subject subject, long day) {}

    public ActionHistory(Action threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    public Action threshold() {
        return threshold;
    }

    /** Adds one decision; decisions may come in any order. */
    public void accept(Decision decision) {
        Subject subject = new Subject(decision.accountId(), decision.endUserId());
        if (decision.action().compareTo(threshold) >= 0) {
            firstActioned.merge(subject, decision.decidedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        perDay.merge(new SubjectDay(subject, Math.floorDiv(decision.decidedAt().getEpochSecond(), 86_400L)), 1, Integer::sum);
        // later decided_at wins; on a tie the later line in the file wins, as it was written later
        latest.merge(subject, decision, (old, now) -> now.decidedAt().isBefore(old.decidedAt()) ? old : now);
    }

    /**
     * When traffic of this subject was first cut back: its own decision or, for an end user, its
     * account's, whichever came first; {@code null} if never.
     */
    public Instant firstActioned(Subject subject) {
        Instant own = firstActioned.get(subject);
        if (!subject.isEndUser()) {
            return own;
        }
        Instant account = firstActioned.get(subject.account());
        if (own == null) {
            return account;
        }
        return account == null || own.isBefore(account) ? own : account;
    }

    public Instant firstActioned(String accountId, String endUserId) {
        return firstActioned(new Subject(accountId, endUserId));
    }

    /** Subjects some decision actioned at some time (as named by the decisions). */
    public Set<Subject> everActioned() {
        return Collections.unmodifiableSet(firstActioned.keySet());
    }

    /** Whether the subject's latest decision still actions it. */
    public boolean actionedNow(Subject subject) {
        Decision d = latest.get(subject);
        return d != null && d.action().compareTo(threshold) >= 0;
    }

    /** How often subjects' decisions changed (see {@link DecisionChurn}). */
    public DecisionChurn churn() {
        long decisions = 0;
        int busiest = 0;
        Set<Subject> churning = new HashSet<>();
        for (Map.Entry<SubjectDay, Integer> e : perDay.entrySet()) {
            decisions += e.getValue();
            busiest = Math.max(busiest, e.getValue());
            if (e.getValue() > DecisionChurn.LIMIT_PER_DAY) {
                churning.add(e.getKey().subject());
            }
        }
        return new DecisionChurn(decisions, latest.size(), busiest, churning.size());
    }
}
