package org.hydraguard.io.policy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hydraguard.core.policy.ActionThresholds;
import org.hydraguard.core.policy.Allowlist;
import org.hydraguard.core.policy.Detection;
import org.hydraguard.core.policy.Expiry;
import org.hydraguard.core.policy.Policy;

/**
 * Reads and writes a {@link Policy} as YAML. Every key is optional and takes the shipped default
 * ({@link Policy#defaults()}) when absent; unknown keys are errors (a misspelt threshold silently
 * ignored would be worse than a refusal), with a did-you-mean. {@link #write(Policy)} gives a
 * commented file that {@link #parse} reads back to the same policy.
 *
 * <pre>
 * thresholds: {monitor: 0.45, throttle: 0.60, challenge: 0.72, block: 0.82}
 * allowlist: {accounts: [acct_1], orgs: [org_9]}
 * shadow_mode: false
 * expiry: {monitor: 7d, throttle: 3d, challenge: 7d, block: 30d}   # or never
 * detection: {min_entities: 5, join_exchanges: 3, ...}
 * </pre>
 */
public final class PolicyYaml {
    private static final List<String> TOP = List.of("thresholds", "allowlist", "shadow_mode", "expiry", "detection");
    private static final List<String> ACTIONS = List.of("monitor", "throttle", "challenge", "block");
    private static final List<String> ALLOWLIST = List.of("accounts", "orgs");
    /** Notes written above the detection keys we know; keys added to the engine later get none. */
    private static final Map<String, String> DETECTION_NOTES = Map.of(
            "min_entities", "independent entities (organizations, accounts without one, end users) a campaign needs",
            "join_exchanges", "exchanges in a campaign's prompt skeleton before a subject counts as a member",
            "min_share", "share of a subject's own traffic that must be in the campaign's skeletons",
            "mature_exchanges", "median exchanges per sampled member before a group can be scored past monitor",
            "newcomer_exchanges", "matching exchanges after which a newcomer to an actioned campaign is actioned with it",
            "purpose_gate", "minimum distillation-purpose score (0-1) to score a group past monitor",
            "coordination_gate", "minimum coordination score (0-1) to score a group past monitor",
            "rare_value_max_accounts", "a shared attribute held by more accounts than this carries no linking weight",
            "solo_monitor_score", "purpose score from which a lone subject is monitored (never restricted)");

    private PolicyYaml() {}

    /**
     * @throws InvalidPolicyException naming the file, line and field of the first mistake
     * @throws NoSuchFileException if there is no such file
     */
    public static Policy load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "policy file not found");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.getFileName().toString());
        }
    }

    public static Policy parse(String yaml, String fileName) throws InvalidPolicyException {
        return parse(new StringReader(yaml), fileName);
    }

    static Policy parse(Reader reader, String fileName) throws InvalidPolicyException {
        PolicySection root = PolicySection.root(fileName, YamlTree.parse(reader, fileName));
        root.allowOnly(TOP);
        Policy d = Policy.defaults();
        return new Policy(thresholds(root.section("thresholds"), d.thresholds()), allowlist(root.section("allowlist")),
                root.bool("shadow_mode", d.shadowMode()), expiry(root.section("expiry"), d.expiry()),
                detection(root.section("detection"), d.detection()));
    }

    private static ActionThresholds thresholds(PolicySection s, ActionThresholds d) throws InvalidPolicyException {
        s.allowOnly(ACTIONS);
        double monitor = s.unit("monitor", d.monitor());
        double throttle = s.unit("throttle", d.throttle());
        double challenge = s.unit("challenge", d.challenge());
        double block = s.unit("block", d.block());
        try {
            return new ActionThresholds(monitor, throttle, challenge, block);
        } catch (IllegalArgumentException e) {
            throw s.invalid(e.getMessage());
        }
    }

    private static Allowlist allowlist(PolicySection s) throws InvalidPolicyException {
        s.allowOnly(ALLOWLIST);
        return new Allowlist(s.strings("accounts"), s.strings("orgs"));
    }

    private static Expiry expiry(PolicySection s, Expiry d) throws InvalidPolicyException {
        s.allowOnly(ACTIONS);
        return new Expiry(s.duration("monitor", d.monitor()), s.duration("throttle", d.throttle()),
                s.duration("challenge", d.challenge()), s.duration("block", d.block()));
    }

    private static Detection detection(PolicySection s, Detection d) throws InvalidPolicyException {
        return RecordSection.read(s, Detection.class, d);
    }

    /** The policy as a commented YAML file that {@link #parse} reads back to an equal policy. */
    public static String write(Policy p) {
        StringBuilder y = new StringBuilder();
        y.append("# Hydraguard policy. Every key is optional; an absent key takes the shipped default.\n\n");
        y.append("# Score (0-1) from which each action starts; must rise with severity.\n");
        y.append("thresholds:\n");
        ActionThresholds t = p.thresholds();
        y.append("  monitor: ").append(number(t.monitor())).append('\n');
        y.append("  throttle: ").append(number(t.throttle())).append('\n');
        y.append("  challenge: ").append(number(t.challenge())).append('\n');
        y.append("  block: ").append(number(t.block())).append("\n\n");
        y.append("# Accounts and organizations never restricted, whatever their score (at most monitored).\n");
        y.append("allowlist:\n");
        y.append("  accounts: ").append(list(p.allowlist().accountIds())).append('\n');
        y.append("  orgs: ").append(list(p.allowlist().orgIds())).append("\n\n");
        y.append("# true: compute everything but never restrict; reasons name the action it would have been.\n");
        y.append("shadow_mode: ").append(p.shadowMode()).append("\n\n");
        y.append("# How long each action lasts: 7d, 12h, 30m, 45s, ISO-8601 (P7D), or never.\n");
        y.append("expiry:\n");
        Expiry e = p.expiry();
        y.append("  monitor: ").append(duration(e.monitor())).append('\n');
        y.append("  throttle: ").append(duration(e.throttle())).append('\n');
        y.append("  challenge: ").append(duration(e.challenge())).append('\n');
        y.append("  block: ").append(duration(e.block())).append("\n\n");
        y.append("# Detection tuning (see the engine's Detection record for each field's meaning).\n");
        y.append("detection:\n");
        for (Object[] field : RecordSection.entries(p.detection())) {
            String comment = DETECTION_NOTES.get((String) field[0]);
            if (comment != null) {
                y.append("  # ").append(comment).append('\n');
            }
            y.append("  ").append(field[0]).append(": ")
                    .append(field[1] instanceof Double v ? number(v) : String.valueOf(field[1])).append('\n');
        }
        return y.toString();
    }

    private static String number(double v) {
        return Double.toString(v);
    }

    private static String list(Set<String> values) {
        if (values.isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[");
        for (String v : new TreeSet<>(values)) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append(']').toString();
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "never";
        }
        long s = d.getSeconds();
        if (d.getNano() != 0) {
            return d.toString();
        }
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return String.format(Locale.ROOT, "%ds", s);
    }
}
