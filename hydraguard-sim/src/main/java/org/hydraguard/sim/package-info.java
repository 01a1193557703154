/**
 * The traffic simulator: the benchmark every detection number is measured on. Public front:
 * {@link org.hydraguard.sim.Simulator}, {@link org.hydraguard.sim.SimulationRequest},
 * {@link org.hydraguard.sim.SimulationSummary} and the registry {@link org.hydraguard.sim.Scenarios}.
 *
 * <p>Design: a discrete-event simulation. Every account is a compact {@code Actor} in one priority
 * queue keyed by its next event time; honest archetypes ({@code OrdinaryChatter}, {@code WritingUser},
 * {@code Student}, {@code CodingAgentUser}, {@code AppBackend}, {@code EvalHarness}, {@code BatchJob},
 * {@code Reseller}) and structures ({@code ClassroomCohort}, campus and corporate NATs, startup teams) live
 * next to {@code DistillationOperator}s, each configured by a {@code CampaignPlan}, and their
 * {@code CampaignAccount}s.
 *
 * <p>Invariants: one random source and a total firing order {@code (time, seq)} make output a pure
 * function of (scenario, seed, scale, corpus); exchanges are emitted in time order with ids in
 * emission order; memory grows with accounts, never with exchanges; no campaign is separable by a
 * value only campaigns use (user agents, TLS fingerprints, networks, e-mail domains, programs and request
 * parameters all come from pools honest users share).
 */
package org.hydraguard.sim;
