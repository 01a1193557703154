package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.Signals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real server on a free port, spoken to over real HTTP. */
class HydraguardServerTest {
    private static final String INGEST = "ingest-token-0123456789";
    private static final String GATEWAY = "gateway-token-0123456789";
    private static final String ANALYST = "analyst-token-0123456789";
    private final HttpClient http = HttpClient.newHttpClient();
    private final DecisionBoard board = new DecisionBoard();
    private LiveEngine engine;
    private HydraguardServer server;
    private String base;

    private void start(boolean failOpen, long maxBody) {
        Tokens tokens = new Tokens(Map.of(INGEST, Set.of(Role.INGEST), GATEWAY, Set.of(Role.GATEWAY),
                ANALYST, EnumSet.of(Role.ANALYST)));
        ServerSettings defaults = ServerSettings.defaults(tokens);
        ServerSettings settings = new ServerSettings(tokens, defaults.accountHeader(), defaults.keyHeader(),
                defaults.endUserHeader(), failOpen, maxBody, 4);
        engine = new LiveEngine(new DetectionEngine(Signals.defaultExtractor(), Policy.defaults()), board, 4);
        server = new HydraguardServer(engine, board, settings);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
            engine.close();
        }
    }

    @Test
    void ingestTakesTheGoodLinesAndReturnsEachBadOneWithItsLineAndReason() throws Exception {
        start(true, 1 << 20);
        String body = exchange("ex1", "acct_1", "key_1") + "\n"
                + exchange("ex2", "acct_1", "key_1").replace("\"status\":200", "\"status\":\"ok\"") + "\n"
                + "\n"
                + "{not json\n"
                + exchange("ex3", "acct_2", null) + "\n";

        HttpResponse<String> r = post("/v1/exchanges", INGEST, body);

        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.body()).startsWith("{\"read\":4,\"accepted\":2,\"duplicates\":0,\"rejected\":[{\"line\":2,\"field\":\"status\"")
                .contains("{\"line\":4,\"field\":null,");
        assertThat(engine.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(engine.exchangesDecided()).isEqualTo(2);
    }

    @Test
    void ingestIsIdempotentOnExchangeId() throws Exception {
        start(true, 1 << 20);
        String body = exchange("ex1", "acct_1", null) + "\n" + exchange("ex2", "acct_1", null) + "\n";

        assertThat(post("/v1/exchanges", INGEST, body).body()).contains("\"accepted\":2,\"duplicates\":0");
        assertThat(post("/v1/exchanges", INGEST, body + exchange("ex3", "acct_1", null)).body())
                .contains("\"read\":3,\"accepted\":1,\"duplicates\":2");
        engine.awaitIdle(Duration.ofSeconds(10));
        assertThat(engine.exchangesDecided()).isEqualTo(3);
    }

    @Test
    void tokensAndRolesAreEnforced() throws Exception {
        start(true, 1 << 20);
        String body = exchange("ex1", "acct_1", null);

        assertThat(post("/v1/exchanges", null, body).statusCode()).isEqualTo(401);
        assertThat(post("/v1/exchanges", "not-a-token-at-all-xx", body).statusCode()).isEqualTo(401);
        assertThat(post("/v1/exchanges", GATEWAY, body).statusCode()).isEqualTo(403);
        assertThat(get("/v1/check", INGEST, Map.of("x-hydraguard-account", "acct_1")).statusCode()).isEqualTo(403);
        assertThat(get("/v1/decisions/acct_1", ANALYST, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/v1/decisions/acct_1", GATEWAY, Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> ingestReadsDecisions = get("/v1/decisions/acct_1", INGEST, Map.of());
        assertThat(ingestReadsDecisions.statusCode()).isEqualTo(403);
        assertThat(ingestReadsDecisions.body()).contains("this token lacks the analyst role (or [gateway])");
        assertThat(get("/healthz", null, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        start(true, 2048);
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 4096; i++) {
            big.append(exchange("ex" + i, "acct_1", null)).append('\n');
        }
        assertThat(post("/v1/exchanges", INGEST, big.toString()).statusCode()).isEqualTo(413);
    }

    @Test
    void gatewayCheckAnswersFromTheDecisionInForce() throws Exception {
        start(true, 1 << 20);
        post("/v1/exchanges", INGEST, exchange("ex1", "acct_ok", "key_ok") + "\n" + exchange("ex2", "acct_bad", "key_bad") + "\n");
        engine.awaitIdle(Duration.ofSeconds(10));
        Instant at = Instant.parse("2026-04-22T03:14:15.926Z");
        board.put(new Decision("acct_bad", Action.BLOCK, "cmp-1", 0.9, List.of("campaign cmp-1"), at, at.plusSeconds(86_400), null));
        board.put(new Decision("acct_slow", Action.THROTTLE, "cmp-1", 0.7, List.of("campaign cmp-1"), at, at.plusSeconds(120), null));

        HttpResponse<String> ok = get("/v1/check/v1/messages", GATEWAY, Map.of("x-hydraguard-account", "acct_ok"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("x-hydraguard-action")).hasValue("allow");

        HttpResponse<String> byKey = get("/v1/check", GATEWAY, Map.of("x-hydraguard-key", "key_bad"));
        assertThat(byKey.statusCode()).isEqualTo(403);
        assertThat(byKey.body()).contains("\"action\":\"block\"", "\"campaign_id\":\"cmp-1\"");

        HttpResponse<String> slow = get("/v1/check", GATEWAY, Map.of("x-hydraguard-account", "acct_slow"));
        assertThat(slow.statusCode()).isEqualTo(429);
        assertThat(slow.headers().firstValue("retry-after")).hasValue("120");

        HttpResponse<String> decision = get("/v1/decisions/acct_bad", ANALYST, Map.of());
        assertThat(decision.body()).contains("\"account_id\":\"acct_bad\"", "\"action\":\"block\"");

        String metrics = get("/metrics", null, Map.of()).body();
        assertThat(metrics).contains("hydraguard_ingest_records_total{result=\"accepted\"} 2.0")
                .contains("hydraguard_decisions_total{action=\"block\"} 1.0")
                .contains("hydraguard_gateway_checks_seconds_count 3")
                .contains("hydraguard_engine_queued_batches 0.0");
    }

    @Test
    void unknownAccountsFollowTheFailPolicy() throws Exception {
        start(false, 1 << 20);
        HttpResponse<String> closed = get("/v1/check", GATEWAY, Map.of("x-hydraguard-account", "never-seen"));
        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(closed.headers().firstValue("x-hydraguard-fallback")).hasValue("unknown-account");
        stop();

        start(true, 1 << 20);
        HttpResponse<String> open = get("/v1/check", GATEWAY, Map.of());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("x-hydraguard-fallback")).hasValue("unknown-account");
    }

    private static String exchange(String id, String account, String key) {
        return "{\"id\":\"" + id + "\",\"ts\":\"2026-04-22T03:14:15.926Z\",\"account_id\":\"" + account + "\","
                + (key == null ? "" : "\"api_key_id\":\"" + key + "\",")
                + "\"ip\":\"198.51.100.23\",\"api\":\"openai.chat\",\"model\":\"m\",\"prompt\":\"hello there\","
                + "\"turns\":1,\"status\":200,\"input_tokens\":1,\"output_tokens\":2}";
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
