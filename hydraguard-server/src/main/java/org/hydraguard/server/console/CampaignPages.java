package org.hydraguard.server.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.ContractJson;
import org.hydraguard.server.EnforcementMode;
import org.hydraguard.store.Investigation;

/**
 * What the console's read pages show: the queue, a campaign page and an account page, read through the
 * store's {@link Investigation} (its own read connection, so a page never holds up ingest). Every read
 * is bounded (accounts looked at, exchanges per account, samples), so a 25,000-account campaign costs
 * the same as a small one.
 */
final class CampaignPages {
    /** Members whose hourly activity makes the timeline. */
    static final int TIMELINE_ACCOUNTS = 2_000;
    static final int SAMPLES = 12;
    static final int GRAPH_ACCOUNTS = 60;
    static final int ACCOUNT_EXCHANGES = 20;
    /** Campaigns searched for an account that has no decision naming its campaign. */
    static final int MEMBERSHIP_SEARCH = 1_000;
    /** Accounts decided under a merged campaign's id that are looked up to find where it went. */
    static final int SUCCESSOR_SAMPLE = 200;

    private final Investigation investigation;
    private final EnforcementMode mode;

    CampaignPages(Investigation investigation, EnforcementMode mode) {
        this.investigation = investigation;
        this.mode = mode;
    }

    Map<String, Object> queue(int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Campaign c : investigation.campaignsByRisk(limit)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("campaign_id", c.campaignId());
            r.put("score", c.score());
            r.put("account_count", c.accountCount());
            r.put("exchanges", c.exchanges());
            r.put("first_seen", ConsoleJson.time(c.firstSeen()));
            r.put("last_seen", ConsoleJson.time(c.lastSeen()));
            r.put("top_capability", c.capabilities().entrySet().stream()
                    .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null));
            r.put("actor", c.attribution() == null ? null : c.attribution().actor());
            r.put("attribution_confidence", c.attribution() == null ? null : c.attribution().confidence());
            r.put("case", ConsoleJson.caseSummary(investigation.caseFor(c.campaignId()).orElse(null)));
            rows.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", mode.current().name().toLowerCase(Locale.ROOT));
        out.put("campaigns", rows);
        return out;
    }

    Campaign campaign(String id) {
        return investigation.campaign(id).orElseThrow(() -> ConsoleError.notFound("there is no campaign '" + id
                + "' in the current campaign set"));
    }

    /**
     * The campaign with this id, or the one it has since been merged into: decisions keep the id of
     * when they were taken, so links from an account's history may name a campaign that later joined
     * another. That one is the current campaign holding most of the accounts decided under the id.
     */
    private Campaign campaignOrSuccessor(String id) {
        Optional<Campaign> current = investigation.campaign(id);
        if (current.isPresent()) {
            return current.get();
        }
        Set<String> decided = new HashSet<>(investigation.accountsDecidedUnder(id, SUCCESSOR_SAMPLE));
        return investigation.campaignsByRisk(MEMBERSHIP_SEARCH).stream()
                .filter(c -> c.accounts().stream().anyMatch(decided::contains))
                .max(Comparator.comparingLong(c -> c.accounts().stream().filter(decided::contains).count()))
                .orElseGet(() -> campaign(id));
    }

    Map<String, Object> campaignPage(String requested) {
        Campaign c = campaignOrSuccessor(requested);
        String id = c.campaignId();
        List<Exchange> samples = samples(c);
        List<String> preferred = samples.stream().map(Exchange::accountId).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("campaign", ConsoleJson.tree(ContractJson.toJson(c)));
        out.put("merged_from", id.equals(requested) ? null : requested);
        out.put("case", ConsoleJson.caseFull(investigation.caseFor(id).orElse(null)));
        out.put("timeline", timeline(c));
        out.put("samples", ConsoleJson.samples(samples));
        out.put("graph", LinkGraph.of(investigation, c, preferred, GRAPH_ACCOUNTS).json(this::actionOf));
        out.put("audit", ConsoleJson.audit(investigation.auditTrail("campaign:" + id)));
        return out;
    }

    private List<Map<String, Object>> timeline(Campaign c) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (long[] h : investigation.hourlyActivity(c.accounts().subList(0, Math.min(TIMELINE_ACCOUNTS, c.accounts().size())))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("hour", ConsoleJson.time(Instant.ofEpochMilli(h[0])));
            row.put("exchanges", h[1]);
            row.put("accounts", h[2]);
            out.add(row);
        }
        return out;
    }

    /** The evidence's example exchanges first (as the analyst will want to check them), then members' latest. */
    List<Exchange> samples(Campaign c) {
        Set<String> ids = new LinkedHashSet<>();
        for (Evidence e : c.evidence()) {
            ids.addAll(e.examples());
        }
        if (c.attribution() != null) {
            c.attribution().evidence().forEach(e -> ids.addAll(e.examples()));
        }
        List<Exchange> out = new ArrayList<>(investigation.exchangesById(ids.stream().limit(SAMPLES).toList()));
        Set<String> seen = new LinkedHashSet<>();
        out.forEach(e -> seen.add(e.id()));
        for (String a : c.accounts().subList(0, Math.min(GRAPH_ACCOUNTS, c.accounts().size()))) {
            if (out.size() >= SAMPLES) {
                break;
            }
            for (Exchange e : investigation.exchangesOf(a, 2)) {
                if (out.size() < SAMPLES && seen.add(e.id())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private String actionOf(String account) {
        return investigation.latestDecision(account, null).map(d -> d.action().wireName()).orElse(null);
    }

    Map<String, Object> accountPage(String id) {
        var account = investigation.account(id);
        List<Decision> history = new ArrayList<>(investigation.decisionsFor(id));
        List<Exchange> recent = investigation.exchangesOf(id, ACCOUNT_EXCHANGES);
        if (account.isEmpty() && history.isEmpty() && recent.isEmpty()) {
            throw ConsoleError.notFound("nothing is known about account '" + id + "': no account record, decision or exchange");
        }
        java.util.Collections.reverse(history);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", account.map(a -> ConsoleJson.tree(ContractJson.toJson(a))).orElse(null));
        out.put("decision", investigation.latestDecision(id, null).map(d -> ConsoleJson.tree(ContractJson.toJson(d))).orElse(null));
        out.put("decisions", history.stream().map(d -> ConsoleJson.tree(ContractJson.toJson(d))).toList());
        out.put("exchanges", ConsoleJson.samples(recent));
        out.put("campaign_id", campaignOf(id, history).orElse(null));
        return out;
    }

    /**
     * The campaign the account is a member of now; a decision's campaign id is only a fallback, as it
     * names the campaign as it was when the action was taken (before a later split into operators).
     */
    private Optional<String> campaignOf(String account, List<Decision> newestFirst) {
        Optional<String> member = investigation.campaignsByRisk(MEMBERSHIP_SEARCH).stream()
                .filter(c -> c.accounts().contains(account)).map(Campaign::campaignId).findFirst();
        if (member.isPresent()) {
            return member;
        }
        return newestFirst.stream().map(Decision::campaignId).filter(java.util.Objects::nonNull).findFirst();
    }
}
