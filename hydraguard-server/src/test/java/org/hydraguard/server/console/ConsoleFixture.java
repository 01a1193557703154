package org.hydraguard.server.console;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.server.Auth;
import org.hydraguard.server.Checkpoints;
import org.hydraguard.server.DecisionBoard;
import org.hydraguard.server.EnforcementMode;
import org.hydraguard.server.EngineRecipe;
import org.hydraguard.server.LiveEngine;
import org.hydraguard.server.ServerSettings;
import org.hydraguard.server.ServiceParts;
import org.hydraguard.server.Tokens;
import org.hydraguard.store.Store;
import org.hydraguard.store.StoreConfig;

/**
 * A console on a free port over a real SQLite store, seeded with three campaigns, four accounts, a
 * decision and journalled exchanges (one whose prompt is a script tag), and a clock the test moves.
 */
final class ConsoleFixture implements AutoCloseable {
    static final String ANALYST = "analyst-token-0123456789";
    static final String ADMIN = "admin-token-0123456789xx";
    static final String INGEST = "ingest-token-0123456789x";
    static final Instant H0 = Instant.parse("2026-04-22T03:00:00Z");
    static final String EVIL = "<script>alert(1)</script>";

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-10T12:00:00Z"));
    final InstantSource clock = () -> now.get();
    final Store store;
    final LiveEngine engine;
    final EnforcementMode mode;
    final Auth auth;
    final Javalin app;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();

    ConsoleFixture(Path dir) {
        store = Store.open(StoreConfig.sqlite(dir.resolve("hydraguard.db")));
        seedJournal(store);
        // snapshot after every exchange (so a test can see what reached the engine); campaigns saved
        // by the engine only on close, so the seeded campaign set stays what the tests read
        engine = new LiveEngine(store, new DecisionBoard(), EngineRecipe.of(Policy.defaults()),
                new Checkpoints(1, Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(3650)), 4);
        engine.start();
        try {
            if (!engine.awaitIdle(Duration.ofSeconds(30))) {
                throw new IllegalStateException("the engine did not recover within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        seedFindings(store);
        mode = new EnforcementMode(store);
        Tokens tokens = Tokens.fromEnvironment(Map.of("HYDRAGUARD_TOKEN_ANALYST", "alice:" + ANALYST,
                "HYDRAGUARD_TOKEN_ADMIN", "root:" + ADMIN, "HYDRAGUARD_TOKEN_INGEST", INGEST));
        auth = new Auth(tokens, clock, Duration.ofHours(8), 3);
        ServiceParts parts = new ServiceParts(engine, new DecisionBoard(), store, mode, ServerSettings.defaults(tokens));
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            ConsoleRoutes.register(cfg, parts, auth, clock);
        });
        app.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    private static void seedJournal(Store store) {
        store.upsert(account("a1", "pfp_shared", "mail.example"));
        store.upsert(account("a2", "pfp_shared", "mail.example"));
        store.upsert(account("a3", "pfp_solo", "other.example"));
        store.upsert(account("a4", null, null));
        store.append(List.of(
                exchange("ex_a1_0", "a1", H0.plusSeconds(10), "203.0.113.9", "Write a parser."),
                exchange("ex_a1_1", "a1", H0.plusSeconds(70), "203.0.113.9", "Write a lexer."),
                exchange("ex_a1_2", "a1", H0.plusSeconds(130), "203.0.113.9", "Write a compiler."),
                exchange("ex_evil", "a3", H0.plusSeconds(200), "198.51.100.1", EVIL),
                exchange("ex_a2_0", "a2", H0.plusSeconds(3700), "203.0.113.9", "Plan the migration."),
                exchange("ex_a2_1", "a2", H0.plusSeconds(3800), "203.0.113.9", "Plan the rollout."),
                exchange("ex_a4_0", "a4", H0.plusSeconds(9000), "192.0.2.4", "Hello")));
    }

    private static void seedFindings(Store store) {
        Evidence sync = new Evidence("synchrony", 0.5, "accounts fire together", List.of("ex_evil", "ex_a1_0"));
        store.saveCampaigns(List.of(
                new Campaign("camp_hi", List.of("a1", "a2", "a3"), 3, 6, 600, 6000, H0, H0.plusSeconds(3800),
                        Map.of("software_engineering", 0.7, "agentic", 0.3), 0.9, List.of(sync), null, List.of()),
                new Campaign("camp_mid", List.of("a4"), 1, 1, 10, 10, H0, H0.plusSeconds(9000), Map.of("other", 1.0),
                        0.6, List.of(), new Attribution("lab-x", 0.7, List.of()), List.of()),
                new Campaign("camp_lo", List.of("a4"), 1, 1, 10, 10, H0, H0.plusSeconds(9000), Map.of(), 0.4,
                        List.of(), null, List.of())));
        store.recordDecision(new Decision("a1", Action.BLOCK, "camp_hi", 0.9, List.of("synchrony"),
                H0.plusSeconds(130), null, null));
    }

    private static Account account(String id, String payment, String domain) {
        return new Account(id, H0.minusSeconds(86_400), null, domain, payment, null, null, "free", List.of(), null, null);
    }

    static Exchange exchange(String id, String account, Instant ts, String ip, String prompt) {
        return Exchange.builder().id(id).ts(ts).accountId(account).ip(ip).userAgent("ua/1.0").api("openai.chat")
                .model("model-large").prompt(prompt).turns(1).status(200).inputTokens(100).outputTokens(1000).build();
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, null, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        return send("POST", path, body, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    /** Logs in and returns the cookie pair to send back ({@code hg_session=...}). */
    String login(String token) throws Exception {
        HttpResponse<String> r = send("POST", "/console/login", "{\"token\":\"" + token + "\"}", Map.of());
        if (r.statusCode() != 200) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Override
    public void close() throws Exception {
        app.stop();
        engine.close();
        store.close();
    }
}
