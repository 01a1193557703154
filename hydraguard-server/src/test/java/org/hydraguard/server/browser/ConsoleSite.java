package org.hydraguard.server.browser;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.hydraguard.server.console.ConsoleRoutes;
import org.hydraguard.store.Store;
import org.hydraguard.store.StoreConfig;

/**
 * The console on a free port over a real SQLite store, seeded like a small investigation: a
 * fourteen-account campaign sharing payment instruments and e-mail domains and sending templated
 * prompts every hour for a day and a half (one prompt is a script tag), two smaller campaigns, an
 * honest account, and decisions. All text here is made up for the test.
 */
final class ConsoleSite {
    static final String ANALYST_TOKEN = "analyst-token-browser-0123456789";
    static final String ADMIN_TOKEN = "admin-token-browser-0123456789xx";
    static final String ANALYST_NAME = "Dana Reyes";
    static final String ADMIN_NAME = "Sam Okafor";
    static final String EVIL_PROMPT = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    static final String EVIL_NAME = "<img src=x onerror=\"window.__pwned=3\">Mallory";
    static final String EVIL_EXCHANGE = "ex-r03-evil";
    static final String EVIL_ACCOUNT = "acct-r03";
    static final String TOP = "cmp-ridge-01";
    static final Instant H0 = Instant.parse("2026-04-22T00:00:00Z");
    static final int HOURS = 36;

    private static final String[] TASKS = {
        "Implement a thread-safe LRU cache in Go with O(1) get and put.",
        "Write a Rust function that merges k sorted iterators lazily.",
        "Refactor this Python service into an async worker pool with retries.",
        "Plan the steps an agent should take to migrate a monorepo to Bazel.",
        "Design a SQL schema for a double-entry ledger and write the balance query.",
    };

    final Store store;
    final LiveEngine engine;
    final Javalin app;
    final String base;
    final List<String> ridge = accounts("acct-r", 14);
    private final HttpClient http = HttpClient.newHttpClient();

