package org.hydraguard.sim;

import java.time.Instant;
import java.util.List;

/**
 * One named scenario at scale 1: the window, the models served, the honest population and the
 * campaigns inside it.
 *
 * @param honestAccounts honest accounts (including dormant ones and those signing up in the window)
 * @param honestExchanges honest exchanges the population aims at over the window
 */
record Scenario(
        String name,
        String description,
        Instant start,
        int days,
        Models models,
        int honestAccounts,
        long honestExchanges,
        List<CampaignPlan> campaigns) {

    Scenario {
        if (days < 1) {
            throw new IllegalArgumentException("scenario " + name + " must last at least one day: " + days);
        }
        campaigns = List.copyOf(campaigns);
    }

    /** The same window, models and honest population with other campaigns in it. */
    Scenario withCampaigns(List<CampaignPlan> others) {
        return new Scenario(name, description, start, days, models, honestAccounts, honestExchanges, others);
    }
}
