package org.hydraguard.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's pages, case workflow, exports and import, against a seeded store over real HTTP. */
class ConsolePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = ConsoleFixture.ANALYST;
    @TempDir
    Path dir;
    private ConsoleFixture f;

    @BeforeEach
    void start() {
        f = new ConsoleFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = f.get(path, A);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void theQueueListsCampaignsByRiskWithTheirCaseAndTheMode() throws Exception {
        f.post("/console/api/campaigns/camp_lo/case", A, "{\"action\":\"open\"}");
        JsonNode q = get("/console/api/campaigns");
        assertThat(q.path("mode").asText()).isEqualTo("shadow");
        assertThat(texts(q.path("campaigns"), "campaign_id")).containsExactly("camp_hi", "camp_mid", "camp_lo");
        JsonNode hi = q.path("campaigns").get(0);
        assertThat(hi.path("top_capability").asText()).isEqualTo("software_engineering");
        assertThat(hi.path("actor").isNull()).isTrue();
        assertThat(hi.path("case").isNull()).isTrue();
        assertThat(q.path("campaigns").get(1).path("actor").asText()).isEqualTo("lab-x");
        assertThat(q.path("campaigns").get(2).path("case").path("status").asText()).isEqualTo("open");
        assertThat(texts(get("/console/api/campaigns?limit=1").path("campaigns"), "campaign_id")).containsExactly("camp_hi");
        assertThat(f.get("/console/api/campaigns?limit=0", A).statusCode()).isEqualTo(400);
    }

    @Test
    void theCampaignPageHasTimelineSamplesAndAGraphOfSharedValuesOnly() throws Exception {
        JsonNode p = get("/console/api/campaigns/camp_hi");
        assertThat(p.path("campaign").path("campaign_id").asText()).isEqualTo("camp_hi");
        assertThat(p.path("timeline").toString()).isEqualTo("[{\"hour\":\"2026-04-22T03:00:00Z\",\"exchanges\":4,\"accounts\":2},"
                + "{\"hour\":\"2026-04-22T04:00:00Z\",\"exchanges\":2,\"accounts\":1}]");
        List<String> samples = texts(p.path("samples"), "exchange_id");
        assertThat(samples).startsWith("ex_a1_0", "ex_evil").hasSize(6).doesNotContain("ex_a4_0").doesNotHaveDuplicates();
        JsonNode evil = p.path("samples").get(1);
        assertThat(evil.path("prompt").asText()).isEqualTo(ConsoleFixture.EVIL); // data, escaped by the page's textContent
        assertThat(evil.path("account_id").asText()).isEqualTo("a3");

        JsonNode graph = p.path("graph");
        assertThat(texts(graph.path("nodes"), "id")).contains("account:a1", "account:a2", "account:a3",
                "payment:pfp_shared", "email_domain:mail.example", "ip:203.0.113.9", "client:ua/1.0 | -")
                .doesNotContain("payment:pfp_solo", "email_domain:other.example", "ip:198.51.100.1", "account:a4");
        List<String> edges = new ArrayList<>();
        graph.path("edges").forEach(e -> edges.add(e.path("source").asText() + "->" + e.path("target").asText()));
        assertThat(edges).filteredOn(e -> e.endsWith("payment:pfp_shared"))
                .containsExactlyInAnyOrder("account:a1->payment:pfp_shared", "account:a2->payment:pfp_shared");
        assertThat(edges).filteredOn(e -> e.endsWith("client:ua/1.0 | -")).hasSize(3);
        for (JsonNode n : graph.path("nodes")) {
            if (n.path("id").asText().equals("account:a1")) {
                assertThat(n.path("action").asText()).isEqualTo("block");
            }
        }
        assertThat(f.get("/console/api/campaigns/nope", A).statusCode()).isEqualTo(404);
    }

    @Test
    void anIdFromBeforeAMergeOpensTheCampaignItsAccountsAreInNow() throws Exception {
        // a2 and a3 were actioned under a campaign id that has since been merged into camp_hi
        f.store.recordDecision(new Decision("a2", Action.THROTTLE, "camp_merged", 0.7, List.of("template"),
                ConsoleFixture.H0.plusSeconds(3800), null, null));
        f.store.recordDecision(new Decision("a3", Action.BLOCK, "camp_merged", 0.8, List.of("template"),
                ConsoleFixture.H0.plusSeconds(3900), null, null));

        JsonNode p = get("/console/api/campaigns/camp_merged");

        assertThat(p.path("campaign").path("campaign_id").asText()).isEqualTo("camp_hi");
        assertThat(p.path("merged_from").asText()).isEqualTo("camp_merged");
        assertThat(get("/console/api/campaigns/camp_hi").path("merged_from").isNull()).isTrue();
        // cases are opened on current campaigns only
        assertThat(f.post("/console/api/campaigns/camp_merged/case", A, "{\"action\":\"open\"}").statusCode()).isEqualTo(404);
        // an id no decision names is still unknown
        assertThat(f.get("/console/api/campaigns/camp_never", A).statusCode()).isEqualTo(404);
    }

    @Test
    void caseStepsAreAuditedWithWhoAndWhenAndADecidedCaseCannotBeDecidedAgain() throws Exception {
        String cookie = f.login(A);
        java.util.Map<String, String> h = java.util.Map.of("Cookie", cookie, "X-Hydraguard-Console", "1");
        HttpResponse<String> noted = f.send("POST", "/console/api/campaigns/camp_hi/case",
                "{\"action\":\"note\",\"note\":\"same payment card on a1 and a2\"}", h);
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        JsonNode k = JSON.readTree(noted.body());
        assertThat(k.path("status").asText()).isEqualTo("open");
        assertThat(k.path("opened_by").asText()).isEqualTo("alice");
        assertThat(k.path("notes").get(0).path("text").asText()).isEqualTo("same payment card on a1 and a2");

        f.now.set(f.now.get().plus(Duration.ofMinutes(5)));
        JsonNode confirmed = JSON.readTree(f.send("POST", "/console/api/campaigns/camp_hi/case",
                "{\"action\":\"confirm\",\"note\":\"confirmed with billing\"}", h).body());
        assertThat(confirmed.path("status").asText()).isEqualTo("confirmed");
        assertThat(confirmed.path("closed_by").asText()).isEqualTo("alice");
        assertThat(confirmed.path("closed_at").asText()).isEqualTo(f.now.get().toString());

        HttpResponse<String> again = f.send("POST", "/console/api/campaigns/camp_hi/case", "{\"action\":\"dismiss\"}", h);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("error").asText()).contains("already CONFIRMED");
        assertThat(f.send("POST", "/console/api/campaigns/camp_hi/case", "{\"action\":\"shrug\"}", h).statusCode())
                .isEqualTo(400);

        JsonNode audit = get("/console/api/campaigns/camp_hi").path("audit");
        assertThat(texts(audit, "action")).containsExactly("case.open", "case.note", "case.confirm");
        assertThat(texts(audit, "actor")).containsOnly("alice");
        assertThat(audit.get(2).path("at").asText()).isEqualTo(f.now.get().toString());
        assertThat(audit.get(2).path("detail").asText()).contains("confirmed with billing");
    }

    @Test
    void theAccountPageShowsRecordDecisionsExchangesAndCampaign() throws Exception {
        JsonNode a = get("/console/api/accounts/a1");
        assertThat(a.path("account").path("payment_fp").asText()).isEqualTo("pfp_shared");
        assertThat(a.path("decision").path("action").asText()).isEqualTo("block");
        assertThat(a.path("decisions").size()).isEqualTo(1);
        assertThat(texts(a.path("exchanges"), "exchange_id")).containsExactly("ex_a1_2", "ex_a1_1", "ex_a1_0");
        assertThat(a.path("campaign_id").asText()).isEqualTo("camp_hi");
        assertThat(get("/console/api/accounts/a4").path("campaign_id").asText()).isEqualTo("camp_mid");
        assertThat(f.get("/console/api/accounts/ghost", A).statusCode()).isEqualTo(404);
    }

    @Test
    void theHtmlExportIsAnAttachmentWithEveryPromptEscaped() throws Exception {
        f.post("/console/api/campaigns/camp_hi/case", A, "{\"action\":\"note\",\"note\":\"<img src=x onerror=alert(2)>\"}");
        HttpResponse<String> r = f.get("/console/api/campaigns/camp_hi/export.html", A);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"hydraguard-case-camp_hi.html\"");
        assertThat(r.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                "camp_hi", "synchrony", "case.note", "alice").doesNotContain("<script", "<img");
    }

    @Test
    void theStixExportIsAValidDeterministicBundleOfTheSharedValues() throws Exception {
        HttpResponse<String> r = f.get("/console/api/campaigns/camp_hi/export.stix", A);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/stix+json");
        assertThat(f.get("/console/api/campaigns/camp_hi/export.stix", A).body()).isEqualTo(r.body());
        JsonNode bundle = JSON.readTree(r.body());
        assertThat(bundle.path("type").asText()).isEqualTo("bundle");
        List<String> patterns = new ArrayList<>();
        for (JsonNode o : bundle.path("objects")) {
            assertThat(o.path("spec_version").asText()).isEqualTo("2.1");
            assertThat(o.path("id").asText()).matches(o.path("type").asText() + "--[0-9a-f-]{36}");
            if (o.path("type").asText().equals("indicator")) {
                assertThat(o.path("modified").asText()).isEqualTo("2026-04-22T04:03:20.000Z");
                assertThat(o.path("pattern_type").asText()).isEqualTo("stix");
                assertThat(o.has("valid_from")).isTrue();
                patterns.add(o.path("pattern").asText());
            }
        }
        assertThat(patterns).contains("[ipv4-addr:value = '203.0.113.9']",
                "[email-addr:value MATCHES '@mail\\\\.example$']",
                "[x-hydraguard-fingerprint:kind = 'payment_fp' AND x-hydraguard-fingerprint:value = 'pfp_shared']")
                .noneMatch(p -> p.contains("pfp_solo") || p.contains("198.51.100.1"));
    }

    @Test
    void importedStixIndicatorsReachTheEngineAndTheRestAreReportedSkipped() throws Exception {
        String bundle = """
                {"type":"bundle","id":"bundle--1","objects":[
                 {"type":"indicator","spec_version":"2.1","id":"indicator--a","pattern":"[ipv4-addr:value = '203.0.113.77']",
                  "pattern_type":"stix","valid_from":"2026-04-01T00:00:00Z","x_hydraguard_actor":"lab-zeta"},
                 {"type":"indicator","spec_version":"2.1","id":"indicator--b","pattern":"[file:hashes.MD5 = 'abc']",
                  "pattern_type":"stix","valid_from":"2026-04-01T00:00:00Z","x_hydraguard_actor":"lab-zeta"}]}""";
        HttpResponse<String> r = f.post("/console/api/indicators", A, bundle);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode out = JSON.readTree(r.body());
        assertThat(out.path("imported").asInt()).isEqualTo(1);
        assertThat(out.path("skipped").get(0).path("object").asText()).isEqualTo("indicator--b");
        assertThat(out.path("skipped").get(0).path("reason").asText()).contains("file:hashes.MD5");
        // one more exchange makes the engine snapshot its state, indicators included
        f.engine.ingest(List.of(ConsoleFixture.exchange("ex_late", "a4", ConsoleFixture.H0.plusSeconds(9999),
                "192.0.2.4", "Hello again")));
        assertThat(f.engine.awaitIdle(Duration.ofSeconds(10))).isTrue();
        String state = new String(f.store.latestSnapshot().orElseThrow().state(), StandardCharsets.ISO_8859_1);
        assertThat(state).contains("203.0.113.77", "lab-zeta");
        assertThat(f.store.investigation().auditTrail("indicators")).singleElement()
                .satisfies(a -> assertThat(a.detail()).isEqualTo("1 imported, 1 skipped"));

        HttpResponse<String> bad = f.post("/console/api/indicators", A, "{not json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asText()).startsWith("the body is not JSON");
        assertThat(f.post("/console/api/indicators", A, "[1,2]").statusCode()).isEqualTo(400);
    }
}
