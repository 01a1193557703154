package org.hydraguard.core.policy;

/**
 * Tuning of how groups become campaigns and how members are recognised. Shipped defaults come from
 * {@link #defaults()}; every field has a plain meaning an operator can reason about.
 *
 * @param minEntities independent entities (organizations, or accounts without one, or reseller end
 *     users) a group needs before it can be a campaign; a single organization's own accounts never are
 * @param joinExchanges exchanges a subject must send in a group's prompt skeleton before it counts as
 *     a member (one stray use of a popular wrapper never makes anyone a member)
 * @param joinShare share of a subject's own traffic that must be in one skeleton for it to join that
 *     skeleton's cohort; low, because a campaign rotating several wrappers spreads each account over
 *     all of them (the cohorts of such wrappers are then united by their shared members)
 * @param minShare share of a subject's own traffic that must be in the campaign's skeletons (all of
 *     them together) for it to be sampled as a member and actioned with the group
 * @param matureExchanges median exchanges in the group's templates its sampled members must have sent
 *     before the group can be scored past monitor: a class that tries one starter prompt together and
 *     moves on never matures, a campaign that keeps sending does within hours
 * @param newcomerExchanges matching exchanges after which a new subject joining an actioned campaign
 *     is actioned with it
 * @param purposeGate minimum distillation-purpose score (0-1) a group needs to be scored past monitor
 * @param coordinationGate minimum coordination score (0-1) a group needs to be scored past monitor;
 *     both gates together mean shared infrastructure or shared purpose alone never makes a campaign
 * @param rareValueMaxAccounts a shared attribute value (payment instrument, sign-up network, e-mail
 *     domain) held by more accounts than this carries no linking weight
 * @param soloMonitorScore a single subject's own purpose score from which it is monitored; a subject
 *     alone is never restricted
 */
public record Detection(
        int minEntities,
        int joinExchanges,
        double joinShare,
        double minShare,
        int matureExchanges,
        int newcomerExchanges,
        double purposeGate,
        double coordinationGate,
        int rareValueMaxAccounts,
        double soloMonitorScore) {

    public Detection {
        atLeast(minEntities, 2, "minEntities");
        atLeast(joinExchanges, 1, "joinExchanges");
        atLeast(newcomerExchanges, 1, "newcomerExchanges");
        atLeast(matureExchanges, 1, "matureExchanges");
        atLeast(rareValueMaxAccounts, 2, "rareValueMaxAccounts");
        ActionThresholds.unit(joinShare, "joinShare");
        ActionThresholds.unit(minShare, "minShare");
        ActionThresholds.unit(purposeGate, "purposeGate");
        ActionThresholds.unit(coordinationGate, "coordinationGate");
        ActionThresholds.unit(soloMonitorScore, "soloMonitorScore");
    }

    public static Detection defaults() {
        return new Detection(5, 3, 0.05, 0.3, 6, 3, 0.5, 0.5, 64, 0.85);
    }

    private static void atLeast(int v, int min, String name) {
        if (v < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + v);
        }
    }
}