    ConsoleSite(Path dir) throws InterruptedException {
        store = Store.open(StoreConfig.sqlite(dir.resolve("console.db")));
        List<Exchange> ridgeTraffic = seedJournal();
        // campaigns are saved by the engine only on close (interval of a day), so the seeded set stays
        engine = new LiveEngine(store, new DecisionBoard(), EngineRecipe.of(Policy.defaults()),
                new Checkpoints(100_000, Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(3650)), 4);
        engine.start();
        if (!engine.awaitIdle(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the engine did not take the seeded journal within 60 s");
        }
        seedFindings(ridgeTraffic);
        Tokens tokens = Tokens.fromEnvironment(Map.of(
                "HYDRAGUARD_TOKEN_ANALYST", ANALYST_NAME + ":" + ANALYST_TOKEN,
                "HYDRAGUARD_TOKEN_ADMIN", ADMIN_NAME + ":" + ADMIN_TOKEN));
        ServiceParts parts = new ServiceParts(engine, new DecisionBoard(), store, new EnforcementMode(store),
                ServerSettings.defaults(tokens));
        Auth auth = new Auth(tokens);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            ConsoleRoutes.register(cfg, parts, auth);
        });
        app.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    private static List<String> accounts(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.format(Locale.ROOT, "%s%02d", prefix, i));
        }
        return out;
    }

    private List<Exchange> seedJournal() {
        for (int i = 0; i < ridge.size(); i++) {
            String id = ridge.get(i);
            store.upsert(new Account(id, H0.minus(Duration.ofHours(50 - i)), null,
                    i < 10 ? "mailhub.example" : "quickpost.example", i < 6 ? "pfp_7c1e" : i < 10 ? "pfp_a90d" : "pfp_31bb",
                    "198.51.100." + (10 + i % 3), "SG", "build", List.of("education"), false,
                    id.equals(EVIL_ACCOUNT) ? EVIL_NAME : null));
        }
        List<String> dune = accounts("acct-d", 5);
        for (String id : dune) {
            store.upsert(new Account(id, H0.minus(Duration.ofDays(3)), null, "mailhub.example", "pfp_d001", null, "VN",
                    "free", List.of(), false, null));
        }
        store.upsert(new Account("acct-honest", H0.minus(Duration.ofDays(400)), "org-acme", "acme.example", "pfp_acme",
                "192.0.2.7", "DE", "enterprise", List.of(), true, "Acme Robotics"));

        List<Exchange> ridgeTraffic = new ArrayList<>();
        for (int h = 0; h < HOURS; h++) {
            for (int i = 0; i < ridge.size(); i++) {
                // members take turns going quiet, as rotating fleets do; the load swells by day
                if ((i + h) % 5 == 0 || (h % 24 < 6 && i % 2 == 0)) {
                    continue;
                }
                int per = 1 + (h + i) % 3;
                for (int k = 0; k < per; k++) {
                    String id = String.format(Locale.ROOT, "ex-r%02d-%02d-%d", i + 1, h, k);
                    ridgeTraffic.add(exchange(id, ridge.get(i), H0.plusSeconds(h * 3600L + i * 97L + k * 600L),
                            "203.0.113." + (20 + (i + h) % 6), TASKS[(i + h + k) % TASKS.length]
                                    + "\nThink step by step and show all of your reasoning before the final answer."
                                    + "\nReturn the complete file.", 1800 + 40 * k));
                }
            }
        }
        // late in the campaign, so it is among the account's recent exchanges too
        ridgeTraffic.add(exchange(EVIL_EXCHANGE, EVIL_ACCOUNT, H0.plusSeconds((HOURS - 1) * 3600L + 3000), "203.0.113.21",
                EVIL_PROMPT, 10));
        store.append(ridgeTraffic);
        List<Exchange> other = new ArrayList<>();
        for (int h = 0; h < 12; h++) {
            for (int i = 0; i < dune.size(); i++) {
                other.add(exchange(String.format(Locale.ROOT, "ex-d%02d-%02d", i + 1, h), dune.get(i),
                        H0.plusSeconds((10 + h) * 3600L + i * 60L), "192.0.2." + (50 + i % 2),
                        "Prove that the sum of the first n odd numbers is n squared. Show every step.", 900));
            }
        }
        other.add(exchange("ex-honest-1", "acct-honest", H0.plusSeconds(7200), "192.0.2.7",
                "Summarise our release notes for the sales team.", 300));
        store.append(other);
        return ridgeTraffic;
    }

    private static Exchange exchange(String id, String account, Instant ts, String ip, String prompt, long out) {
        return Exchange.builder().id(id).ts(ts).accountId(account).ip(ip).userAgent("python-httpx/0.27")
                .tlsFp("t13d1516h2_8daaf6152771").api("messages").model("frontier-large").prompt(prompt).turns(1)
                .status(200).inputTokens(240).outputTokens(out).thinking(true).build();
    }

    private void seedFindings(List<Exchange> ridgeTraffic) {
        Instant first = ridgeTraffic.stream().map(Exchange::ts).min(Instant::compareTo).orElseThrow();
        Instant last = ridgeTraffic.stream().map(Exchange::ts).max(Instant::compareTo).orElseThrow();
        long in = ridgeTraffic.stream().mapToLong(Exchange::inputTokens).sum();
        long out = ridgeTraffic.stream().mapToLong(Exchange::outputTokens).sum();
        List<String> examples = List.of("ex-r01-07-0", EVIL_EXCHANGE, "ex-r05-12-1");
        List<Evidence> evidence = List.of(
                new Evidence("skeleton_cohort", 0.0, "14 subjects (12 independent entities in a sample of 14) send this"
                        + " prompt template for most of their traffic; " + ridgeTraffic.size() + " exchanges", examples),
                new Evidence("purpose", 0.81, "distillation purpose 0.81: reasoning elicited 96%, task-like 90%,"
                        + " output-seeking 74%, targeted capabilities 100%, single-turn 100%", examples),
                new Evidence("coordination", 0.72, "coordination 0.72 over 14 sampled members", List.of("ex-r02-09-0")),
                new Evidence("proxy_ip_churn", 0.15, "traffic through proxies or rotating IPs: 92%", List.of()),
                new Evidence("shared_rare_values", 0.12, "payment instruments, sign-up networks or e-mail domains"
                        + " shared, weighted by rarity: 88%", List.of("ex-r07-03-0")));
        List<String> dune = accounts("acct-d", 5);
        store.saveCampaigns(List.of(
                new Campaign(TOP, ridge, ridge.size(), ridgeTraffic.size(), in, out, first, last,
                        Map.of("software_engineering", 0.61, "agentic", 0.22, "long_horizon", 0.17), 0.93, evidence,
                        new Attribution("ORCHID-LAB", 0.78, List.of()), List.of()),
                new Campaign("cmp-dune-02", dune, dune.size(), 60, 60 * 240, 60 * 900, H0.plusSeconds(36_000),
                        H0.plusSeconds(36_000 + 11 * 3600 + 240), Map.of("math_reasoning", 0.9, "other", 0.1), 0.64,
                        List.of(new Evidence("coordination", 0.4, "coordination 0.40 over 5 sampled members", List.of())),
                        null, List.of()),
                new Campaign("cmp-fern-03", List.of("acct-d01", "acct-d02"), 2, 24, 24 * 240, 24 * 900,
                        H0.plusSeconds(36_000), H0.plusSeconds(50_000), Map.of("other", 1.0), 0.31, List.of(), null,
                        List.of())));
        Action[] cycle = {Action.BLOCK, Action.CHALLENGE, Action.THROTTLE, Action.BLOCK, Action.MONITOR};
        for (int i = 0; i < ridge.size(); i++) {
            String id = ridge.get(i);
            if (id.equals(EVIL_ACCOUNT)) {
                store.recordDecision(decision(id, Action.MONITOR, 0.52, H0.plusSeconds(3 * 3600),
                        "joined a coordinated group early (purpose 0.55)"));
                store.recordDecision(decision(id, Action.CHALLENGE, 0.78, H0.plusSeconds(9 * 3600),
                        "member of campaign " + TOP + " (purpose 0.81, coordination 0.72)"));
            }
            store.recordDecision(decision(id, cycle[i % cycle.length], 0.93, H0.plusSeconds(20 * 3600 + i * 60),
                    "member of campaign " + TOP + " (purpose 0.81, coordination 0.72)"));
        }
    }

    private static Decision decision(String account, Action action, double score, Instant at, String reason) {
        return new Decision(account, action, TOP, score, List.of(reason), at, at.plus(Duration.ofDays(3)), null);
    }

    /** A console API call with a bearer token, outside the browser: checks what the browser did persisted. */
    String apiGet(String path, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    void stop() throws InterruptedException {
        app.stop();
        engine.close();
        store.close();
    }
}
