package org.hydraguard.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;

/**
 * The decision in force per account and per reseller end user, written by the engine thread and read
 * by request threads without locks. Also remembers which account an API key id belongs to, so the
 * gateway can identify a request by its key alone.
 */
public final class DecisionBoard {
    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();
    private final Map<String, String> accountOfKey = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final LongAdder[] byAction = new LongAdder[Action.values().length];

    public DecisionBoard() {
        for (int i = 0; i < byAction.length; i++) {
            byAction[i] = new LongAdder();
        }
    }

    public void put(Decision d) {
        decisions.put(key(d.accountId(), d.endUserId()), d);
        byAction[d.action().ordinal()].increment();
    }

    /**
     * Puts a decision recorded earlier (read back from the store at start) without counting it as made
     * now; given oldest first, the last one per subject stays in force.
     */
    public void restore(Decision d) {
        decisions.put(key(d.accountId(), d.endUserId()), d);
        known.putIfAbsent(d.accountId(), Boolean.TRUE);
    }

    /** Decisions made so far that moved a subject to {@code action}. */
    long decisionsTo(Action action) {
        return byAction[action.ordinal()].sum();
    }

    /** The decision for an end user if it has one of its own, else for its account. */
    public Optional<Decision> get(String accountId, String endUserId) {
        if (endUserId != null) {
            Decision own = decisions.get(key(accountId, endUserId));
            if (own != null) {
                return Optional.of(own);
            }
        }
        return Optional.ofNullable(decisions.get(key(accountId, null)));
    }

    /** Notes an account seen at ingest, and the account of its key; true when the key was not known before. */
    boolean seen(String accountId, String apiKeyId) {
        known.putIfAbsent(accountId, Boolean.TRUE);
        return apiKeyId != null && accountOfKey.putIfAbsent(apiKeyId, accountId) == null;
    }

    /** Puts a key to account pair remembered by the store (at start), so the gateway knows the key before any replay. */
    public void restoreKey(String apiKeyId, String accountId) {
        seen(accountId, apiKeyId);
    }

    boolean knows(String accountId) {
        return known.containsKey(accountId);
    }

    Optional<String> accountOfKey(String apiKeyId) {
        return Optional.ofNullable(apiKeyId == null ? null : accountOfKey.get(apiKeyId));
    }

    private static String key(String accountId, String endUserId) {
        return org.hydraguard.core.model.Exchange.subjectKey(accountId, endUserId);
    }
}
