/**
 * Tests of the store. The behaviour is written once, in {@code StoreContract} and
 * {@code InvestigationContract} (and {@code ReadConnectionContract}), and run on SQLite ({@code SqliteStoreTest}, unit tests) and on a real
 * PostgreSQL ({@code PostgresStoreIT}, failsafe), so both databases are held to the same contract.
 */
package org.hydraguard.store;
