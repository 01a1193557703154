package org.hydraguard.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;

/**
 * The gateway's question, in the shape of Envoy's HTTP {@code ext_authz} service: any method on
 * {@code /v1/check} (Envoy appends the original path). The account comes from the configured header,
 * or from the API key id header through the keys seen at ingest.
 *
 * <p>In ENFORCE mode, allow and monitor answer 200 with the decision in {@code x-hydraguard-*}
 * headers; throttle answers 429 with {@code retry-after}; challenge and block answer 403 with a JSON
 * body; unknown accounts, and an engine in trouble, follow the fail-open or fail-closed setting. In
 * SHADOW mode (the default of a new store) every request gets 200, with the answer enforce mode would
 * have given in the same headers plus {@code x-hydraguard-mode: shadow} and
 * {@code x-hydraguard-would-status}, so operators can watch what enforcement would do before turning it on.
 */
final class GatewayCheck {
    private final Auth auth;
    private final DecisionBoard board;
    private final LiveEngine engine;
    private final EnforcementMode mode;
    private final ServerSettings settings;

    GatewayCheck(Auth auth, DecisionBoard board, LiveEngine engine, EnforcementMode mode, ServerSettings settings) {
        this.auth = auth;
        this.board = board;
        this.engine = engine;
        this.mode = mode;
        this.settings = settings;
    }

    void check(Context ctx) {
        auth.require(ctx, Role.GATEWAY);
        boolean enforcing = mode.enforcing();
        ctx.header("x-hydraguard-mode", enforcing ? "enforce" : "shadow");
        String endUser = ctx.header(settings.endUserHeader());
        Optional<String> account = Optional.ofNullable(ctx.header(settings.accountHeader()))
                .or(() -> board.accountOfKey(ctx.header(settings.keyHeader())));
        if (account.isEmpty() || !engine.healthy()) {
            fallback(ctx, account.isEmpty() ? "unknown-account" : "engine-unavailable", enforcing);
            return;
        }
        Optional<Decision> decision = board.get(account.get(), endUser);
        if (decision.isEmpty()) {
            if (board.knows(account.get())) {
                allow(ctx);
            } else {
                fallback(ctx, "unknown-account", enforcing);
            }
            return;
        }
        Decision d = decision.get();
        ctx.header("x-hydraguard-action", d.action().wireName());
        ctx.header("x-hydraguard-score", String.format(java.util.Locale.ROOT, "%.3f", d.score()));
        if (d.campaignId() != null) {
            ctx.header("x-hydraguard-campaign", d.campaignId());
        }
        switch (d.action()) {
            case ALLOW, MONITOR -> ctx.status(200);
            case THROTTLE -> deny(ctx, 429, d, retryAfter(d), enforcing);
            case CHALLENGE, BLOCK -> deny(ctx, 403, d, null, enforcing);
        }
    }

    private void fallback(Context ctx, String why, boolean enforcing) {
        ctx.header("x-hydraguard-fallback", why);
        if (settings.failOpen()) {
            allow(ctx);
        } else if (!enforcing) {
            ctx.header("x-hydraguard-action", Action.BLOCK.wireName());
            ctx.header("x-hydraguard-would-status", "403");
            ctx.status(200);
        } else {
            ctx.header("x-hydraguard-action", Action.BLOCK.wireName());
            ctx.status(403).contentType("application/json")
                    .result(Json.of(Map.of("action", "block", "reason", why + " (fail-closed policy)")));
        }
    }

    private static void allow(Context ctx) {
        ctx.header("x-hydraguard-action", Action.ALLOW.wireName());
        ctx.status(200);
    }

    private static void deny(Context ctx, int status, Decision d, Long retryAfterSeconds, boolean enforcing) {
        if (!enforcing) {
            ctx.header("x-hydraguard-would-status", Integer.toString(status));
            ctx.status(200);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", d.action().wireName());
        body.put("campaign_id", d.campaignId());
        body.put("reasons", d.reasons());
        body.put("expires_at", d.expiresAt() == null ? null : d.expiresAt().toString());
        if (retryAfterSeconds != null) {
            ctx.header("retry-after", Long.toString(retryAfterSeconds));
        }
        ctx.status(status).contentType("application/json").result(Json.of(body));
    }

    /** Seconds until a throttle ends, from the decision's own expiry in event time; a minute when open-ended. */
    private static long retryAfter(Decision d) {
        if (d.expiresAt() == null) {
            return 60;
        }
        long s = Duration.between(d.decidedAt(), d.expiresAt()).getSeconds();
        return Math.max(1, Math.min(s, 3600));
    }
}
