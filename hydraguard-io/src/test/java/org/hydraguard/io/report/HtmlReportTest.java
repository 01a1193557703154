package org.hydraguard.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final Instant T0 = Instant.parse("2026-04-22T03:00:00Z");
    private static final String SCRIPT = "<script>alert('x')</script>";

    @Test
    void everyInputStringIsEscaped() {
        Campaign hostile = campaign("camp" + SCRIPT, 0.9, List.of("acct" + SCRIPT, "a&b"),
                List.of(new Evidence("shared_template" + SCRIPT, 0.5, "detail " + SCRIPT + " \"quoted\"",
                        List.of("ex" + SCRIPT))),
                new Attribution("actor" + SCRIPT, 0.8, List.of()), Map.of("cap" + SCRIPT, 1.0));
        String html = HtmlReport.render(data(List.of(new ReportData.CampaignView(hostile,
                CampaignSeries.empty(LocalDate.of(2026, 4, 22)))), List.of("in" + SCRIPT + ".jsonl")));
        assertThat(html).doesNotContain("<script").doesNotContain(SCRIPT);
        assertThat(html).contains("acct&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("detail &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot;");
        assertThat(html).contains("a&amp;b");
        assertThat(html).contains("actor&lt;script&gt;");
        assertThat(html).contains("cap&lt;script&gt;");
    }

    @Test
    void isSelfContainedAndOrdersCampaignsByScore() {
        Campaign low = campaign("low-one", 0.3, List.of("a1"), List.of(), null, Map.of());
        Campaign high = campaign("high-one", 0.95, List.of("b1", "b2"),
                List.of(new Evidence("sync", 0.2, "acts in lockstep", List.of()),
                        new Evidence("template", 0.7, "same prompt skeleton", List.of("ex_1", "ex_2"))),
                null, Map.of("software_engineering", 0.7, "agentic", 0.3));
        String html = HtmlReport.render(data(List.of(
                new ReportData.CampaignView(low, CampaignSeries.empty(LocalDate.of(2026, 4, 22))),
                new ReportData.CampaignView(high, new CampaignSeries(LocalDate.of(2026, 4, 22),
                        new long[] {5, 0, 7}, new int[] {2, 0, 1}))), List.of("exchanges.jsonl.gz")));
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("@import")
                .doesNotContain("url(");
        assertThat(html.indexOf("high-one")).isLessThan(html.indexOf("low-one"));
        // evidence by weight, heaviest first
        assertThat(html.indexOf("same prompt skeleton")).isLessThan(html.indexOf("acts in lockstep"));
        assertThat(html).contains("<svg").contains("2026-04-22: 5").contains("2026-04-24: 7");
        assertThat(html).contains("Not attributed to a known actor.");
        assertThat(html).contains("2 coordinated campaigns were found");
    }

    @Test
    void saysSoWhenNothingWasFound() {
        String html = HtmlReport.render(data(List.of(), List.of("x.jsonl")));
        assertThat(html).contains("No coordinated campaign was found").endsWith("</html>\n");
    }

    @Test
    void dailyActivityAddsMembersAndEndUsersPerDay() {
        DailyActivity daily = new DailyActivity();
        daily.accept(exchange("e1", "a1", null, T0));
        daily.accept(exchange("e2", "a1", null, T0.plus(Duration.ofHours(1))));
        daily.accept(exchange("e3", "a2", null, T0.plus(Duration.ofDays(2))));
        daily.accept(exchange("e4", "r", "u1", T0.plus(Duration.ofDays(1))));
        daily.accept(exchange("e5", "r", "u2", T0.plus(Duration.ofDays(1))));
        daily.accept(exchange("e6", "other", null, T0));
        Campaign c = new Campaign("c", List.of("a1", "a2"), 2, 5, 0, 0, T0, T0.plus(Duration.ofDays(2)), Map.of(), 0.9,
                List.of(), null, List.of(new EndUserRef("r", "u1")));
        CampaignSeries s = daily.seriesFor(c);
        assertThat(s.firstDay()).isEqualTo(LocalDate.of(2026, 4, 22));
        assertThat(s.exchanges()).containsExactly(2, 1, 1);
        assertThat(s.activeMembers()).containsExactly(1, 1, 1);
        assertThat(daily.subjects()).isEqualTo(6); // a1, a2, r, r/u1, r/u2, other
        assertThat(daily.accounts()).isEqualTo(4);
    }

    @Test
    void dailyActivityGrowsWithTheSpanAndKeepsNothingBeforeTheFirstDayOrPastTheLimit() {
        DailyActivity daily = new DailyActivity();
        for (int d = 0; d < 40; d += 3) {
            for (int k = 0; k <= d % 4; k++) {
                daily.accept(exchange("e" + d + "-" + k, "a", null, T0.plus(Duration.ofDays(d))));
            }
        }
        daily.accept(exchange("early", "a", null, T0.minus(Duration.ofDays(1))));
        daily.accept(exchange("late", "a", null, T0.plus(Duration.ofDays(DailyActivity.MAX_DAYS))));
        Campaign c = new Campaign("c", List.of("a"), 1, 0, 0, 0, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(39)),
                Map.of(), 0.9, List.of(), null, List.of());
        CampaignSeries s = daily.seriesFor(c);
        assertThat(s.firstDay()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(s.exchanges()).hasSize(41);
        for (int d = -1; d < 40; d++) {
            long expected = d >= 0 && d % 3 == 0 ? d % 4 + 1 : 0;
            assertThat(s.exchanges()[d + 1]).as("day %d", d).isEqualTo(expected);
            assertThat(s.activeMembers()[d + 1]).as("day %d", d).isEqualTo(expected > 0 ? 1 : 0);
        }
    }

    private static ReportData data(List<ReportData.CampaignView> campaigns, List<String> inputs) {
        return new ReportData(inputs, T0, T0.plus(Duration.ofDays(3)), 1234, 56, 1000, 2000,
                "read 1234, accepted 1234, rejected 0, duplicates 0", 3, Duration.ofMillis(1500), campaigns);
    }

    private static Campaign campaign(String id, double score, List<String> accounts, List<Evidence> evidence,
            Attribution attribution, Map<String, Double> capabilities) {
        return new Campaign(id, accounts, accounts.size(), 10, 100, 200, T0, T0.plus(Duration.ofDays(2)), capabilities,
                score, evidence, attribution, List.of());
    }

    private static Exchange exchange(String id, String account, String endUser, Instant ts) {
        return Exchange.builder().id(id).ts(ts).accountId(account).endUserId(endUser).ip("198.51.100.1")
                .api("openai.chat").model("m").turns(1).status(200).build();
    }
}
