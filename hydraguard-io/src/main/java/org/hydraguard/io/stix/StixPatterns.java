package org.hydraguard.io.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hydraguard.core.model.IndicatorType;

/**
 * Contract indicator values as STIX 2.1 patterns and back, for the small subset of the patterning
 * language that names one value: {@code [object:path OP literal]}, optionally with {@code AND} for the
 * fingerprint object. Fingerprints (payment, TLS, prompt template) have no standard cyber-observable,
 * so they use the custom object {@code x-hydraguard-fingerprint} with a {@code kind} and a {@code value}.
 */
final class StixPatterns {
    static final String FINGERPRINT = "x-hydraguard-fingerprint";
    static final String USER_AGENT_PATH = "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'";
    private static final String REGEX_SPECIALS = "\\^$.|?*+()[]{}";

    private StixPatterns() {}

    /** The pattern for a value, or empty when this value cannot be written as one (e.g. a non-numeric ASN). */
    static Optional<String> of(IndicatorType type, String value) {
        String v = literal(value);
        String ipType = value.indexOf(':') >= 0 ? "ipv6-addr" : "ipv4-addr";
        return Optional.ofNullable(switch (type) {
            case IP -> "[" + ipType + ":value = " + v + "]";
            case CIDR -> "[" + ipType + ":value ISSUBSET " + v + "]";
            case ASN -> value.matches("[0-9]{1,10}") ? "[autonomous-system:number = " + value + "]" : null;
            case EMAIL_DOMAIN -> "[email-addr:value MATCHES " + literal("@" + regexQuote(value) + "$") + "]";
            case USER_AGENT -> "[" + USER_AGENT_PATH + " = " + v + "]";
            case ACCOUNT_ID -> "[user-account:user_id = " + v + "]";
            case PAYMENT_FP, TLS_FP, PROMPT_TEMPLATE -> "[" + FINGERPRINT + ":kind = " + literal(type.wireName())
                    + " AND " + FINGERPRINT + ":value = " + v + "]";
        });
    }

    /** What a pattern names, or a reason it names nothing Hydraguard can match. */
    record Parsed(IndicatorType type, String value, String problem) {}

    static Parsed parse(String pattern) {
        List<String[]> comparisons;
        try {
            comparisons = new Scanner(pattern).comparisons();
        } catch (IllegalArgumentException e) {
            return problem("pattern is not in the supported STIX subset ([object:path OP 'literal']): " + e.getMessage());
        }
        if (comparisons.size() == 2) {
            String[] kind = comparisons.get(0)[0].equals(FINGERPRINT + ":kind") ? comparisons.get(0) : comparisons.get(1);
            String[] value = kind == comparisons.get(0) ? comparisons.get(1) : comparisons.get(0);
            if (kind[0].equals(FINGERPRINT + ":kind") && value[0].equals(FINGERPRINT + ":value")
                    && kind[1].equals("=") && value[1].equals("=")) {
                for (IndicatorType t : List.of(IndicatorType.PAYMENT_FP, IndicatorType.TLS_FP, IndicatorType.PROMPT_TEMPLATE)) {
                    if (t.wireName().equals(kind[2])) {
                        return new Parsed(t, value[2], null);
                    }
                }
                return problem("fingerprint kind '" + kind[2] + "' is unknown; expected payment_fp, tls_fp or prompt_template");
            }
        }
        if (comparisons.size() != 1) {
            return problem("pattern combines " + comparisons.size() + " comparisons; only single values are imported");
        }
        String path = comparisons.get(0)[0];
        String op = comparisons.get(0)[1];
        String value = comparisons.get(0)[2];
        boolean ip = path.equals("ipv4-addr:value") || path.equals("ipv6-addr:value");
        if (ip && op.equals("=")) {
            return new Parsed(IndicatorType.IP, value, null);
        } else if (ip && op.equals("ISSUBSET")) {
            return new Parsed(IndicatorType.CIDR, value, null);
        } else if (path.equals("autonomous-system:number") && op.equals("=") && value.matches("[0-9]{1,10}")) {
            return new Parsed(IndicatorType.ASN, value, null);
        } else if (path.equals("email-addr:value") && op.equals("MATCHES")) {
            String domain = domainOf(value);
            return domain == null ? problem("e-mail pattern '" + value + "' is not of the form '@<domain>$'")
                    : new Parsed(IndicatorType.EMAIL_DOMAIN, domain, null);
        } else if (path.equals(USER_AGENT_PATH) && op.equals("=")) {
            return new Parsed(IndicatorType.USER_AGENT, value, null);
        } else if (path.equals("user-account:user_id") && op.equals("=")) {
            return new Parsed(IndicatorType.ACCOUNT_ID, value, null);
        }
        return problem("'" + path + " " + op + "' is not an observable Hydraguard matches (supported: ipv4/ipv6-addr,"
                + " autonomous-system, email-addr MATCHES '@domain$', User-Agent header, user-account, " + FINGERPRINT + ")");
    }

