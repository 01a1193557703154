/**
 * Records of the public data contract ({@code docs/data-contract.md}): what the product reads
 * ({@link org.hydraguard.core.model.Exchange}, {@link org.hydraguard.core.model.Account},
 * {@link org.hydraguard.core.model.Indicator}, {@link org.hydraguard.core.model.Label}) and what it
 * writes ({@link org.hydraguard.core.model.Campaign}, {@link org.hydraguard.core.model.Decision}).
 *
 * <p>Invariants: every record is immutable, validates its required fields in the compact constructor
 * and copies the collections it is given. Optional contract fields are {@code null} when absent; the
 * records never invent a default the producer did not send. Field names follow the contract in
 * camel case ({@code account_id} is {@code accountId}).
 */
package org.hydraguard.core.model;
