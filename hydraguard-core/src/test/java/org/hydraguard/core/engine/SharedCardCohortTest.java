package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;

/** Campaigns found through the payment instruments behind them when their prompts share no template. */
class SharedCardCohortTest {

    @Test
    void campaignWithoutAnySharedTemplateIsFoundThroughItsCards() {
        SyntheticStream s = SyntheticStream.world(41, false);
        s.bareCampaign(36, 6, 0, 3);
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedWith(s, SyntheticStream.CAMPAIGN)).hasSizeGreaterThanOrEqualTo(33);
        assertThat(r.actionedHonest(s)).isEmpty();
        List<Campaign> campaigns = r.engine.campaigns();
        // six card groups, one campaign: the operator's few disposable mail domains link them
        assertThat(campaigns).hasSize(1).allSatisfy(c -> {
            assertThat(c.accounts()).allMatch(a -> a.startsWith("bare"));
            assertThat(c.evidence().get(0).signal()).isEqualTo("shared_card_cohort");
            assertThat(c.evidence().get(0).detail()).contains("pay-bare");
        });
        Decision d = r.decisions.stream().filter(x -> x.action().restricts()).findFirst().orElseThrow();
        assertThat(d.reasons()).anyMatch(x -> x.contains("pays with a payment instrument that 6 accounts share"));
    }

    @Test
    void labOfOneOrganisationOnOneCardIsOneEntityAndNeverACampaign() {
        SyntheticStream s = SyntheticStream.world(43, false);
        // young accounts, one card, benchmark-like traffic with reasoning asked for: everything but
        // independence, which the organisation rules out
        s.oneCard("lab", 12, "org-lab", 2, 0.9);

        assertNoOneActionedAndNoCampaign(s);
    }

    @Test
    void teamOfOldPersonalAccountsOnOneCardIsNotCoordinatedEnough() {
        SyntheticStream s = SyntheticStream.world(47, false);
        // no organisation, so twelve independent entities, but old accounts on their own home lines
        // with organic, heavy-tailed volumes
        s.oneCard("team", 12, null, 400, 0.9);

        assertNoOneActionedAndNoCampaign(s);
    }

    private static void assertNoOneActionedAndNoCampaign(SyntheticStream s) {
        s.sort();
        Runs r = new Runs(Policy.defaults()).feed(s);

        assertThat(r.actionedHonest(s)).isEmpty();
        assertThat(r.engine.campaigns()).isEmpty();
    }

    @Test
    void cardsBehindATemplateCampaignJoinItWithoutChangingItsId() {
        SyntheticStream s = SyntheticStream.world(7, true);
        Runs r = new Runs(Policy.defaults()).feed(s);

        List<Campaign> campaigns = r.engine.campaigns();
        assertThat(campaigns).hasSize(1);
        assertThat(campaigns.get(0).evidence().get(0).signal()).isEqualTo("skeleton_cohort");
        assertThat(campaigns.get(0).evidence()).anyMatch(e -> e.signal().equals("shared_cards"));
        assertThat(r.decisions).filteredOn(x -> x.action().restricts()).extracting(Decision::campaignId)
                .containsOnly(campaigns.get(0).campaignId());
    }
}
