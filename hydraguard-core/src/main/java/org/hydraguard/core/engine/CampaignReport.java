package org.hydraguard.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hydraguard.core.link.CampaignForest;
import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.policy.Detection;
import org.hydraguard.core.profile.SubjectProfile;

/**
 * Builds the public {@link Campaign} view: cohorts that scored past restriction, grouped by their
 * campaign root, with members (accounts, and reseller end users separately), totals, capability mix,
 * evidence and attribution. Output order is by campaign id; member lists are sorted.
 */
final class CampaignReport {
    private final EngineState state;
    private final Detection detection;

    CampaignReport(EngineState state, Detection detection) {
        this.state = state;
        this.detection = detection;
    }

    List<Campaign> campaigns() {
        Map<Long, List<Cohort>> byRoot = new TreeMap<>();
        for (Cohort c : state.cohorts.values()) {
            if (c.action.restricts()) {
                byRoot.computeIfAbsent(state.forest.find(c.key), k -> new ArrayList<>()).add(c);
            }
        }
        List<Campaign> out = new ArrayList<>();
        for (Map.Entry<Long, List<Cohort>> e : byRoot.entrySet()) {
            campaign(e.getKey(), e.getValue(), out);
        }
        out.sort(Comparator.comparing(Campaign::campaignId));
        return out;
    }

    /**
     * Reports the campaign rooted at {@code root}: its members, split by operator when it holds
     * several (see {@link OperatorSplit}). The first operator keeps the campaign's id; each other
     * one gets an id derived from the root and its first payment instrument.
     */
    private void campaign(long root, List<Cohort> cohorts, List<Campaign> out) {
        cohorts.sort(Comparator.comparingDouble((Cohort c) -> -c.score).thenComparingLong(c -> c.key));
        String id = CampaignForest.campaignId(root);
        Set<Integer> members = new TreeSet<>();
        for (SubjectProfile p : state.byIndex) {
            // a decision may name the campaign by an id from before a merge; follow it to today's root
            String named = p.decision.campaignId;
            if (named != null && p.decision.action.restricts()
                    && (id.equals(named) || state.forest.find(state.families.find(CampaignForest.keyOf(named))) == root)) {
                members.add(p.index);
            }
        }
        for (Cohort c : cohorts) {
            for (int i = 0; i < c.memberCount(); i++) {
                SubjectProfile p = state.byIndex.get(c.member(i));
                if (state.memberByTemplates(p, root, state.familyCount(p, root, true), detection, 1)) {
                    members.add(p.index);
                }
            }
        }
        List<SubjectProfile> profiles = new ArrayList<>(members.size());
        for (int idx : members) {
            profiles.add(state.byIndex.get(idx));
        }
        List<OperatorSplit.Part> parts = OperatorSplit.split(profiles, state.values, detection.rareValueMaxAccounts());
        for (int i = 0; i < parts.size(); i++) {
            OperatorSplit.Part part = parts.get(i);
            String partId = i == 0 ? id : CampaignForest.campaignId(OperatorSplit.partKey(root, part.anchorKey()));
            List<Evidence> split = parts.size() == 1 ? List.of() : List.of(new Evidence("operator_split", 0.0,
                    "one of " + parts.size() + " operators found in campaign " + id + ": " + part.members().size()
                            + " members funded by " + part.cards() + " payment instruments that no other part"
                            + " shares, with their own target mix and request shape", List.of()));
            out.add(campaign(partId, part.members(), cohorts, split));
        }
    }

