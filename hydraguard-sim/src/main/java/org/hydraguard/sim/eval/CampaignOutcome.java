package org.hydraguard.sim.eval;

import java.time.Duration;
import java.time.Instant;

/**
 * How one true campaign (an actor of the labels) fared.
 *
 * @param actor the actor id in the labels
 * @param name a readable name from the scenario, or {@code null}
 * @param subjects labelled subjects (accounts, or end users) of the actor
 * @param subjectsActioned those actioned at any time
 * @param silentSubjects labelled subjects that sent no exchange in the stream: opened, say, as the data
 *     ends. Nothing in the traffic shows them, so they are reported beside recall as well as in it
 * @param silentActioned those of the silent subjects actioned all the same (on their sign-up records alone)
 * @param exchanges exchanges the actor sent
 * @param exchangesBeforeAction exchanges served before their own subject was first actioned; a
 *     subject never actioned contributes all of its exchanges
 * @param exchangesBeforeFirstFlag exchanges served before any subject of the actor was actioned
 * @param firstSeen the actor's first exchange, {@code null} without exchanges
 * @param firstFlagged when the first subject of the actor was actioned, {@code null} if never
 * @param bestMatch the detected campaign holding most of the actor's subjects, {@code null} if none
 * @param bestMatchPrecision the share of that campaign's members that belong to the actor
 */
public record CampaignOutcome(
        String actor,
        String name,
        long subjects,
        long subjectsActioned,
        long silentSubjects,
        long silentActioned,
        long exchanges,
        long exchangesBeforeAction,
        long exchangesBeforeFirstFlag,
        Instant firstSeen,
        Instant firstFlagged,
        String bestMatch,
        double bestMatchPrecision) {

    /** Share of the actor's subjects actioned at some time; NaN without subjects. */
    public double recall() {
        return Ratios.share(subjectsActioned, subjects);
    }

    /** Share of the actor's subjects that sent traffic actioned at some time; NaN when none sent any. */
    public double activeRecall() {
        return Ratios.share(subjectsActioned - silentActioned, subjects - silentSubjects);
    }

    /** Share of the actor's exchanges served before their subject was actioned; NaN without exchanges. */
    public double shareBeforeAction() {
        return Ratios.share(exchangesBeforeAction, exchanges);
    }

    /** Time from the actor's first exchange to its first action, {@code null} if either is unknown. */
    public Duration firstFlagDelay() {
        return firstSeen == null || firstFlagged == null ? null : Duration.between(firstSeen, firstFlagged);
    }
}
