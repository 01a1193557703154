package org.hydraguard.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;

class CaseReportTest {
    private static final Instant T = Instant.parse("2026-04-22T03:00:00Z");

    @Test
    void everyInputStringIsEscapedAndTheCaseIsShown() {
        String evil = "<script>alert(1)</script>";
        Campaign c = new Campaign("camp_<b>", List.of("acct_\"x\""), 1, 5, 1, 1, T, T.plusSeconds(60),
                Map.of("agentic", 1.0), 0.8, List.of(new Evidence("synchrony", 0.5, "fires <together>", List.of("ex_1"))),
                null, List.of());
        Exchange e = Exchange.builder().id("ex_1").ts(T).accountId("acct_\"x\"").ip("203.0.113.9").api("openai.chat")
                .model("m<1>").prompt(evil).system("sys & <style>").turns(1).status(200).inputTokens(1).outputTokens(1).build();
        CaseFile file = new CaseFile(new ReportData.CampaignView(c, CampaignSeries.empty(LocalDate.of(2026, 4, 22))),
                "confirmed", "alice<", T, "bob>", T.plusSeconds(5),
                List.of(new CaseFile.Line("alice<", T, null, "note <i>")),
                List.of(new CaseFile.Line("alice<", T, "case.open", "case 1 opened")), List.of(e));
        String html = CaseReport.render(file);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "camp_&lt;b&gt;", "acct_&quot;x&quot;",
                "sys &amp; &lt;style&gt;", "note &lt;i&gt;", "alice&lt;", "bob&gt;", "confirmed", "case.open", "m&lt;1&gt;")
                .doesNotContain("<script", "<b>", "<i>", "<style>alert");
        assertThat(html).containsOnlyOnce("<style>");
    }
}
