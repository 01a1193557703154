package org.hydraguard.server.console;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import org.hydraguard.io.stix.StixExport;
import org.hydraguard.server.Auth;
import org.hydraguard.server.Role;
import org.hydraguard.server.ServiceParts;
import org.hydraguard.server.Tokens;

/**
 * The investigator console: its JSON API under {@code /console/api} (see docs/console-api.md), login
 * and logout, and its pages under {@code /console} with browser libraries from WebJars. Every console
 * response carries a strict Content-Security-Policy (no inline script), {@code nosniff} and no referrer.
 */
public final class ConsoleRoutes {
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");
    private static final String JSON = "application/json";

    private ConsoleRoutes() {
    }

    /** The console's index page, read once from the classpath; null in an API-only build. */
    private static byte[] indexPage() {
        try (java.io.InputStream page = ConsoleRoutes.class.getResourceAsStream("/console/index.html")) {
            return page == null ? null : page.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the console's index page from the classpath", e);
        }
    }

    /** Adds the console's routes to a server being configured. */
    public static void register(JavalinConfig config, ServiceParts parts, Auth auth) {
        register(config, parts, auth, InstantSource.system());
    }

    /** As {@link #register(JavalinConfig, ServiceParts, Auth)}, with the clock that stamps case actions. */
    static void register(JavalinConfig config, ServiceParts parts, Auth auth, InstantSource clock) {
        // the front end's files may be absent (an API-only build); Javalin refuses a missing folder
        if (ConsoleRoutes.class.getResource("/console") != null) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/console";
                files.directory = "/console";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
        }
        if (ConsoleRoutes.class.getResource("/META-INF/resources/webjars") != null) {
            config.staticFiles.enableWebjars();
        }
        CampaignPages pages = new CampaignPages(parts.store().investigation(), parts.mode());
        CaseDesk desk = new CaseDesk(parts, pages, clock);
        var r = config.routes;
        // Javalin matches "/console" and "/console/" alike, so redirect only the bare form (else a loop)
        byte[] index = indexPage();
        r.get("/console", ctx -> {
            if (!ctx.path().endsWith("/")) {
                ctx.redirect("/console/");
            } else if (index == null) {
                ctx.status(404).result("the console's pages are not in this build");
            } else {
                SECURITY_HEADERS.forEach(ctx::header);
                ctx.contentType("text/html; charset=utf-8").result(index);
            }
        });
        r.post("/console/login", guarded(ctx -> login(ctx, auth)));
        r.post("/console/logout", guarded(ctx -> {
            auth.logout(ctx.cookie(Auth.COOKIE));
            ctx.header("Set-Cookie", cookie(ctx, "", 0)).status(204);
        }));
        r.get("/console/api/me", guarded(ctx -> json(ctx, me(auth.requireConsole(ctx, Role.ANALYST)))));
        r.get("/console/api/campaigns", guarded(ctx -> {
            auth.requireConsole(ctx, Role.ANALYST);
            json(ctx, pages.queue(limit(ctx.queryParam("limit"))));
        }));
        r.get("/console/api/campaigns/{id}", guarded(ctx -> {
            auth.requireConsole(ctx, Role.ANALYST);
            json(ctx, pages.campaignPage(ctx.pathParam("id")));
        }));
        r.post("/console/api/campaigns/{id}/case", guarded(ctx -> {
            Tokens.Caller who = auth.requireConsole(ctx, Role.ANALYST);
            json(ctx, desk.act(ctx.pathParam("id"), ConsoleJson.object(ctx.body()), who));
        }));
        r.get("/console/api/campaigns/{id}/export.html", guarded(ctx -> {
            auth.requireConsole(ctx, Role.ANALYST);
            String id = ctx.pathParam("id");
            attachment(ctx, "text/html; charset=utf-8", id, "html").result(desk.html(id));
        }));
        r.get("/console/api/campaigns/{id}/export.stix", guarded(ctx -> {
            auth.requireConsole(ctx, Role.ANALYST);
            String id = ctx.pathParam("id");
            attachment(ctx, StixExport.MEDIA_TYPE, id, "stix.json").result(desk.stix(id));
        }));
        r.get("/console/api/accounts/{id}", guarded(ctx -> {
            auth.requireConsole(ctx, Role.ANALYST);
            json(ctx, pages.accountPage(ctx.pathParam("id")));
        }));
        r.get("/console/api/policy", guarded(ctx -> {
            auth.requireConsole(ctx, Role.ANALYST);
            json(ctx, desk.policy());
        }));
        r.post("/console/api/policy", guarded(ctx -> json(ctx,
                desk.setPolicy(ConsoleJson.object(ctx.body()), auth.requireConsole(ctx, Role.ADMIN)))));
        r.post("/console/api/indicators", guarded(ctx -> {
            Tokens.Caller who = auth.requireConsole(ctx, Role.ANALYST);
            json(ctx, desk.importStix(ctx.body(), who));
        }));
    }

    private static void login(Context ctx, Auth auth) {
        String token = ConsoleJson.object(ctx.body()).path("token").asText(null);
        Optional<Auth.Login> login = auth.login(token);
        if (login.isEmpty()) {
            throw new ConsoleError(401, "unknown token");
        }
        Tokens.Caller who = login.get().caller();
        if (!who.roles().contains(Role.ANALYST)) {
            auth.logout(login.get().sessionId());
            throw new ConsoleError(403, "this token lacks the analyst role the console needs");
        }
        ctx.header("Set-Cookie", cookie(ctx, login.get().sessionId(), login.get().idle().toSeconds()));
        json(ctx, me(who));
    }

    private static String cookie(Context ctx, String value, long maxAgeSeconds) {
        return Auth.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + ("https".equals(ctx.scheme()) ? "; Secure" : "");
    }

    private static Map<String, Object> me(Tokens.Caller who) {
        return Map.of("name", who.name(), "roles", who.roles().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                .sorted().toList());
    }

    private static int limit(String value) {
        if (value == null) {
            return 100;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below with the accepted range
        }
        throw ConsoleError.badRequest("limit '" + value + "' must be a whole number from 1 to 1000");
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType(JSON).result(ConsoleJson.write(body));
    }

    private static Context attachment(Context ctx, String type, String campaignId, String extension) {
        String safe = campaignId.replaceAll("[^A-Za-z0-9._-]", "_");
        return ctx.contentType(type).header("Content-Disposition",
                "attachment; filename=\"hydraguard-case-" + safe + "." + extension + "\"");
    }

    /** Adds the security headers and turns every refusal or bad request into {@code {"error": ...}}. */
    private static Handler guarded(Handler h) {
        return ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            ctx.header("Cache-Control", "no-store");
            try {
                h.handle(ctx);
            } catch (HttpResponseException e) {
                error(ctx, e.getStatus(), e.getMessage());
            } catch (ConsoleError e) {
                error(ctx, e.status(), e.getMessage());
            } catch (IllegalStateException e) {
                error(ctx, 409, e.getMessage()); // e.g. confirming a case that is already dismissed
            } catch (IllegalArgumentException e) {
                error(ctx, 400, e.getMessage());
            }
        };
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType(JSON).result(ConsoleJson.write(Map.of("error", message == null ? "" : message)));
    }
}
