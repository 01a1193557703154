package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.policy.Allowlist;
import org.hydraguard.core.policy.Expiry;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;

class PolicyPathsTest {

    private static SyntheticStream campaignOnly() {
        SyntheticStream s = new SyntheticStream(21, 6);
        s.honest(30);
        s.campaign(24, "W-X", 0, 2);
        s.exchanges.sort(java.util.Comparator.comparing(org.hydraguard.core.model.Exchange::ts)
                .thenComparing(org.hydraguard.core.model.Exchange::id));
        return s;
    }

    @Test
    void shadowModeNeverRestrictsButSaysWhatItWouldHaveDone() {
        SyntheticStream s = campaignOnly();
        Runs r = new Runs(Policy.defaults().withShadowMode(true)).feed(s);

        assertThat(r.restricted).isEmpty();
        assertThat(r.decisions).isNotEmpty().allMatch(d -> d.action() == Action.MONITOR);
        assertThat(r.decisions.get(0).reasons()).anyMatch(x -> x.startsWith("shadow mode: would have been "));
        assertThat(r.engine.campaigns()).hasSize(1);
    }

    @Test
    void allowlistedAccountIsOnlyMonitored() {
        SyntheticStream s = campaignOnly();
        String spared = "distW-X0";
        Runs r = new Runs(Policy.defaults().withAllowlist(new Allowlist(Set.of(spared), Set.of()))).feed(s);

        assertThat(r.restricted).doesNotContainKey(spared).containsKey("distW-X1");
        assertThat(r.decisions).filteredOn(d -> d.accountId().equals(spared))
                .isNotEmpty().allMatch(d -> d.action() == Action.MONITOR)
                .anyMatch(d -> d.reasons().stream().anyMatch(x -> x.startsWith("allowlisted: would have been")));
    }

    @Test
    void decisionsCarryExpiryFromPolicyAndAreRenewedAfterExpiry() {
        SyntheticStream s = campaignOnly();
        Expiry oneHour = new Expiry(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
        Runs r = new Runs(Policy.defaults().withExpiry(oneHour)).feed(s);

        Decision first = r.decisions.stream().filter(d -> d.action().restricts()).findFirst().orElseThrow();
        assertThat(first.expiresAt()).isEqualTo(first.decidedAt().plus(Duration.ofHours(1)));
        long renewals = r.decisions.stream().filter(d -> d.accountId().equals(first.accountId()) && d.action().restricts()).count();
        assertThat(renewals).isGreaterThan(1);
    }

    @Test
    void newcomerToAnActionedCampaignIsActionedWithinAFewExchanges() {
        SyntheticStream s = new SyntheticStream(23, 8);
        s.honest(20);
        s.campaign(30, "W-Y", 0, 3);
        s.exchanges.sort(java.util.Comparator.comparing(org.hydraguard.core.model.Exchange::ts)
                .thenComparing(org.hydraguard.core.model.Exchange::id));
        Runs r = new Runs(Policy.defaults()).feed(s);

        // accounts of the last wave (i % 3 == 2) arrive after the campaign was actioned
        for (int i = 2; i < 30; i += 3) {
            assertThat(r.servedBefore.get("distW-Y" + i)).as("served before newcomer %d was actioned", i)
                    .isNotNull().isLessThanOrEqualTo(3);
        }
        assertThat(r.decisions).filteredOn(d -> d.accountId().equals("distW-Y29")).first()
                .satisfies(d -> assertThat(d.campaignId()).startsWith("cmp-"));
    }

    @Test
    void campaignIdIsStableWhenNewAccountsReplaceDeadOnes() {
        SyntheticStream s = new SyntheticStream(29, 8);
        s.honest(20);
        s.campaign(30, "W-Z", 0, 3);
        s.exchanges.sort(java.util.Comparator.comparing(org.hydraguard.core.model.Exchange::ts)
                .thenComparing(org.hydraguard.core.model.Exchange::id));
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.decisions).filteredOn(d -> d.action().restricts()).extracting(Decision::campaignId).containsOnly(
                r.engine.campaigns().get(0).campaignId());
    }
}
