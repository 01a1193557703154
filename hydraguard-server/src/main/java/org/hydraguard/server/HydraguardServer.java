package org.hydraguard.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.hydraguard.core.model.Decision;
import org.hydraguard.io.ContractJson;
import org.hydraguard.server.console.ConsoleRoutes;
import org.hydraguard.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front of a live engine. Routes:
 * <ul>
 *   <li>{@code POST /v1/exchanges}, {@code POST /v1/accounts} (ingest role): JSON Lines of contract records
 *   <li>{@code POST /v1/indicators} (analyst or admin role): JSON Lines of contract indicator records, kept in the store
 *   <li>{@code GET /v1/decisions/{account_id}[?end_user_id=]} (analyst or gateway role): the decision in force
 *   <li>{@code /v1/check[/...]}, any method (gateway role): Envoy {@code ext_authz}-compatible check
 *   <li>{@code GET /metrics} (Prometheus text), {@code GET /healthz}, {@code GET /readyz}: no token needed
 *   <li>the console's routes ({@link ConsoleRoutes})
 * </ul>
 * Errors are JSON with a stable {@code error} message; bodies over the configured size get 413; a store
 * that cannot be written answers 503 (nothing of the request was taken).
 */
public final class HydraguardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HydraguardServer.class);
    private final Javalin app;
    private final Tls tls;
    private final IngestRoutes ingest;
    private volatile String host;
    private volatile int port;

    /** A server without TLS. */
    public HydraguardServer(ServiceParts parts) {
        this(parts, null);
    }

    /** A server speaking HTTPS when {@code tls} is given, plain HTTP when it is null. */
    public HydraguardServer(ServiceParts parts, Tls tls) {
        this.tls = tls;
        ServerSettings settings = parts.settings();
        LiveEngine engine = parts.engine();
        Auth auth = new Auth(settings.tokens());
        ServiceMetrics metrics = new ServiceMetrics(engine, parts.board(), parts.mode());
        IngestRoutes ingest = new IngestRoutes(auth, engine, metrics);
        this.ingest = ingest;
        GatewayCheck gateway = new GatewayCheck(auth, parts.board(), engine, parts.mode(), settings);
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            if (tls != null) {
                config.jetty.addConnector(this::tlsConnector);
            }
            config.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.error("store failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.status(503).header("retry-after", "5").contentType("application/json")
                        .result(Json.of(Map.of("error", "the store cannot be reached; nothing from this request was taken")));
            });
            config.routes.post("/v1/exchanges", ingest::exchanges);
            config.routes.post("/v1/accounts", ingest::accounts);
            config.routes.post("/v1/indicators", ingest::indicators);
            config.routes.get("/v1/decisions/{account}", ctx -> decision(ctx, auth, parts.board()));
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
            config.routes.get("/healthz", ctx -> {
                boolean ok = engine.healthy();
                ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ok" : "failing"));
            });
            config.routes.get("/readyz", ctx -> {
                boolean ready = engine.ready() && engine.queued() < settings.queueBatches();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("ready", ready);
                body.put("recovered", engine.ready());
                body.put("queued_batches", engine.queued());
                body.put("lag_exchanges", engine.lagExchanges());
                body.put("mode", parts.mode().enforcing() ? "enforce" : "shadow");
                ctx.status(ready ? 200 : 503).json(body);
            });
            ConsoleRoutes.register(config, parts, auth);
        });
    }

    private ServerConnector tlsConnector(Server server, HttpConfiguration http) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password());
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    /** The ingest path, shared with the directory follower. */
    IngestRoutes ingest() {
        return ingest;
    }

    /** Starts listening; port 0 picks a free one. Returns the port. */
    public int start(String host, int port) {
        this.host = host;
        this.port = port;
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
