/**
 * Persistence of the Hydraguard service: one {@link org.hydraguard.store.Store} over JDBC, opened
 * from a {@link org.hydraguard.store.StoreConfig}. The embedded default is a single SQLite file;
 * PostgreSQL serves shared deployments. One schema, applied by Flyway on open from
 * {@code db/migration/sqlite} or {@code db/migration/postgresql}: the two folders hold the same
 * versions with the same tables, columns and meaning, and differ only where the SQL dialects do
 * (identity columns, BLOB/BYTEA, trigger syntax).
 *
 * <p>What it keeps: the exchange <em>journal</em> (accepted exchanges as contract JSON, each with a
 * sequence that only grows; a skipped duplicate may leave a gap), engine <em>snapshots</em>, accounts, the current campaign set,
 * decision history, investigator <em>cases</em> with notes, the <em>audit trail</em>, settings
 * (the policy mode), the <em>indicators</em> the engine was given (each once, ids in the order first
 * saved; a snapshot records up to which id its state holds them) and the account each API key id was
 * first seen with.
 *
 * <p>Invariants:
 * <ul>
 *   <li>{@code append} is one transaction and idempotent on exchange id: an id once accepted is
 *       never accepted again, also after the journal was pruned (the ids outlive the journal).
 *       Restart = restore the latest snapshot, then replay the journal after its covered sequence;
 *       {@code prune} refuses to drop journal entries that no snapshot covers.</li>
 *   <li>Every case change and every policy-mode change writes its audit entry in the same
 *       transaction; the database itself rejects updates and deletes of audit entries.</li>
 *   <li>No wall clock: every time is event time passed in by the caller, stored at millisecond
 *       precision (the contract's precision).</li>
 *   <li>A store is safe to share between threads. It holds two connections: the writer, on which
 *       every {@link org.hydraguard.store.Store} call is serialised, and a read-only one for the
 *       investigator's reads ({@link org.hydraguard.store.Investigation}), serialised among
 *       themselves only, so a slow console query never delays an append. A read sees everything
 *       committed before it began. Callbacks given to {@code replay} and {@code accounts} must not
 *       call back into the store.</li>
 * </ul>
 */
package org.hydraguard.store;
