/**
 * Scoring with evidence. {@link org.hydraguard.core.score.GroupScorer} scores a candidate group from
 * two independent halves, {@link org.hydraguard.core.score.Purpose} (what the traffic asks for) and
 * coordination (how the members behave together), and returns the evidence behind the score as data
 * (signal code, weight, a sentence, example exchange ids).
 *
 * <p>Invariants: scores are 0-1; a group that lacks either half, or independent entities, scores at
 * most half its weaker half, so shared infrastructure alone or distillation-like purpose alone never
 * restricts anyone; evidence lists are deterministic (sorted by weight, then signal code).
 */
package org.hydraguard.core.score;
