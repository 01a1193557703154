package org.hydraguard.server.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;
import org.hydraguard.store.Investigation;

/**
 * How a campaign's accounts are linked: the attribute values that at least two of them share, from
 * their account records (payment fingerprint, e-mail domain, sign-up IP) and from their journalled
 * exchanges (IP, client = user agent and TLS fingerprint). The same shared values become the
 * indicators of the STIX export. Bounded: at most {@code maxAccounts} accounts, each with its
 * {@value #EXCHANGES_PER_ACCOUNT} latest exchanges, and at most {@value #MAX_VALUE_NODES} value nodes
 * in the graph (the most shared first).
 */
final class LinkGraph {
    static final int EXCHANGES_PER_ACCOUNT = 50;
    static final int MAX_VALUE_NODES = 200;

    /** An attribute kind; {@code node} is its kind in the graph, null for kinds only exported. */
    enum Kind {
        PAYMENT("payment", IndicatorType.PAYMENT_FP),
        EMAIL_DOMAIN("email_domain", IndicatorType.EMAIL_DOMAIN),
        SIGNUP("signup", IndicatorType.IP),
        IP("ip", IndicatorType.IP),
        CLIENT("client", null),
        USER_AGENT(null, IndicatorType.USER_AGENT),
        TLS_FP(null, IndicatorType.TLS_FP);

        final String node;
        final IndicatorType indicator;

        Kind(String node, IndicatorType indicator) {
            this.node = node;
            this.indicator = indicator;
        }
    }

    private final List<String> accounts;
    /** kind -> value -> accounts holding it, all sorted so output is stable. */
    private final Map<Kind, TreeMap<String, TreeSet<String>>> values = new TreeMap<>();

    private LinkGraph(List<String> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** Reads the attributes of the first {@code maxAccounts} of {@code preferred}, then of the campaign's accounts. */
    static LinkGraph of(Investigation investigation, Campaign c, List<String> preferred, int maxAccounts) {
        Set<String> members = new LinkedHashSet<>(c.accounts());
        Set<String> chosen = new LinkedHashSet<>();
        for (String a : preferred) {
            if (chosen.size() < maxAccounts && members.contains(a)) {
                chosen.add(a);
            }
        }
        for (String a : c.accounts()) {
            if (chosen.size() >= maxAccounts) {
                break;
            }
            chosen.add(a);
        }
        LinkGraph g = new LinkGraph(new ArrayList<>(chosen));
        for (String a : chosen) {
            investigation.account(a).ifPresent(acc -> g.addAccount(a, acc));
            for (Exchange e : investigation.exchangesOf(a, EXCHANGES_PER_ACCOUNT)) {
                g.add(Kind.IP, e.ip(), a);
                g.add(Kind.USER_AGENT, e.userAgent(), a);
                g.add(Kind.TLS_FP, e.tlsFp(), a);
                if (e.userAgent() != null || e.tlsFp() != null) {
                    g.add(Kind.CLIENT, (e.userAgent() == null ? "-" : e.userAgent()) + " | "
                            + (e.tlsFp() == null ? "-" : e.tlsFp()), a);
                }
            }
        }
        return g;
    }

    private void addAccount(String id, Account acc) {
        add(Kind.PAYMENT, acc.paymentFp(), id);
        add(Kind.EMAIL_DOMAIN, acc.emailDomain(), id);
        add(Kind.SIGNUP, acc.signupIp(), id);
    }

    private void add(Kind kind, String value, String account) {
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(value, v -> new TreeSet<>()).add(account);
        }
    }

    List<String> accounts() {
        return accounts;
    }

    /** Values of {@code kind} held by at least two of the accounts, with their holders. */
    Map<String, Set<String>> shared(Kind kind) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        values.getOrDefault(kind, new TreeMap<>()).forEach((v, holders) -> {
            if (holders.size() >= 2) {
                out.put(v, holders);
            }
        });
        return out;
    }

    /** {@code {nodes, edges}} as the console draws them; {@code actionOf} gives an account's current action. */
    Map<String, Object> json(java.util.function.Function<String, String> actionOf) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (String a : accounts) {
            nodes.add(node("account:" + a, "account", a, actionOf.apply(a)));
        }
        record Value(Kind kind, String value, Set<String> holders) {}
        List<Value> all = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.node != null) {
                shared(k).forEach((v, holders) -> all.add(new Value(k, v, holders)));
            }
        }
        all.sort(Comparator.comparingInt((Value v) -> -v.holders().size()).thenComparing(Value::kind)
                .thenComparing(Value::value));
        for (Value v : all.subList(0, Math.min(MAX_VALUE_NODES, all.size()))) {
            String id = v.kind().node + ":" + v.value();
            nodes.add(node(id, v.kind().node, v.value(), null));
            for (String a : v.holders()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("source", "account:" + a);
                e.put("target", id);
                edges.add(e);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", nodes);
        out.put("edges", edges);
        return out;
    }

    private static Map<String, Object> node(String id, String kind, String label, String action) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", id);
        n.put("kind", kind);
        n.put("label", label);
        n.put("action", action);
        return n;
    }

    /** The shared values as indicators pointing at {@code actor}, valid from the campaign's first sighting. */
    List<Indicator> indicators(Campaign c, String actor, int confidence) {
        Map<String, Indicator> out = new TreeMap<>();
        for (Kind k : Kind.values()) {
            if (k.indicator != null) {
                for (String v : shared(k).keySet()) {
                    out.putIfAbsent(k.indicator.wireName() + "|" + v,
                            new Indicator(k.indicator, v, actor, confidence, "hydraguard", c.firstSeen(), null));
                }
            }
        }
        return List.copyOf(out.values());
    }
}
