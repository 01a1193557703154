package org.hydraguard.core.model;

import java.time.Instant;
import java.util.List;

/** Who holds an account (contract section 2): a snapshot, or one upsert of a stream keyed by id. */
public record Account(
        String accountId,
        Instant createdAt,
        String orgId,
        String emailDomain,
        String paymentFp,
        String signupIp,
        String signupCountry,
        String tier,
        List<String> programs,
        Boolean verified,
        String displayName) {

    public Account {
        Checks.required(accountId, "account_id");
        Checks.required(createdAt, "created_at");
        programs = programs == null ? List.of() : List.copyOf(programs);
    }
}
