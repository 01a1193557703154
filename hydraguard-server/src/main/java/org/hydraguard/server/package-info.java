/**
 * The live service around the detection engine: HTTP ingest of contract records, real-time decisions,
 * and an Envoy {@code ext_authz}-compatible check for the gateway.
 *
 * <p>Threading: the engine is single-threaded by design, so {@link org.hydraguard.server.LiveEngine}
 * owns it on one thread and takes batches from a bounded queue; a full queue is answered with 429
 * (backpressure), never with unbounded buffering. Decisions are published to a concurrent board that
 * request threads read without touching the engine, which keeps the gateway check cheap. On the
 * engine thread ({@code EngineThread}), {@code Recovery} restores the latest snapshot and replays the
 * journal, {@code EngineFeed} feeds the engine and records its decisions, and {@code Checkpointer}
 * saves campaigns and snapshots; only {@code LiveEngine}'s admission runs on request threads.
 */
package org.hydraguard.server;
