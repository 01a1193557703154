/**
 * Cross-account linking. Candidate groups are formed from what subjects share, never from pairwise
 * comparison of all subjects:
 * <ul>
 *   <li>{@link org.hydraguard.core.link.TemplateIndex}: online LSH clustering of prompt skeletons into
 *   templates (bounded, set-associative, evicts the least used);</li>
 *   <li>{@link org.hydraguard.core.link.Cohort}: the subjects that send a template family (templates
 *   united by co-use, see the engine's TemplateFamilies) for a real share of their traffic, with the
 *   family's purpose aggregates; cohorts of two families that unite are folded into one;</li>
 *   <li>{@link org.hydraguard.core.link.ValueIndex}: holders of payment instruments, e-mail domains and
 *   sign-up networks, exact while rare (capped postings), with IDF-like rarity weights;</li>
 *   <li>{@link org.hydraguard.core.link.CampaignForest}: union-find of cohorts into campaigns, rooted
 *   at the oldest cohort so campaign ids are stable;</li>
 *   <li>{@link org.hydraguard.core.link.IndicatorIndex}: known actor indicators, matched per exchange;</li>
 *   <li>{@link org.hydraguard.core.link.LongLongMap} and {@link org.hydraguard.core.link.LongObjectMap}:
 *   primitive open-addressing maps for lookups made several times per exchange (union-find parents,
 *   campaign scores, value postings), without boxing the 64-bit keys.</li>
 * </ul>
 * Invariants: every structure is bounded per subject or per distinct value; iteration that reaches
 * outputs or snapshots is in sorted order; nothing here decides, it only links.
 */
package org.hydraguard.core.link;
