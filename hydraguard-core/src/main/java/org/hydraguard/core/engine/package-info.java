/**
 * The event-time streaming core. {@link org.hydraguard.core.engine.DetectionEngine} is the one public
 * front: {@code (state, exchange) -> (state, decisions)}, plus campaigns, stats, snapshot and restore.
 *
 * <p>Invariants: decisions are emitted only when a subject's enforced action changes and carry the
 * triggering exchange's event time; nothing reads the wall clock, global state or I/O; outputs and
 * snapshots never depend on hash-map iteration order; a snapshot restored and fed the rest of a
 * stream yields exactly the outputs of an uninterrupted run.
 */
package org.hydraguard.core.engine;
