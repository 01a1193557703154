package org.hydraguard.io.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;

/** One campaign's part of the report: counts, capability mix, evidence, attribution and charts. */
final class CampaignSection {
    /** Members listed by name; the rest are counted, so a 25,000-account campaign stays readable. */
    static final int MEMBERS_SHOWN = 40;

    private CampaignSection() {}

    static void render(Html h, int rank, ReportData.CampaignView view) {
        Campaign c = view.campaign();
        h.raw("<section class=\"campaign\" id=\"c").raw(Integer.toString(rank)).raw("\">");
        h.raw("<h2>").raw(Integer.toString(rank)).raw(". Campaign ").text(c.campaignId())
                .raw(" <span class=\"score\">score ").raw(fixed(c.score())).raw("</span></h2>");
        h.raw("<table class=\"facts\">");
        fact(h, "Accounts", String.format(Locale.ROOT, "%,d", c.accountCount())
                + (c.endUsers().isEmpty() ? "" : String.format(Locale.ROOT, " (and %,d end users of other accounts)", c.endUsers().size())));
        fact(h, "Exchanges", String.format(Locale.ROOT, "%,d", c.exchanges()));
        fact(h, "Tokens in / out", String.format(Locale.ROOT, "%,d / %,d", c.inputTokens(), c.outputTokens()));
        fact(h, "First seen", when(c.firstSeen()));
        fact(h, "Last seen", when(c.lastSeen()));
        h.raw("</table>");

        if (!c.capabilities().isEmpty()) {
            h.raw("<h3>What it asked for</h3>");
            h.raw(SvgCharts.shares(new TreeMap<>(c.capabilities())));
        }
        h.raw("<h3>Evidence</h3>");
        evidence(h, c.evidence());
        h.raw("<h3>Attribution</h3>");
        attribution(h, c.attribution());
        h.raw("<h3>Activity per day (UTC)</h3><div class=\"charts\">");
        CampaignSeries s = view.daily();
        h.raw(SvgCharts.daily("Exchanges per day", s.firstDay(), s.exchanges(), "#3b6ea5"));
        h.raw(SvgCharts.daily("Active accounts per day", s.firstDay(), s.activeMembers(), "#d08a2e"));
        h.raw("</div>");
        members(h, c);
        h.raw("</section>\n");
    }

    private static void evidence(Html h, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            h.element("p", "none", "No evidence was recorded.");
            return;
        }
        h.raw("<ul class=\"evidence\">");
        for (Evidence e : sorted(evidence)) {
            h.raw("<li><span class=\"signal\">").text(e.signal()).raw("</span> <span class=\"weight\">weight ")
                    .raw(fixed(e.weight())).raw("</span><br>").text(e.detail());
            if (!e.examples().isEmpty()) {
                h.raw("<br><span class=\"examples\">for example: ");
                for (int i = 0; i < e.examples().size(); i++) {
                    h.raw(i == 0 ? "" : ", ").raw("<code>").text(e.examples().get(i)).raw("</code>");
                }
                h.raw("</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }

    private static void attribution(Html h, Attribution a) {
        if (a == null) {
            h.element("p", "none", "Not attributed to a known actor.");
            return;
        }
        h.raw("<p>Attributed to <strong>").text(a.actor()).raw("</strong> with confidence ")
                .raw(String.format(Locale.ROOT, "%.0f%%", a.confidence() * 100)).raw(".</p>");
        if (!a.evidence().isEmpty()) {
            evidence(h, a.evidence());
        }
    }

    private static void members(Html h, Campaign c) {
        h.raw("<details><summary>Members</summary><p class=\"members\">");
        List<String> accounts = c.accounts();
        for (int i = 0; i < Math.min(MEMBERS_SHOWN, accounts.size()); i++) {
            h.raw(i == 0 ? "" : ", ").raw("<code>").text(accounts.get(i)).raw("</code>");
        }
        if (accounts.size() > MEMBERS_SHOWN) {
            h.raw(String.format(Locale.ROOT, " and %,d more accounts (see campaigns.jsonl)", accounts.size() - MEMBERS_SHOWN));
        }
        List<EndUserRef> endUsers = c.endUsers();
        for (int i = 0; i < Math.min(MEMBERS_SHOWN, endUsers.size()); i++) {
            h.raw(i == 0 ? "<br>End users: " : ", ").raw("<code>").text(endUsers.get(i).accountId()).raw(" / ")
                    .text(endUsers.get(i).endUserId()).raw("</code>");
        }
        if (endUsers.size() > MEMBERS_SHOWN) {
            h.raw(String.format(Locale.ROOT, " and %,d more end users", endUsers.size() - MEMBERS_SHOWN));
        }
        h.raw("</p></details>");
    }

    private static List<Evidence> sorted(List<Evidence> evidence) {
        return evidence.stream().sorted(Comparator.comparingDouble(Evidence::weight).reversed()
                .thenComparing(Evidence::signal)).toList();
    }

    static void fact(Html h, String name, String value) {
        h.raw("<tr><th>").text(name).raw("</th><td>").text(value).raw("</td></tr>");
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A time as people read it, to the minute. */
    static String when(Instant t) {
        return WHEN.format(t);
    }

    static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

}
