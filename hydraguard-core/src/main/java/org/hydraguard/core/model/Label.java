package org.hydraguard.core.model;

/** Ground truth for evaluation only (contract section 4); the detector never reads it. */
public record Label(String accountId, String actor) {
    public static final String BENIGN = "benign";

    public Label {
        Checks.required(accountId, "account_id");
        Checks.required(actor, "actor");
    }

    public boolean benign() {
        return BENIGN.equals(actor);
    }
}
