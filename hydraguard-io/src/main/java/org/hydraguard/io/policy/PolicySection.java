package org.hydraguard.io.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of a policy file with typed, checked getters. An absent key takes the given default, so
 * a policy file only needs the values it changes. Every error names the file, the line of the value
 * and the dotted field path.
 */
final class PolicySection {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(d|h|m|s)");

    private final String file;
    private final String path;
    private final Map<String, YamlTree.Node> entries;
    private final int line;

    private PolicySection(String file, String path, Map<String, YamlTree.Node> entries, int line) {
        this.file = file;
        this.path = path;
        this.entries = entries;
        this.line = line;
    }

    static PolicySection root(String file, YamlTree.Node node) throws InvalidPolicyException {
        if (!node.isMap()) {
            throw new InvalidPolicyException(file, node.line(), null,
                    "a policy is a mapping of sections (thresholds, allowlist, ...), got " + describe(node.value()));
        }
        return new PolicySection(file, "", node.map(), node.line());
    }

    int line() {
        return line;
    }

    String path() {
        return path.isEmpty() ? "policy" : path;
    }

    /** Rejects keys outside {@code allowed}, suggesting the nearest allowed one. */
    void allowOnly(List<String> allowed) throws InvalidPolicyException {
        for (Map.Entry<String, YamlTree.Node> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String near = KeySuggestion.nearest(e.getKey(), allowed);
                throw new InvalidPolicyException(file, e.getValue().line(), field(e.getKey()),
                        "unknown key" + (near == null ? "" : "; did you mean '" + near + "'?")
                                + " Allowed here: " + String.join(", ", allowed));
            }
        }
    }

    PolicySection section(String key) throws InvalidPolicyException {
        YamlTree.Node node = entries.get(key);
        if (node == null || node.value() == null) {
            return new PolicySection(file, field(key), Collections.emptyMap(), node == null ? line : node.line());
        }
        if (!node.isMap()) {
            throw error(key, node, "expected a mapping of settings, got " + describe(node.value()));
        }
        return new PolicySection(file, field(key), node.map(), node.line());
    }

    double unit(String key, double absent) throws InvalidPolicyException {
        YamlTree.Node node = entries.get(key);
        if (node == null) {
            return absent;
        }
        if (!(node.value() instanceof Number n)) {
            throw error(key, node, "expected a number between 0 and 1, got " + describe(node.value()));
        }
        double v = n.doubleValue();
        if (!(v >= 0 && v <= 1)) {
            throw error(key, node, "must be between 0 and 1, got " + n);
        }
        return v;
    }

    /** Any finite number; the caller's record checks the range. */
    double number(String key, double absent) throws InvalidPolicyException {
        YamlTree.Node node = entries.get(key);
        if (node == null) {
            return absent;
        }
        if (!(node.value() instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw error(key, node, "expected a number, got " + describe(node.value()));
        }
        return n.doubleValue();
    }

    /** An error about one key of this section, at its line (the section's line when it is absent). */
    InvalidPolicyException fieldError(String key, String reason) {
        YamlTree.Node node = entries.get(key);
        return new InvalidPolicyException(file, node == null ? line : node.line(), field(key), reason);
    }

    int atLeast(String key, int min, int absent) throws InvalidPolicyException {
        YamlTree.Node node = entries.get(key);
        if (node == null) {
            return absent;
        }
        if (!(node.value() instanceof Long n)) {
            throw error(key, node, "expected a whole number" + (min == Integer.MIN_VALUE ? "" : " of at least " + min)
                    + ", got " + describe(node.value()));
        }
        if (n < min || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw error(key, node, "must be at least " + min + (n > Integer.MAX_VALUE ? " and fit an int" : "") + ", got " + n);
        }
        return n.intValue();
    }

    boolean bool(String key, boolean absent) throws InvalidPolicyException {
        YamlTree.Node node = entries.get(key);
        if (node == null) {
            return absent;
        }
        if (!(node.value() instanceof Boolean b)) {
            throw error(key, node, "expected true or false, got " + describe(node.value()));
        }
        return b;
    }

    /** A duration as {@code 7d}, {@code 12h}, {@code 30m}, {@code 45s} or ISO-8601; {@code never} or null for none. */
    Duration duration(String key, Duration absent) throws InvalidPolicyException {
        YamlTree.Node node = entries.get(key);
        if (node == null) {
            return absent;
        }
        if (node.value() == null) {
            return null;
        }
        String text = String.valueOf(node.value()).trim().toLowerCase(Locale.ROOT);
        if (text.equals("never")) {
            return null;
        }
        Matcher m = SHORT_DURATION.matcher(text);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        } else {
            try {
                d = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw error(key, node, "expected a duration like 7d, 12h, 30m, 45s, P7D or never, got " + describe(node.value()));
            }
        }
        if (d.isZero() || d.isNegative()) {
            throw error(key, node, "must be positive (or never), got " + describe(node.value()));
        }
        return d;
    }

    /** A list of non-empty strings (a single string is a list of one). */
    Set<String> strings(String key) throws InvalidPolicyException {
        YamlTree.Node node = entries.get(key);
        Set<String> out = new TreeSet<>();
        if (node == null || node.value() == null) {
            return out;
        }
        List<YamlTree.Node> items = node.value() instanceof List ? node.list() : List.of(node);
        for (YamlTree.Node item : items) {
            // an id of digits reads as a YAML number; it is still an id
            Object v = item.value() instanceof Long n ? n.toString() : item.value();
            if (!(v instanceof String s) || s.isBlank()) {
                throw new InvalidPolicyException(file, item.line(), field(key),
                        "expected a list of ids, got an item " + describe(item.value()));
            }
            out.add(s);
        }
        return out;
    }

    /** An error about the section as a whole, e.g. from the checks of the record it builds. */
    InvalidPolicyException invalid(String reason) {
        return new InvalidPolicyException(file, line, path(), reason);
    }

    InvalidPolicyException error(String key, YamlTree.Node node, String reason) {
        return new InvalidPolicyException(file, node.line(), field(key), reason);
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value.toString();
    }
}
