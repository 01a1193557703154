package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hydraguard.server.ServiceHarness.ANALYST;
import static org.hydraguard.server.ServiceHarness.GATEWAY;
import static org.hydraguard.server.ServiceHarness.INGEST;
import static org.hydraguard.server.ServiceHarness.exchange;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.store.PolicyMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real service on a free port over a SQLite store, spoken to over real HTTP. */
class HydraguardServerTest {
    @TempDir
    Path dir;
    private ServiceHarness h;

    private void start(boolean failOpen, long maxBody, PolicyMode mode) throws Exception {
        UnaryOperator<ServiceConfig> tweak = c -> {
            ServerSettings s = c.settings();
            return c.withMode(mode).withSettings(new ServerSettings(s.tokens(), s.accountHeader(), s.keyHeader(),
                    s.endUserHeader(), failOpen, maxBody, 4));
        };
        h = ServiceHarness.sqlite(dir, tweak);
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
            h = null;
        }
    }

    @Test
    void ingestTakesTheGoodLinesAndReturnsEachBadOneWithItsLineAndReason() throws Exception {
        start(true, 1 << 20, null);
        String body = exchange("ex1", "acct_1", "key_1") + "\n"
                + exchange("ex2", "acct_1", "key_1").replace("\"status\":200", "\"status\":\"ok\"") + "\n"
                + "\n"
                + "{not json\n"
                + exchange("ex3", "acct_2", null) + "\n";

        HttpResponse<String> r = h.post("/v1/exchanges", INGEST, body);

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.body()).startsWith("{\"read\":4,\"accepted\":2,\"duplicates\":0,\"rejected\":[{\"line\":2,\"field\":\"status\"")
                .contains("{\"line\":4,\"field\":null,");
        h.awaitIdle();
        assertThat(h.engine().exchangesDecided()).isEqualTo(2);
        assertThat(h.service().parts().store().acceptedCount()).isEqualTo(2);
    }

    @Test
    void ingestIsIdempotentOnExchangeId() throws Exception {
        start(true, 1 << 20, null);
        String body = exchange("ex1", "acct_1", null) + "\n" + exchange("ex2", "acct_1", null) + "\n";

        assertThat(h.post("/v1/exchanges", INGEST, body).body()).contains("\"accepted\":2,\"duplicates\":0");
        assertThat(h.post("/v1/exchanges", INGEST, body + exchange("ex3", "acct_1", null)).body())
                .contains("\"read\":3,\"accepted\":1,\"duplicates\":2");
        h.awaitIdle();
        assertThat(h.engine().exchangesDecided()).isEqualTo(3);
    }

    @Test
    void tokensAndRolesAreEnforced() throws Exception {
        start(true, 1 << 20, null);
        String body = exchange("ex1", "acct_1", null);

        assertThat(h.post("/v1/exchanges", null, body).statusCode()).isEqualTo(401);
        assertThat(h.post("/v1/exchanges", "not-a-token-at-all-xx", body).statusCode()).isEqualTo(401);
        assertThat(h.post("/v1/exchanges", GATEWAY, body).statusCode()).isEqualTo(403);
        assertThat(h.get("/v1/check", INGEST, Map.of("x-hydraguard-account", "acct_1")).statusCode()).isEqualTo(403);
        assertThat(h.get("/v1/decisions/acct_1", ANALYST, Map.of()).statusCode()).isEqualTo(200);
        assertThat(h.get("/v1/decisions/acct_1", GATEWAY, Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> ingestReadsDecisions = h.get("/v1/decisions/acct_1", INGEST, Map.of());
        assertThat(ingestReadsDecisions.statusCode()).isEqualTo(403);
        assertThat(ingestReadsDecisions.body()).contains("this token lacks the analyst role (or [gateway])");
        assertThat(h.get("/healthz", null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(h.get("/readyz", null, Map.of()).body()).contains("\"ready\":true");
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        start(true, 2048, null);
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 4096; i++) {
            big.append(exchange("ex" + i, "acct_1", null)).append('\n');
        }
        assertThat(h.post("/v1/exchanges", INGEST, big.toString()).statusCode()).isEqualTo(413);
        assertThat(h.service().parts().store().acceptedCount()).isZero();
    }

    @Test
    void inEnforceModeTheGatewayCheckActsOnTheDecisionInForce() throws Exception {
        start(true, 1 << 20, PolicyMode.ENFORCE);
        seedDecisions();

        HttpResponse<String> ok = h.get("/v1/check/v1/messages", GATEWAY, Map.of("x-hydraguard-account", "acct_ok"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("x-hydraguard-action")).hasValue("allow");
        assertThat(ok.headers().firstValue("x-hydraguard-mode")).hasValue("enforce");

        HttpResponse<String> byKey = h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-key", "key_bad"));
        assertThat(byKey.statusCode()).isEqualTo(403);
        assertThat(byKey.body()).contains("\"action\":\"block\"", "\"campaign_id\":\"cmp-1\"");

        HttpResponse<String> slow = h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-account", "acct_slow"));
        assertThat(slow.statusCode()).isEqualTo(429);
        assertThat(slow.headers().firstValue("retry-after")).hasValue("120");

        HttpResponse<String> decision = h.get("/v1/decisions/acct_bad", ANALYST, Map.of());
        assertThat(decision.body()).contains("\"account_id\":\"acct_bad\"", "\"action\":\"block\"");

        String metrics = h.get("/metrics", null, Map.of()).body();
        assertThat(metrics).contains("hydraguard_ingest_records_total{result=\"accepted\"} 2.0")
                .contains("hydraguard_decisions_total{action=\"block\"} 1.0")
                .contains("hydraguard_gateway_checks_seconds_count 3")
                .contains("hydraguard_engine_lag_exchanges 0.0")
                .contains("hydraguard_policy_enforcing 1.0")
                .contains("hydraguard_journal_exchanges_total 2.0");
        assertThat(h.service().parts().store().investigation().auditTrail("policy")).anySatisfy(a -> assertThat(a.who()).isEqualTo("config"));
    }

    @Test
    void inShadowModeEveryRequestPassesWithTheWouldBeAnswerInHeaders() throws Exception {
        start(false, 1 << 20, null); // a new store starts in shadow mode; fail-closed must not deny either
        assertThat(h.service().parts().mode().current()).isEqualTo(PolicyMode.SHADOW);
        seedDecisions();

        HttpResponse<String> blocked = h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-key", "key_bad"));
        assertThat(blocked.statusCode()).isEqualTo(200);
        assertThat(blocked.headers().firstValue("x-hydraguard-mode")).hasValue("shadow");
        assertThat(blocked.headers().firstValue("x-hydraguard-action")).hasValue("block");
        assertThat(blocked.headers().firstValue("x-hydraguard-would-status")).hasValue("403");

        HttpResponse<String> slow = h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-account", "acct_slow"));
        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(slow.headers().firstValue("x-hydraguard-would-status")).hasValue("429");

        HttpResponse<String> unknown = h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-account", "never-seen"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("x-hydraguard-would-status")).hasValue("403");

        h.service().parts().mode().set(PolicyMode.ENFORCE, "analyst@example.org", Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-key", "key_bad")).statusCode()).isEqualTo(403);
        assertThat(h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-account", "never-seen")).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownAccountsFollowTheFailPolicy() throws Exception {
        start(false, 1 << 20, PolicyMode.ENFORCE);
        HttpResponse<String> closed = h.get("/v1/check", GATEWAY, Map.of("x-hydraguard-account", "never-seen"));
        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(closed.headers().firstValue("x-hydraguard-fallback")).hasValue("unknown-account");
        stop();

        start(true, 1 << 20, PolicyMode.ENFORCE);
        HttpResponse<String> open = h.get("/v1/check", GATEWAY, Map.of());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("x-hydraguard-fallback")).hasValue("unknown-account");
    }

    private void seedDecisions() throws Exception {
        h.post("/v1/exchanges", INGEST, exchange("ex1", "acct_ok", "key_ok") + "\n" + exchange("ex2", "acct_bad", "key_bad") + "\n");
        h.awaitIdle();
        Instant at = Instant.parse("2026-04-22T03:14:15.926Z");
        DecisionBoard board = h.service().parts().board();
        board.put(new Decision("acct_bad", Action.BLOCK, "cmp-1", 0.9, List.of("campaign cmp-1"), at, at.plusSeconds(86_400), null));
        board.put(new Decision("acct_slow", Action.THROTTLE, "cmp-1", 0.7, List.of("campaign cmp-1"), at, at.plusSeconds(120), null));
    }
}
