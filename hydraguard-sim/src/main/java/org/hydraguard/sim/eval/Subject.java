package org.hydraguard.sim.eval;

import java.util.Comparator;

/**
 * Whom a label or a decision is about: an account, or one end user (sub-tenant) of a reseller's or
 * router's account when {@code endUserId} is set.
 */
public record Subject(String accountId, String endUserId) implements Comparable<Subject> {
    private static final Comparator<Subject> ORDER = Comparator.comparing(Subject::accountId)
            .thenComparing(Subject::endUserId, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Subject {
        if (accountId == null || accountId.isEmpty()) {
            throw new IllegalArgumentException("a subject needs an account_id, got " + (accountId == null ? "none" : "an empty one"));
        }
        if (endUserId != null && endUserId.isEmpty()) {
            endUserId = null;
        }
    }

    public static Subject account(String accountId) {
        return new Subject(accountId, null);
    }

    public boolean isEndUser() {
        return endUserId != null;
    }

    /** The account this subject belongs to (itself when it is an account). */
    public Subject account() {
        return endUserId == null ? this : new Subject(accountId, null);
    }

    @Override
    public int compareTo(Subject other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return endUserId == null ? accountId : accountId + "/" + endUserId;
    }
}
