package org.hydraguard.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, and may they. API routes take only a bearer token. Console routes also take a
 * server-side session made by logging in with a token: its id is 256 random bits in an HttpOnly,
 * SameSite=Strict cookie; it ends after {@code idle} without use, on logout, or when the session table
 * is full and it is the least recently used. A mutating console call made with the cookie must carry
 * {@value #CONSOLE_HEADER}, which a cross-site form cannot send (CSRF guard on top of SameSite).
 */
public final class Auth {
    public static final String COOKIE = "hg_session";
    public static final String CONSOLE_HEADER = "X-Hydraguard-Console";
    private final Tokens tokens;
    private final InstantSource clock;
    private final Duration idle;
    private final SecureRandom random = new SecureRandom();
    /** Access-ordered, so the eldest entry is the session used least recently. Guarded by itself. */
    private final Map<String, Session> sessions;

    private record Session(Tokens.Caller caller, Instant lastUsed) {}

    /** A session just made: its id (the cookie value), who it belongs to and how long it may idle. */
    public record Login(String sessionId, Tokens.Caller caller, Duration idle) {}

    public Auth(Tokens tokens) {
        this(tokens, InstantSource.system(), Duration.ofHours(8), 10_000);
    }

    public Auth(Tokens tokens, InstantSource clock, Duration idle, int maxSessions) {
        if (idle.isNegative() || idle.isZero() || maxSessions < 1) {
            throw new IllegalArgumentException("sessions need a positive idle time and room for at least one; got "
                    + idle + " and " + maxSessions);
        }
        this.tokens = tokens;
        this.clock = clock;
        this.idle = idle;
        this.sessions = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > maxSessions;
            }
        };
    }

    /** Bearer token only. Throws 401 for a missing or unknown token and 403 for a token with none of the roles. */
    public Tokens.Caller require(Context ctx, Role role, Role... orAnyOf) {
        String token = bearer(ctx);
        Tokens.Caller caller = tokens.callerOf(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer");
            return new UnauthorizedResponse(token == null
                    ? "missing API token: send 'Authorization: Bearer <token>'"
                    : "unknown API token");
        });
        return permitted(caller, role, orAnyOf);
    }

    /**
     * A bearer token or a console session. A call that changes something (any method but GET and HEAD)
     * made with the session cookie needs the {@value #CONSOLE_HEADER} header, else 403.
     */
    public Tokens.Caller requireConsole(Context ctx, Role role, Role... orAnyOf) {
        if (ctx.header("Authorization") != null) {
            return require(ctx, role, orAnyOf);
        }
        String id = ctx.cookie(COOKIE);
        Tokens.Caller caller = session(id).orElseThrow(() -> new UnauthorizedResponse(id == null
                ? "not logged in: POST /console/login with a token, or send 'Authorization: Bearer <token>'"
                : "the console session has expired or was ended; log in again"));
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD") && !"1".equals(ctx.header(CONSOLE_HEADER))) {
            throw new ForbiddenResponse("a console change made with the session cookie needs the header '"
                    + CONSOLE_HEADER + ": 1'");
        }
        return permitted(caller, role, orAnyOf);
    }

    /** Starts a session for a known token; empty for an unknown one. */
    public Optional<Login> login(String token) {
        Optional<Tokens.Caller> caller = tokens.callerOf(token);
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String id = HexFormat.of().formatHex(bits);
        synchronized (sessions) {
            sessions.put(id, new Session(caller.get(), clock.instant()));
        }
        return Optional.of(new Login(id, caller.get(), idle));
    }

    /** Ends a session; an unknown id is ignored. */
    public void logout(String sessionId) {
        if (sessionId != null) {
            synchronized (sessions) {
                sessions.remove(sessionId);
            }
        }
    }

    /** Sessions alive right now (expired ones are dropped first). */
    public int sessionCount() {
        Instant now = clock.instant();
        synchronized (sessions) {
            sessions.values().removeIf(s -> expired(s, now));
            return sessions.size();
        }
    }

    private Optional<Tokens.Caller> session(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (sessions) {
            Session s = sessions.get(id);
            if (s == null) {
                return Optional.empty();
            }
            if (expired(s, now)) {
                sessions.remove(id);
                return Optional.empty();
            }
            sessions.put(id, new Session(s.caller(), now));
            return Optional.of(s.caller());
        }
    }

    private boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastUsed().plus(idle));
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }

    private static Tokens.Caller permitted(Tokens.Caller caller, Role role, Role... orAnyOf) {
        Set<Role> roles = caller.roles();
        if (roles.contains(role)) {
            return caller;
        }
        for (Role r : orAnyOf) {
            if (roles.contains(r)) {
                return caller;
            }
        }
        throw new ForbiddenResponse("this token lacks the " + role.name().toLowerCase(Locale.ROOT) + " role"
                + (orAnyOf.length == 0 ? "" : " (or " + Arrays.toString(orAnyOf).toLowerCase(Locale.ROOT) + ")"));
    }
}
