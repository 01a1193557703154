package org.hydraguard.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A detected coordinated cluster of accounts (contract section 5). */
public record Campaign(
        String campaignId,
        List<String> accounts,
        int accountCount,
        long exchanges,
        long inputTokens,
        long outputTokens,
        Instant firstSeen,
        Instant lastSeen,
        Map<String, Double> capabilities,
        double score,
        List<Evidence> evidence,
        Attribution attribution,
        List<EndUserRef> endUsers) {

    public Campaign {
        Checks.required(campaignId, "campaign_id");
        accounts = List.copyOf(Checks.required(accounts, "accounts"));
        Checks.notNegative(accountCount, "account_count");
        Checks.notNegative(exchanges, "exchanges");
        Checks.notNegative(inputTokens, "input_tokens");
        Checks.notNegative(outputTokens, "output_tokens");
        Checks.required(firstSeen, "first_seen");
        Checks.required(lastSeen, "last_seen");
        capabilities = capabilities == null ? Map.of() : Map.copyOf(capabilities);
        Checks.unitInterval(score, "score");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        endUsers = endUsers == null ? List.of() : List.copyOf(endUsers);
    }
}
