package org.hydraguard.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An enforcement decision for an account, or for one end user of it when {@code endUserId} is set
 * (contract section 5). {@code decidedAt} is the event time of the exchange that triggered it, never
 * the wall clock, so that how early a campaign was stopped can be measured.
 */
public record Decision(
        String accountId,
        Action action,
        String campaignId,
        double score,
        List<String> reasons,
        Instant decidedAt,
        Instant expiresAt,
        String endUserId) {

    public Decision {
        Checks.required(accountId, "account_id");
        Checks.required(action, "action");
        Checks.unitInterval(score, "score");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        Checks.required(decidedAt, "decided_at");
        if (expiresAt != null && expiresAt.isBefore(decidedAt)) {
            throw new IllegalArgumentException("expires_at " + expiresAt + " is before decided_at " + decidedAt);
        }
    }
}