    private Campaign campaign(String id, List<Integer> members, List<Cohort> cohorts, List<Evidence> extra) {
        Set<String> accounts = new TreeSet<>();
        Set<EndUserRef> endUsers = new TreeSet<>(Comparator.comparing(EndUserRef::accountId).thenComparing(EndUserRef::endUserId));
        long exchanges = 0;
        long in = 0;
        long outTok = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long[] caps = new long[Capability.values().length];
        Map<String, int[]> actorVotes = new TreeMap<>();
        List<String> hitExamples = new ArrayList<>();
        for (int idx : members) {
            SubjectProfile p = state.byIndex.get(idx);
            if (p.endUserId == null) {
                accounts.add(p.accountId);
            } else {
                endUsers.add(new EndUserRef(p.accountId, p.endUserId));
            }
            exchanges += p.exchanges();
            in += p.inputTokens();
            outTok += p.outputTokens();
            if (p.exchanges() > 0) {
                first = Math.min(first, p.firstMs());
                last = Math.max(last, p.lastMs());
            }
            for (Capability c : Capability.values()) {
                caps[c.ordinal()] += p.capabilityCount(c);
            }
            IndicatorHit hit = state.hits.get(idx);
            if (hit != null) {
                int[] v = actorVotes.computeIfAbsent(hit.actor(), k -> new int[2]);
                v[0]++;
                v[1] = Math.max(v[1], hit.confidence());
                if (hitExamples.size() < 4) {
                    hitExamples.add(hit.exampleId());
                }
            }
        }
        Map<String, Double> mix = new LinkedHashMap<>();
        for (Capability c : Capability.values()) {
            mix.put(c.wireName(), exchanges == 0 ? 0.0 : (double) caps[c.ordinal()] / exchanges);
        }
        List<Evidence> evidence = new ArrayList<>(cohorts.get(0).evidence);
        List<Cohort> templates = cohorts.stream().filter(c -> !state.isCardCohort(c)).toList();
        if (templates.size() > 1) {
            evidence.add(new Evidence("rotated_templates", 0.0, "the same accounts use " + templates.size()
                    + " prompt templates (rotated or paraphrased wrappers)", firstExamples(templates)));
        }
        List<Cohort> cards = cohorts.stream().filter(state::isCardCohort).toList();
        if (!cards.isEmpty() && !templates.isEmpty()) {
            List<String> values = cards.subList(0, Math.min(EXAMPLE_COHORTS, cards.size())).stream()
                    .map(c -> state.values.get(c.key).value).toList();
            evidence.add(new Evidence("shared_cards", 0.0, "the same accounts are also grouped by " + cards.size()
                    + " shared payment instruments whose holders' traffic is distillation-like, e.g. "
                    + String.join(", ", values), firstExamples(cards)));
        }
        evidence.addAll(extra);
        double score = cohorts.get(0).score;
        Attribution attribution = attribution(actorVotes, members.size(), hitExamples);
        Instant firstSeen = Instant.ofEpochMilli(first == Long.MAX_VALUE ? cohorts.get(0).firstMs : first);
        Instant lastSeen = Instant.ofEpochMilli(last == Long.MIN_VALUE ? cohorts.get(0).lastMs : last);
        return new Campaign(id, List.copyOf(accounts), accounts.size(), exchanges, in, outTok, firstSeen, lastSeen,
                mix, Math.max(0, Math.min(1, score)), evidence, attribution, List.copyOf(endUsers));
    }

    private static final int EXAMPLE_COHORTS = 4;

    /** One example exchange from each of the first {@link #EXAMPLE_COHORTS} cohorts. */
    private static List<String> firstExamples(List<Cohort> cohorts) {
        List<String> ex = new ArrayList<>();
        for (Cohort c : cohorts.subList(0, Math.min(EXAMPLE_COHORTS, cohorts.size()))) {
            ex.addAll(c.examples().subList(0, Math.min(1, c.examples().size())));
        }
        return ex;
    }

    /** The actor most members' indicator matches point to; confidence grows with coverage. */
    private static Attribution attribution(Map<String, int[]> votes, int members, List<String> examples) {
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            if (e.getValue()[0] > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue()[0];
            }
        }
        if (best == null) {
            return null;
        }
        int conf = votes.get(best)[1];
        double coverage = (double) bestVotes / Math.max(1, members);
        double confidence = Math.min(1.0, (conf / 100.0) * Math.min(1.0, 0.5 + coverage));
        Map<String, Integer> counts = new HashMap<>();
        votes.forEach((k, v) -> counts.put(k, v[0]));
        return new Attribution(best, Math.round(confidence * 1000) / 1000.0, List.of(new Evidence("indicator_match",
                confidence, bestVotes + " of " + members + " members match indicators of actor " + best
                        + " (highest indicator confidence " + conf + ")", examples)));
    }
}
