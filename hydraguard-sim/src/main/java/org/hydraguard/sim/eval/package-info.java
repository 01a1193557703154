/**
 * Evaluation of a run against its labels: recall per true campaign, precision of actions, honest
 * subjects actioned, exchanges served before action, first-flag delay, adjusted Rand index and purity
 * of campaign membership, and run time.
 *
 * <p>The metric classes ({@link org.hydraguard.sim.eval.PartitionAgreement},
 * {@link org.hydraguard.sim.eval.GroundTruth}, {@link org.hydraguard.sim.eval.ActionHistory},
 * {@link org.hydraguard.sim.eval.Evaluation}) are pure and take records; reading files happens only
 * in {@link org.hydraguard.sim.eval.EvaluationInputs}, writing in the table and JSON reporters.
 *
 * <p>Definitions. A subject is an account, or one end user of an account when a label or decision
 * names it. "Actioned" means a decision at or above a threshold action (throttle by default). A
 * decision without an end user actions the account and all its end users. Recall counts subjects
 * ever actioned; "still actioned" uses each subject's latest decision. An exchange at the same
 * instant as the decision's {@code decided_at} was served (it is the exchange that triggered it).
 */
package org.hydraguard.sim.eval;
