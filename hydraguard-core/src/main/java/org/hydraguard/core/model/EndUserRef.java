package org.hydraguard.core.model;

/** A sub-tenant of an otherwise honest reseller or router account that belongs to a campaign. */
public record EndUserRef(String accountId, String endUserId) {
    public EndUserRef {
        Checks.required(accountId, "account_id");
        Checks.required(endUserId, "end_user_id");
    }
}
