package org.hydraguard.server;

import java.time.Instant;
import org.hydraguard.store.PolicyMode;
import org.hydraguard.store.Store;

/**
 * Shadow or enforce, as the gateway check sees it right now. The store keeps the setting (and the
 * audit trail of who changed it); this holder keeps a copy so that the check never waits on the database.
 */
public final class EnforcementMode {
    private final Store store;
    private volatile PolicyMode mode;

    public EnforcementMode(Store store) {
        this.store = store;
        this.mode = store.policyMode();
    }

    public PolicyMode current() {
        return mode;
    }

    public boolean enforcing() {
        return mode == PolicyMode.ENFORCE;
    }

    /** Switches the mode, recording who did it and when in the store's audit trail. */
    public synchronized void set(PolicyMode next, String who, Instant at) {
        store.setPolicyMode(next, who, at);
        this.mode = next;
    }
}
