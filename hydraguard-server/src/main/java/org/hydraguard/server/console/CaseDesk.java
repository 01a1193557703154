package org.hydraguard.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.io.report.CampaignSeries;
import org.hydraguard.io.report.CaseFile;
import org.hydraguard.io.report.CaseReport;
import org.hydraguard.io.report.ReportData;
import org.hydraguard.io.stix.InvalidStixException;
import org.hydraguard.io.stix.StixExport;
import org.hydraguard.io.stix.StixImport;
import org.hydraguard.server.ServiceParts;
import org.hydraguard.server.Tokens;
import org.hydraguard.store.AuditEntry;
import org.hydraguard.store.CaseRecord;
import org.hydraguard.store.PolicyMode;
import org.hydraguard.store.Store;

/**
 * What investigators change and take away: the case workflow (every step audited with the caller's
 * name and the wall-clock time of the action), the policy switch, the HTML and STIX exports, and the
 * STIX import that hands indicators to the engine.
 */
final class CaseDesk {
    static final int MAX_NOTE = 10_000;
    /** Accounts whose shared values make the STIX indicators. */
    static final int STIX_ACCOUNTS = 500;

    private final ServiceParts parts;
    private final Store store;
    private final CampaignPages pages;
    private final InstantSource clock;

    CaseDesk(ServiceParts parts, CampaignPages pages, InstantSource clock) {
        this.parts = parts;
        this.store = parts.store();
        this.pages = pages;
        this.clock = clock;
    }

    Map<String, Object> act(String campaignId, JsonNode body, Tokens.Caller who) {
        String action = body.path("action").asText("");
        String note = body.path("note").isTextual() ? body.path("note").asText() : null;
        if (note != null && note.length() > MAX_NOTE) {
            throw ConsoleError.badRequest("the note has " + note.length() + " characters; at most " + MAX_NOTE + " are kept");
        }
        Optional<CaseRecord> existing = store.investigation().caseFor(campaignId);
        if (existing.isEmpty()) {
            pages.campaign(campaignId); // 404 for a campaign that is not in the current set
        }
        Instant now = clock.instant();
        CaseRecord k = switch (action) {
            case "open" -> existing.orElseGet(() -> store.openCase(campaignId, who.name(), now));
            case "confirm" -> store.confirm(opened(existing, campaignId, who, now).caseId(), who.name(), now, note);
            case "dismiss" -> store.dismiss(opened(existing, campaignId, who, now).caseId(), who.name(), now, note);
            case "note" -> {
                if (note == null || note.isBlank()) {
                    throw ConsoleError.badRequest("a note action needs a non-empty \"note\"");
                }
                yield store.addNote(opened(existing, campaignId, who, now).caseId(), who.name(), now, note);
            }
            default -> throw ConsoleError.badRequest("action '" + action + "' is unknown; expected open, confirm, dismiss or note");
        };
        return ConsoleJson.caseFull(k);
    }

    private CaseRecord opened(Optional<CaseRecord> existing, String campaignId, Tokens.Caller who, Instant now) {
        return existing.orElseGet(() -> store.openCase(campaignId, who.name(), now));
    }

    Map<String, Object> policy() {
        return Map.of("mode", parts.mode().current().name().toLowerCase(Locale.ROOT));
    }

    Map<String, Object> setPolicy(JsonNode body, Tokens.Caller who) {
        String wanted = body.path("mode").asText("");
        PolicyMode next = switch (wanted) {
            case "shadow" -> PolicyMode.SHADOW;
            case "enforce" -> PolicyMode.ENFORCE;
            default -> throw ConsoleError.badRequest("mode '" + wanted + "' is unknown; expected shadow or enforce");
        };
        parts.mode().set(next, who.name(), clock.instant());
        return policy();
    }

    String stix(String campaignId) {
        Campaign c = pages.campaign(campaignId);
        LinkGraph g = LinkGraph.of(store.investigation(), c, List.of(), STIX_ACCOUNTS);
        String actor = c.attribution() == null ? c.campaignId() : c.attribution().actor();
        int confidence = (int) Math.round(100 * (c.attribution() == null ? c.score() : c.attribution().confidence()));
        return StixExport.bundle(c, g.indicators(c, actor, confidence));
    }

    Map<String, Object> importStix(String body, Tokens.Caller who) {
        StixImport.Result r;
        try {
            r = StixImport.read(body);
        } catch (InvalidStixException e) {
            throw ConsoleError.badRequest(e.getMessage());
        }
        if (!r.indicators().isEmpty() && !parts.engine().offerIndicators(r.indicators())) {
            throw new ConsoleError(503, "the engine is behind; nothing was imported, send the bundle again shortly");
        }
        store.audit(who.name(), clock.instant(), "indicators.import", "indicators",
                r.indicators().size() + " imported, " + r.skipped().size() + " skipped");
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (StixImport.Skipped s : r.skipped()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("object", s.object());
            m.put("reason", s.reason());
            skipped.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("imported", r.indicators().size());
        out.put("skipped", skipped);
        return out;
    }

    String html(String campaignId) {
        Campaign c = pages.campaign(campaignId);
        CaseRecord k = store.investigation().caseFor(campaignId).orElse(null);
        List<CaseFile.Line> notes = k == null ? List.of()
                : k.notes().stream().map(n -> new CaseFile.Line(n.author(), n.at(), null, n.text())).toList();
        List<CaseFile.Line> audit = new ArrayList<>();
        for (AuditEntry a : store.investigation().auditTrail("campaign:" + campaignId)) {
            audit.add(new CaseFile.Line(a.who(), a.at(), a.action(), a.detail()));
        }
        CaseFile file = new CaseFile(new ReportData.CampaignView(c, daily(c)), k == null ? null : ConsoleJson.status(k),
                k == null ? null : k.openedBy(), k == null ? null : k.openedAt(), k == null ? null : k.closedBy(),
                k == null ? null : k.closedAt(), notes, audit, pages.samples(c));
        return CaseReport.render(file);
    }

    /** Daily activity over the campaign's first-to-last-seen days, from the journal. */
    private CampaignSeries daily(Campaign c) {
        LocalDate first = LocalDate.ofInstant(c.firstSeen(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(c.lastSeen(), ZoneOffset.UTC);
        int span = (int) Math.max(1, Math.min(550, last.toEpochDay() - first.toEpochDay() + 1));
        long[] exchanges = new long[span];
        int[] active = new int[span];
        List<String> members = c.accounts().subList(0, Math.min(CampaignPages.TIMELINE_ACCOUNTS, c.accounts().size()));
        for (long[] d : store.investigation().dailyActivity(members)) {
            long i = Math.floorDiv(d[0], 86_400_000L) - first.toEpochDay();
            if (i >= 0 && i < span) {
                exchanges[(int) i] = d[1];
                active[(int) i] = (int) d[2];
            }
        }
        return new CampaignSeries(first, exchanges, active);
    }
}
