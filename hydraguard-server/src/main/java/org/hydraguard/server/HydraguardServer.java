package org.hydraguard.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hydraguard.core.model.Decision;
import org.hydraguard.io.ContractJson;

/**
 * The HTTP front of a live engine. Routes:
 * <ul>
 *   <li>{@code POST /v1/exchanges}, {@code POST /v1/accounts} (ingest role): JSON Lines of contract records
 *   <li>{@code GET /v1/decisions/{account_id}[?end_user_id=]} (analyst or gateway role): the decision in force
 *   <li>{@code /v1/check[/...]}, any method (gateway role): Envoy {@code ext_authz}-compatible check
 *   <li>{@code GET /metrics} (Prometheus text), {@code GET /healthz}, {@code GET /readyz}: no token needed
 * </ul>
 * Errors are JSON with a stable {@code error} message; bodies over the configured size get 413.
 */
public final class HydraguardServer implements AutoCloseable {
    private final Javalin app;

    public HydraguardServer(LiveEngine engine, DecisionBoard board, ServerSettings settings) {
        Auth auth = new Auth(settings.tokens());
        ServiceMetrics metrics = new ServiceMetrics(engine, board);
        IngestRoutes ingest = new IngestRoutes(auth, engine, new RecentIds(1 << 20), metrics);
        GatewayCheck gateway = new GatewayCheck(auth, board, engine, settings);
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.routes.post("/v1/exchanges", ingest::exchanges);
            config.routes.post("/v1/accounts", ingest::accounts);
            config.routes.get("/v1/decisions/{account}", ctx -> decision(ctx, auth, board));
            for (String path : new String[] {"/v1/check", "/v1/check/<path>"}) {
                Handler check = ctx -> metrics.checks().record(() -> gateway.check(ctx));
                config.routes.get(path, check);
                config.routes.post(path, check);
                config.routes.put(path, check);
                config.routes.patch(path, check);
                config.routes.delete(path, check);
                config.routes.head(path, check);
            }
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
            config.routes.get("/healthz", ctx -> ctx.json(Map.of("status", engine.healthy() ? "ok" : "failing")));
            config.routes.get("/readyz", ctx -> {
                boolean ready = engine.healthy() && engine.queued() < settings.queueBatches();
                ctx.status(ready ? 200 : 503).json(Map.of("ready", ready, "queued_batches", engine.queued()));
            });
        });
    }

    /** Starts listening; port 0 picks a free one. Returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    private static void decision(Context ctx, Auth auth, DecisionBoard board) {
        auth.require(ctx, Role.ANALYST, Role.GATEWAY);
        String account = ctx.pathParam("account");
        String endUser = ctx.queryParam("end_user_id");
        Decision d = board.get(account, endUser).orElse(null);
        if (d == null) {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("account_id", account);
            none.put("action", "allow");
            none.put("reasons", java.util.List.of("no decision yet"));
            ctx.contentType("application/json").result(Json.of(none));
            return;
        }
        ctx.contentType("application/json").result(ContractJson.toJson(d));
    }

    @Override
    public void close() {
        app.stop();
    }
}
