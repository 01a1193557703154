package org.hydraguard.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens, each with a name (written to the audit trail as who did something) and roles. Scripts
 * pass them in through the environment: {@code HYDRAGUARD_TOKEN_INGEST}, {@code HYDRAGUARD_TOKEN_GATEWAY},
 * {@code HYDRAGUARD_TOKEN_ANALYST}, {@code HYDRAGUARD_TOKEN_ADMIN} (admin holds every role). Each variable
 * holds one token or a comma-separated list of {@code name:token} entries; a bare token is named after
 * its role. Comparison is constant-time in the presented token.
 */
public final class Tokens {
    private static final int MIN_LENGTH = 16;
    private final List<Entry> entries;

    /** Who holds a token: the name the audit trail shows, and what it may do. */
    public record Caller(String name, Set<Role> roles) {
        public Caller {
            if (name == null || name.isBlank() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a token name must be 1 to 64 printable characters; got '" + name + "'");
            }
            roles = roles.contains(Role.ADMIN) ? Set.copyOf(EnumSet.allOf(Role.class)) : Set.copyOf(roles);
        }
    }

    private record Entry(byte[] token, Caller caller) {}

    /** Tokens named after their strongest role. */
    public Tokens(Map<String, Set<Role>> roles) {
        this(named(roles));
    }

    private Tokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    private static List<Entry> named(Map<String, Set<Role>> roles) {
        List<Entry> out = new ArrayList<>();
        roles.forEach((token, r) -> out.add(entry(token, new Caller(strongest(r), r))));
        return out;
    }

    private static Entry entry(String token, Caller caller) {
        if (token == null || token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("an API token must have at least " + MIN_LENGTH + " characters; got "
                    + (token == null ? "none" : token.length()) + " for '" + caller.name() + "'");
        }
        return new Entry(token.getBytes(StandardCharsets.UTF_8), caller);
    }

    private static String strongest(Set<Role> roles) {
        Role best = null;
        for (Role r : roles) {
            best = best == null || r.compareTo(best) > 0 ? r : best;
        }
        return best == null ? "no-role" : best.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Tokens named by the {@code HYDRAGUARD_TOKEN_<ROLE>} variables of {@code env}: {@code token} or
     * {@code name:token[,name:token...]}. A token listed under several roles gets them all (and keeps
     * the name it has under the first of ingest, gateway, analyst, admin).
     */
    public static Tokens fromEnvironment(Map<String, String> env) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            String variable = "HYDRAGUARD_TOKEN_" + r.name();
            String value = env.get(variable);
            if (value == null || value.isBlank()) {
                continue;
            }
            for (String item : value.split(",")) {
                String part = item.strip();
                if (part.isEmpty()) {
                    continue;
                }
                int colon = part.indexOf(':');
                String name = colon < 0 ? r.name().toLowerCase(Locale.ROOT) : part.substring(0, colon).strip();
                String token = colon < 0 ? part : part.substring(colon + 1).strip();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(variable + " has an entry ':<token>' without a name;"
                            + " write name:token, or the bare token");
                }
                names.putIfAbsent(token, name);
                roles.computeIfAbsent(token, t -> EnumSet.noneOf(Role.class)).add(r);
            }
        }
        List<Entry> out = new ArrayList<>();
        roles.forEach((token, r) -> out.add(entry(token, new Caller(names.get(token), r))));
        return new Tokens(out);
    }

    /** Who holds a presented token; empty when the token is unknown. Every entry is compared, in constant time. */
    public Optional<Caller> callerOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] p = presented.getBytes(StandardCharsets.UTF_8);
        Caller found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(p, e.token())) {
                found = e.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The roles of a presented token; empty when the token is unknown. */
    public Optional<Set<Role>> rolesOf(String presented) {
        return callerOf(presented).map(Caller::roles);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