    private static Parsed problem(String why) {
        return new Parsed(null, null, why);
    }

    /** A STIX string literal: quoted, with backslash and quote escaped. */
    static String literal(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String regexQuote(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (REGEX_SPECIALS.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The domain of a regex {@code @domain$} whose every special character is escaped; null otherwise. */
    private static String domainOf(String regex) {
        if (!regex.startsWith("@") || !regex.endsWith("$") || regex.length() < 3) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String body = regex.substring(1, regex.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && REGEX_SPECIALS.indexOf(body.charAt(i + 1)) >= 0) {
                b.append(body.charAt(++i));
            } else if (REGEX_SPECIALS.indexOf(c) >= 0) {
                return null; // a real regular expression, not one domain
            } else {
                b.append(c);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    /** Reads {@code [path OP literal (AND path OP literal)*]}; throws with what was wrong where. */
    private static final class Scanner {
        private final String s;
        private int i;

        Scanner(String s) {
            this.s = s == null ? "" : s.strip();
        }

        List<String[]> comparisons() {
            expect('[');
            List<String[]> out = new ArrayList<>();
            while (true) {
                String path = path();
                String op = word();
                if (!op.equals("=") && !op.equals("MATCHES") && !op.equals("ISSUBSET")) {
                    throw new IllegalArgumentException("operator '" + op + "' at " + i + " is not =, MATCHES or ISSUBSET");
                }
                out.add(new String[] {path, op, value()});
                skipSpace();
                if (peek() == ']') {
                    i++;
                    break;
                }
                String and = word();
                if (!and.equals("AND")) {
                    throw new IllegalArgumentException("expected AND or ] at " + i + ", found '" + and + "'");
                }
            }
            skipSpace();
            if (i != s.length()) {
                throw new IllegalArgumentException("unexpected text after ] at " + i + " (observation operators are not supported)");
            }
            return out;
        }

        private String path() {
            skipSpace();
            StringBuilder b = new StringBuilder();
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '=') {
                char c = s.charAt(i++);
                b.append(c);
                if (c == '\'') {
                    while (i < s.length() && s.charAt(i) != '\'') {
                        b.append(s.charAt(i++));
                    }
                    expect('\'');
                    b.append('\'');
                }
            }
            if (b.indexOf(":") < 1) {
                throw new IllegalArgumentException("expected object-type:property at " + i + ", found '" + b + "'");
            }
            return b.toString();
        }

        private String word() {
            skipSpace();
            if (peek() == '=') {
                i++;
                return "=";
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return s.substring(start, i);
        }

        private String value() {
            skipSpace();
            if (peek() == '\'') {
                i++;
                StringBuilder b = new StringBuilder();
                while (i < s.length() && s.charAt(i) != '\'') {
                    char c = s.charAt(i++);
                    if (c == '\\') {
                        if (i >= s.length() || (s.charAt(i) != '\\' && s.charAt(i) != '\'')) {
                            throw new IllegalArgumentException("bad escape in string literal at " + i);
                        }
                        c = s.charAt(i++);
                    }
                    b.append(c);
                }
                expect('\'');
                return b.toString();
            }
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("expected a 'quoted string' or an integer at " + i);
            }
            return s.substring(start, i);
        }

        private void expect(char c) {
            skipSpace();
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
