package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;

/** Who a campaign's action reaches beyond the exchange that triggered it, and how long it holds. */
class EnforcementReachTest {

    private static List<Decision> of(Runs r, String account) {
        return of(r, account, null);
    }

    private static List<Decision> of(Runs r, String account, String endUser) {
        return r.decisions.stream().filter(d -> d.accountId().equals(account)
                && java.util.Objects.equals(d.endUserId(), endUser)).toList();
    }

    private static Instant firstRestriction(Runs r, String account) {
        return firstRestriction(of(r, account));
    }

    private static Instant firstRestriction(List<Decision> ds) {
        return ds.stream().filter(d -> d.action().restricts()).findFirst().orElseThrow().decidedAt();
    }

    @Test
    void quietAccountOnACampaignCardIsActionedWhenItsCardMateIs() {
        SyntheticStream s = new SyntheticStream(31, 6);
        s.honest(30);
        s.campaign(24, "W-Q", 0, 2);
        // campaign accounts i with i % 6 == 0 pay with pay-d0 (four of them)
        s.quietAccount("sleeper", "pay-d0", 0.5, SyntheticStream.CAMPAIGN);
        s.quietAccount("bystander", "pay-unrelated", 0.5, "benign");
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        Instant lastSent = s.exchanges.stream().filter(e -> e.accountId().equals("sleeper"))
                .map(e -> e.ts()).max(Instant::compareTo).orElseThrow();
        Instant mateActioned = List.of("distW-Q0", "distW-Q6", "distW-Q12", "distW-Q18").stream()
                .filter(r.restricted::containsKey).map(a -> firstRestriction(r, a)).min(Instant::compareTo).orElseThrow();
        Decision d = of(r, "sleeper").stream().filter(x -> x.action().restricts()).findFirst().orElseThrow();
        assertThat(d.decidedAt()).as("actioned with its card-mate, long after it went quiet")
                .isEqualTo(mateActioned).isAfter(lastSent);
        assertThat(d.campaignId()).startsWith("cmp-");
        assertThat(d.reasons()).anyMatch(x -> x.startsWith("shares a payment instrument"));
        assertThat(r.restricted).doesNotContainKey("bystander");
        assertThat(r.actionedHonest(s)).isEmpty();
    }

    /**
     * A bad end user of a reseller (no card of its own, so only its share of campaign traffic holds
     * it) that, from day 2, after the campaign is found, dilutes its campaign traffic with chat at
     * {@code chatPerDay}. Its decisions after its first restriction, which must come before day 2.
     */
    private static List<Decision> afterDilutingWithChat(double chatPerDay) {
        SyntheticStream s = new SyntheticStream(37, 6);
        s.honest(30);
        s.campaign(24, "W-H", 0, 2);
        s.chat("reseller", "bad0", 2.0, chatPerDay);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        List<Decision> ds = of(r, "reseller", "bad0");
        Instant first = firstRestriction(ds);
        assertThat(first).isBefore(SyntheticStream.T0.plus(java.time.Duration.ofDays(2)));
        return ds.stream().filter(d -> d.decidedAt().isAfter(first)).toList();
    }

    @Test
    void actionedMemberWhoseCampaignShareSlipsBelowTheBarStaysActioned() {
        // about 7 % of its exchanges stay the campaign's: under the member's entry bar, over half of it
        assertThat(afterDilutingWithChat(500)).noneMatch(d -> d.action() == Action.ALLOW);
    }

    @Test
    void actionedMemberWhoseTrafficIsNoLongerTheCampaignsIsReleased() {
        // about 2 %: under half the bar, so it is released
        List<Decision> after = afterDilutingWithChat(2000);
        assertThat(after).isNotEmpty();
        assertThat(after.get(after.size() - 1).action()).isEqualTo(Action.ALLOW);
    }
}
