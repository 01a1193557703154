package org.hydraguard.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.store.StoreConfig;

/** A real service on a free port over a real store, spoken to over real HTTP; restartable on the same store. */
final class ServiceHarness implements AutoCloseable {
    static final String INGEST = "ingest-token-0123456789";
    static final String GATEWAY = "gateway-token-0123456789";
    static final String ANALYST = "analyst-token-0123456789";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ServiceConfig config;
    private Service service;
    private String base;

    private ServiceHarness(ServiceConfig config) {
        this.config = config;
    }

    /** Small template index (fast, small snapshots), SQLite in {@code dir}, then {@code tweak}. */
    static ServiceHarness sqlite(Path dir, UnaryOperator<ServiceConfig> tweak) throws Exception {
        return start(StoreConfig.sqlite(dir.resolve("hydraguard.db")), tweak);
    }

    static ServiceHarness start(StoreConfig store, UnaryOperator<ServiceConfig> tweak) throws Exception {
        Tokens tokens = new Tokens(Map.of(INGEST, Set.of(Role.INGEST), GATEWAY, Set.of(Role.GATEWAY),
                ANALYST, EnumSet.of(Role.ANALYST)));
        ServiceConfig c = ServiceConfig.defaults(tokens).withPort(0).withStore(store)
                .withEngine(new EngineRecipe(org.hydraguard.core.signal.Signals.defaultExtractor(), Policy.defaults(), 16));
        ServiceHarness h = new ServiceHarness(tweak.apply(c));
        h.open();
        return h;
    }

    private void open() throws Exception {
        service = Service.start(config);
        base = (config.tls() == null ? "http" : "https") + "://127.0.0.1:" + service.port();
        if (!service.awaitReady(Duration.ofSeconds(60))) {
            throw new IllegalStateException("service did not recover within 60 s");
        }
    }

    Service service() {
        return service;
    }

    LiveEngine engine() {
        return service.parts().engine();
    }

    /** Graceful stop (final snapshot), then start again on the same store. */
    void restart() throws Exception {
        service.close();
        open();
    }

    /** Stop as a crash would (queued batches lost, no final snapshot), then start again. */
    void crashAndRestart() throws Exception {
        service.halt();
        open();
    }

    void awaitIdle() throws InterruptedException {
        if (!engine().awaitIdle(Duration.ofSeconds(60))) {
            throw new IllegalStateException("engine not idle after 60 s");
        }
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String exchange(String id, String account, String key) {
        return "{\"id\":\"" + id + "\",\"ts\":\"2026-04-22T03:14:15.926Z\",\"account_id\":\"" + account + "\","
                + (key == null ? "" : "\"api_key_id\":\"" + key + "\",")
                + "\"ip\":\"198.51.100.23\",\"api\":\"openai.chat\",\"model\":\"m\",\"prompt\":\"hello there\","
                + "\"turns\":1,\"status\":200,\"input_tokens\":1,\"output_tokens\":2}";
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }
}
