package org.hydraguard.core.model;

/**
 * Ground truth for evaluation only (contract section 4); the detector never reads it. The contract's
 * line is {@code {"account_id", "actor"}}; we add the optional {@code end_user_id} to label one
 * sub-tenant of a reseller's account, whose own label stays on the line without it.
 */
public record Label(String accountId, String endUserId, String actor) {
    public static final String BENIGN = "benign";

    public Label {
        Checks.required(accountId, "account_id");
        Checks.required(actor, "actor");
        if (endUserId != null && endUserId.isEmpty()) {
            throw new IllegalArgumentException("end_user_id must not be empty when present");
        }
    }

    public Label(String accountId, String actor) {
        this(accountId, null, actor);
    }

    public boolean benign() {
        return BENIGN.equals(actor);
    }
}
