package org.hydraguard.server;

/** What an API token may do. */
public enum Role {
    /** send exchanges and accounts */
    INGEST,
    /** ask for decisions at the gateway */
    GATEWAY,
    /** read decisions and campaigns */
    ANALYST,
    /** everything */
    ADMIN
}
