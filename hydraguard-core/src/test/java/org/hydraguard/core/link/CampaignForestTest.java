package org.hydraguard.core.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CampaignForestTest {
    @Property
    void anIdLeadsBackToItsKey(@ForAll long key) {
        assertThat(CampaignForest.keyOf(CampaignForest.campaignId(key))).isEqualTo(key);
    }

    @Test
    void anIdFromBeforeAMergeLeadsToTheCampaignItIsPartOfNow() {
        CampaignForest forest = new CampaignForest();
        long older = 0x1fb0e99e2b43726cL;
        long younger = 0x3474842d9b187e9cL;
        String staleId = CampaignForest.campaignId(younger);

        long root = forest.union(older, younger, k -> k == older ? 1L : 2L);

        assertThat(root).isEqualTo(older);
        assertThat(forest.find(CampaignForest.keyOf(staleId))).isEqualTo(older);
    }

    @Test
    void somethingElseIsNotACampaignId() {
        assertThatThrownBy(() -> CampaignForest.keyOf("campaign-7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a campaign id of the form cmp-<16 hex digits>: campaign-7");
    }
}
