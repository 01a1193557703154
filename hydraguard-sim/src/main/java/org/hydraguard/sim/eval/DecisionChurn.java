package org.hydraguard.sim.eval;

/**
 * How often decisions change per subject: a subject whose action flips back and forth makes an
 * analyst's queue noisy, is served between flips, and can learn the threshold from them. Counted on
 * UTC days of {@code decided_at}.
 *
 * @param decisions decision lines read
 * @param subjects subjects with at least one decision
 * @param busiestSubjectDay the most decisions one subject got in one day
 * @param churningSubjects subjects that got more than {@link #LIMIT_PER_DAY} decisions in some day
 */
public record DecisionChurn(long decisions, long subjects, int busiestSubjectDay, long churningSubjects) {
    /** More changes than this in one day is churn: allow, monitor, a restriction and its release fit in it. */
    public static final int LIMIT_PER_DAY = 4;
}
