/**
 * The texts of simulated traffic. {@link org.hydraguard.sim.text.PromptBook} is the front: tasks by
 * {@link org.hydraguard.sim.text.PromptKind}, follow-up turns, the fixed texts many honest users share,
 * and campaign {@link org.hydraguard.sim.text.WrapperFamily wrappers}.
 *
 * <p>Invariants: every text is written by the product's own grammar ({@code grammar.txt}), except the
 * real prompts an operator passes with {@code --corpus}, which are read at run time and never embedded.
 * All randomness comes from the caller, so a text is a pure function of the random state it is given.
 * Kinds are intent, not labels: honest users and campaigns draw the same kinds and the same texts.
 */
package org.hydraguard.sim.text;
