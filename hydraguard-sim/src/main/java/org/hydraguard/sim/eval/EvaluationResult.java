package org.hydraguard.sim.eval;

import java.util.List;
import org.hydraguard.core.model.Action;

/**
 * The outcome of one run against its labels. Shares whose denominator is empty are NaN (written as
 * {@code null} in evaluation.json).
 *
 * @param actionedAt the mildest action that counts as "actioned"
 * @param campaigns one outcome per true campaign, sorted by actor id
 * @param labelledSubjects subjects in the labels
 * @param benignSubjects benign subjects: labelled benign plus unlabelled ones that were actioned
 * @param actionedSubjects subjects some decision actioned at some time
 * @param actionedInCampaigns those that belong to a true campaign
 * @param honestActioned benign subjects actioned at some time, directly or through their account
 * @param honestActionedAccounts of those, accounts (not end users)
 * @param honestActionedNow benign subjects whose latest decision still actions them
 * @param detectedCampaigns campaigns the product reported
 * @param adjustedRandIndex agreement of campaign membership with the labels
 * @param purity share of members of detected campaigns that belong to their campaign's main actor
 * @param exchanges exchanges read (0 without an exchange file)
 * @param honestExchangesAfterAction exchanges of benign subjects after their first action (cut back unless the action was lifted)
 * @param run run time of the analysis, {@code null} when no run.json was found
 * @param churn how often subjects' decisions changed
 */
public record EvaluationResult(
        Action actionedAt,
        List<CampaignOutcome> campaigns,
        long labelledSubjects,
        long benignSubjects,
        long actionedSubjects,
        long actionedInCampaigns,
        long honestActioned,
        long honestActionedAccounts,
        long honestActionedNow,
        int detectedCampaigns,
        double adjustedRandIndex,
        double purity,
        long exchanges,
        long honestExchangesAfterAction,
        RunTime run,
        DecisionChurn churn) {

    public EvaluationResult {
        campaigns = List.copyOf(campaigns);
    }

    /** Share of actioned subjects that belong to some true campaign. */
    public double precision() {
        return Ratios.share(actionedInCampaigns, actionedSubjects);
    }

    /** Share of benign subjects actioned at some time. */
    public double honestRate() {
        return Ratios.share(honestActioned, benignSubjects);
    }

    /** How long the analysis took, from the run.json {@code analyze} writes. */
    public record RunTime(long exchanges, double wallSeconds, double exchangesPerSecond) {}
}
