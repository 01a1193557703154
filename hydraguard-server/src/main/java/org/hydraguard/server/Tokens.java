package org.hydraguard.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens and their roles. Scripts pass them in through the environment:
 * {@code HYDRAGUARD_TOKEN_INGEST}, {@code HYDRAGUARD_TOKEN_GATEWAY}, {@code HYDRAGUARD_TOKEN_ANALYST},
 * {@code HYDRAGUARD_TOKEN_ADMIN} (admin holds every role). Comparison is constant-time.
 */
public final class Tokens {
    private final Map<String, Set<Role>> roles;

    public Tokens(Map<String, Set<Role>> roles) {
        Map<String, Set<Role>> copy = new LinkedHashMap<>();
        roles.forEach((token, r) -> {
            if (token == null || token.length() < 16) {
                throw new IllegalArgumentException("an API token must have at least 16 characters; got "
                        + (token == null ? "none" : token.length()));
            }
            copy.put(token, r.contains(Role.ADMIN) ? EnumSet.allOf(Role.class) : Set.copyOf(r));
        });
        this.roles = Map.copyOf(copy);
    }

    /** Tokens named by the {@code HYDRAGUARD_TOKEN_<ROLE>} variables of {@code env}. */
    public static Tokens fromEnvironment(Map<String, String> env) {
        Map<String, Set<Role>> out = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            String token = env.get("HYDRAGUARD_TOKEN_" + r.name());
            if (token != null && !token.isEmpty()) {
                out.computeIfAbsent(token, t -> EnumSet.noneOf(Role.class)).add(r);
            }
        }
        return new Tokens(out);
    }

    /** The roles of a presented token; empty when the token is unknown. */
    public Optional<Set<Role>> rolesOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] p = presented.getBytes(StandardCharsets.UTF_8);
        Set<Role> found = null;
        for (Map.Entry<String, Set<Role>> e : roles.entrySet()) {
            if (MessageDigest.isEqual(p, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }
}
