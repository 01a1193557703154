package org.hydraguard.io.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hydraguard.core.model.Campaign;

/**
 * Everything the HTML report shows. All strings may come from input and are escaped when rendered.
 *
 * @param inputs names of the files analysed
 * @param firstExchange time of the earliest exchange, {@code null} without exchanges
 * @param lastExchange time of the latest exchange, {@code null} without exchanges
 * @param exchanges exchanges accepted
 * @param accounts distinct accounts that sent them
 * @param inputTokens tokens billed in, over all exchanges
 * @param outputTokens tokens billed out
 * @param reconciliation the reconciliation line of the exchange input
 * @param accountsActioned accounts (or end users) whose action reached throttle or stronger
 * @param wallTime how long the analysis took
 * @param campaigns campaigns with their daily series; rendered ordered by score, highest first
 */
public record ReportData(
        List<String> inputs,
        Instant firstExchange,
        Instant lastExchange,
        long exchanges,
        long accounts,
        long inputTokens,
        long outputTokens,
        String reconciliation,
        long accountsActioned,
        Duration wallTime,
        List<CampaignView> campaigns) {

    public ReportData {
        if ((firstExchange == null) != (lastExchange == null)) {
            throw new IllegalArgumentException("first and last exchange times are both known or both unknown, got "
                    + firstExchange + " and " + lastExchange);
        }
        inputs = List.copyOf(inputs);
        campaigns = List.copyOf(campaigns);
        reconciliation = reconciliation == null ? "" : reconciliation;
    }

    /** One campaign and its daily activity. */
    public record CampaignView(Campaign campaign, CampaignSeries daily) {
        public CampaignView {
            if (campaign == null || daily == null) {
                throw new IllegalArgumentException("a campaign view needs the campaign and its daily series");
            }
        }
    }
}
