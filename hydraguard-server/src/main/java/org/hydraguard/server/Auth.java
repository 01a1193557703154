package org.hydraguard.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.Set;

/** Checks the bearer token of a request against the role a route needs. */
final class Auth {
    private final Tokens tokens;

    Auth(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Throws 401 for a missing or unknown token and 403 for a token with none of the roles. */
    void require(Context ctx, Role role, Role... orAnyOf) {
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Set<Role> roles = tokens.rolesOf(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer");
            return new UnauthorizedResponse(token == null
                    ? "missing API token: send 'Authorization: Bearer <token>'"
                    : "unknown API token");
        });
        if (roles.contains(role)) {
            return;
        }
        for (Role r : orAnyOf) {
            if (roles.contains(r)) {
                return;
            }
        }
        throw new ForbiddenResponse("this token lacks the " + role.name().toLowerCase(java.util.Locale.ROOT) + " role"
                + (orAnyOf.length == 0 ? "" : " (or " + java.util.Arrays.toString(orAnyOf).toLowerCase(java.util.Locale.ROOT) + ")"));
    }
}
