package org.hydraguard.core.policy;

import java.util.Set;

/** Accounts and organizations that are never restricted, whatever their score. */
public record Allowlist(Set<String> accountIds, Set<String> orgIds) {

    public Allowlist {
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
        orgIds = orgIds == null ? Set.of() : Set.copyOf(orgIds);
    }

    public static Allowlist empty() {
        return new Allowlist(Set.of(), Set.of());
    }

    public boolean allows(String accountId, String orgId) {
        return accountIds.contains(accountId) || (orgId != null && orgIds.contains(orgId));
    }
}
