package org.hydraguard.store;

/**
 * Whether decisions are enforced. The default is {@link #SHADOW} (decide and record, change nothing),
 * so that a fresh deployment can never block an honest customer before someone chose to enforce.
 */
public enum PolicyMode {
    SHADOW, ENFORCE
}
