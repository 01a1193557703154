package org.hydraguard.sim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hydraguard.sim.text.PromptKind;

/**
 * Campaign plans written by a user ({@code simulate --campaigns FILE}): a red team's own operators,
 * put into a named scenario's honest population in place of its campaigns. The file is JSON,
 * {@code {"campaigns": [{"id": ..., key: value, ...}, ...]}}, with the keys of {@code scenario.json}'s
 * parameters; a key left out keeps the reference (seed-2026) operator's value. Counts are at scale 1,
 * like a scenario's, and {@code --scale} multiplies them. Every mistake is reported with the file, the
 * line and the key, before anything is simulated.
 */
public final class CampaignFile {
    /** The keys a campaign may have, in the order docs/scenarios.md lists them. */
    static final List<String> KEYS = List.of("id", "accounts", "exchanges", "start_day", "end_day", "wave_size",
            "lifetime_days", "wrappers", "paraphrase_rate", "ip_strategy", "datacenter_share", "fingerprint", "rhythm",
            "cover_share", "reseller_share", "multi_turn_share", "thinking_share", "max_tokens", "temperature",
            "jitter_params", "model_chase_share", "model_chase_delay_hours", "program_share", "verified_share",
            "accounts_per_card", "card_share", "throwaway_email_share", "aged_account_share", "capabilities");
    private static final JsonFactory JSON = new JsonFactory();

    private CampaignFile() {}

    /** A value as written, with the line it is on. */
    private record Value(JsonToken token, String text, double number, int line, Map<String, Value> members) {}

    /**
     * The campaigns of {@code file}, each checked, for a scenario of {@code windowDays} days.
     *
     * @throws Invalid naming the file, the line and the key of the first mistake
     * @throws IOException when the file cannot be read
     */
    static List<CampaignPlan> read(Path file, double windowDays) throws IOException {
        try {
            return parse(file, windowDays);
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage(), e);
        }
    }

    /** A campaign file that cannot be used; the message names the file, the line and the key. */
    public static final class Invalid extends IOException {
        Invalid(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static List<CampaignPlan> parse(Path file, double windowDays) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("campaign file " + file + " does not exist or is not a file");
        }
        List<Map<String, Value>> raw;
        try (JsonParser p = JSON.createParser(Files.newBufferedReader(file))) {
            raw = campaigns(file, p);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + " line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (raw.isEmpty()) {
            throw new IllegalArgumentException(file + ": \"campaigns\" lists no campaign");
        }
        List<CampaignPlan> plans = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            CampaignPlan plan = plan(file, i + 1, raw.get(i), windowDays);
            if (ids.contains(plan.id())) {
                throw new IllegalArgumentException(file + " line " + raw.get(i).get("id").line() + ": campaign id '"
                        + plan.id() + "' is used twice; each campaign needs its own");
            }
            ids.add(plan.id());
            plans.add(plan);
        }
        return plans;
    }

    private static List<Map<String, Value>> campaigns(Path file, JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException(file + " line " + line(p) + ": expected an object {\"campaigns\": [...]}");
        }
        List<Map<String, Value>> out = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int at = line(p);
            p.nextToken();
            if (!name.equals("campaigns")) {
                throw new IllegalArgumentException(file + " line " + at + ": unknown key '" + name + "'; the file holds one key, \"campaigns\"");
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(file + " line " + at + ": \"campaigns\" must be a list of objects");
            }
            out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Value v = value(file, p);
                if (v.members() == null) {
                    throw new IllegalArgumentException(file + " line " + v.line() + ": campaign " + (out.size() + 1) + " must be an object");
                }
                out.add(v.members());
            }
        }
        if (out == null) {
            throw new IllegalArgumentException(file + ": no \"campaigns\" key");
        }
        return out;
    }

    private static Value value(Path file, JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        int at = line(p);
        switch (t) {
            case START_OBJECT: {
                Map<String, Value> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = line(p);
                    p.nextToken();
                    if (members.put(name, value(file, p)) != null) {
                        throw new IllegalArgumentException(file + " line " + keyLine + ": key '" + name + "' appears twice");
                    }
                }
                return new Value(t, null, Double.NaN, at, members);
            }
            case START_ARRAY:
                p.skipChildren();
                return new Value(t, "a list", Double.NaN, at, null);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Value(t, p.getText(), p.getDoubleValue(), at, null);
            default:
                return new Value(t, p.getText(), Double.NaN, at, null);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** One campaign's values applied to the reference operator's defaults. */
    private static CampaignPlan plan(Path file, int n, Map<String, Value> m, double windowDays) {
        for (Map.Entry<String, Value> e : m.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new IllegalArgumentException(file + " line " + e.getValue().line() + ": campaign " + n + ": unknown key '"
                        + e.getKey() + "'; known keys: " + String.join(", ", KEYS));
            }
        }
        Fields f = new Fields(file, n, m);
        String id = f.text("id", null, s -> s);
        if (id == null) {
            throw new IllegalArgumentException(file + ": campaign " + n + " has no \"id\"");
        }
        if (id.isBlank() || id.equals("benign")) {
            throw f.wrong("id", m.get("id"), "a name other than benign");
        }
        CampaignPlan d = CampaignPlan.builder(id).build(windowDays);
        int[] waves = f.range("wave_size", d.waveMin(), d.waveMax());
        int[] card = f.range("accounts_per_card", d.cardMin(), d.cardMax());
        long accounts = f.whole("accounts", d.accounts());
        long exchanges = f.whole("exchanges", d.exchanges());
        double start = f.number("start_day", d.startDay());
        double end = f.number("end_day", d.endDay());
        // the plan checks these too, but names neither the key nor its line
        f.require(accounts >= 1, "accounts", "at least 1");
        f.require(exchanges >= 1, "exchanges", "at least 1");
        f.require(start >= 0, "start_day", "at least 0 (the scenario's first day)");
        f.require(end > start, m.containsKey("end_day") ? "end_day" : "start_day",
                m.containsKey("end_day") ? "after start_day (" + ScenarioReport.num(start) + ")" : "before end_day (" + ScenarioReport.num(end) + ")");
        f.require(waves[0] >= 1 && waves[1] >= waves[0], "wave_size", "\"min-max\" with 1 <= min <= max");
        f.require(card[0] >= 1 && card[1] >= card[0], "accounts_per_card", "\"min-max\" with 1 <= min <= max");
        CampaignPlan.Builder b = CampaignPlan.builder(id)
                .size((int) accounts, exchanges)
                .days(start, end)
                .waves(waves[0], waves[1], f.number("lifetime_days", d.lifetimeDays()))
                .wrappers((int) f.whole("wrappers", d.wrappers()), f.number("paraphrase_rate", d.paraphrase()))
                .ip(f.text("ip_strategy", d.ip(), s -> CampaignPlan.IpStrategy.valueOf(s.toUpperCase(Locale.ROOT))),
                        f.number("datacenter_share", d.datacenterShare()))
                .fingerprint(f.text("fingerprint", d.fingerprint(), s -> CampaignPlan.Fingerprint.valueOf(s.toUpperCase(Locale.ROOT))))
                .humanRhythm(f.text("rhythm", d.humanRhythm() ? "human" : "scripted", CampaignFile::rhythm).equals("human"))
                .cover(f.number("cover_share", d.coverShare()))
                .reseller(f.number("reseller_share", d.resellerShare()))
                .chase(f.number("model_chase_share", d.chaseShare()), f.number("model_chase_delay_hours", d.chaseDelayHours()))
                .params(f.number("thinking_share", d.thinkingShare()), (int) f.whole("max_tokens", d.maxTokens()),
                        f.nullableNumber("temperature", d.temperature()), f.bool("jitter_params", d.jitterParams()))
                .multiTurn(f.number("multi_turn_share", d.multiTurnShare()))
                .signups(f.number("program_share", d.programShare()), f.number("verified_share", d.verifiedShare()),
                        card[0], card[1], f.number("throwaway_email_share", d.throwawayShare()))
                .aged(f.number("aged_account_share", d.agedShare()))
                .cards(f.number("card_share", d.cardShare()));
        Value caps = m.get("capabilities");
        if (caps != null) {
            if (caps.members() == null || caps.members().isEmpty()) {
                throw f.wrong("capabilities", caps, "an object of capability weights, e.g. {\"swe\": 0.6, \"math\": 0.4}");
            }
            for (Map.Entry<String, Value> e : caps.members().entrySet()) {
                PromptKind kind;
                try {
                    kind = PromptKind.valueOf(e.getKey().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException(file + " line " + e.getValue().line() + ": campaign " + n + ": capabilities: unknown kind '"
                            + e.getKey() + "'; known: " + kinds());
                }
                double w = e.getValue().number();
                if (!(w > 0)) {
                    throw f.wrong("capabilities." + e.getKey(), e.getValue(), "a weight greater than 0");
                }
                b.target(kind, w);
            }
        }
        try {
            return b.build(windowDays);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + m.get("id").line() + ": " + e.getMessage(), e);
        }
    }

    private static String rhythm(String s) {
        if (!s.equals("human") && !s.equals("scripted")) {
            throw new IllegalArgumentException(s);
        }
        return s;
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(PromptKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** Typed reads of one campaign's keys, each falling back to a default when the key is absent. */
    private record Fields(Path file, int n, Map<String, Value> m) {
        double number(String key, double dflt) {
            Value v = m.get(key);
            if (v == null) {
                return dflt;
            }
            if (Double.isNaN(v.number())) {
                throw wrong(key, v, "a number");
            }
            boolean share = key.endsWith("_share") || key.equals("paraphrase_rate");
            if (share && !(v.number() >= 0 && v.number() <= 1)) {
                // the plan checks this too, but without the key and the line
                throw wrong(key, v, "a share: every share must be between 0 and 1, inclusive");
            }
            return v.number();
        }

        Double nullableNumber(String key, Double dflt) {
            Value v = m.get(key);
            return v != null && v.token() == JsonToken.VALUE_NULL ? null : v == null ? dflt : (Double) number(key, 0);
        }

        long whole(String key, long dflt) {
            Value v = m.get(key);
            if (v == null) {
                return dflt;
            }
            if (v.token() != JsonToken.VALUE_NUMBER_INT || v.number() < 0 || v.number() > Integer.MAX_VALUE * 1024.0) {
                throw wrong(key, v, "a whole number, 0 or more");
            }
            return (long) v.number();
        }

        boolean bool(String key, boolean dflt) {
            Value v = m.get(key);
            if (v == null) {
                return dflt;
            }
            if (!v.token().isBoolean()) {
                throw wrong(key, v, "true or false");
            }
            return v.token() == JsonToken.VALUE_TRUE;
        }

        <T> T text(String key, T dflt, Function<String, T> parse) {
            Value v = m.get(key);
            if (v == null) {
                return dflt;
            }
            try {
                if (v.token() != JsonToken.VALUE_STRING) {
                    throw new IllegalArgumentException();
                }
                return parse.apply(v.text());
            } catch (IllegalArgumentException e) {
                throw wrong(key, v, expected(key));
            }
        }

        /** "min-max" or a single whole number (min = max). */
        int[] range(String key, int dMin, int dMax) {
            Value v = m.get(key);
            if (v == null) {
                return new int[] {dMin, dMax};
            }
            if (v.token() == JsonToken.VALUE_NUMBER_INT) {
                return new int[] {(int) v.number(), (int) v.number()};
            }
            String[] parts = v.token() == JsonToken.VALUE_STRING ? v.text().split("-", -1) : new String[0];
            try {
                if (parts.length == 2) {
                    return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw wrong(key, v, "\"min-max\" (e.g. \"40-250\") or a whole number");
        }

        /** Fails with the key's line when a value that passed on its own conflicts with another key's. */
        void require(boolean holds, String key, String expected) {
            if (!holds) {
                Value v = m.get(key);
                throw v != null ? wrong(key, v, expected)
                        : new IllegalArgumentException(file + " line " + m.get("id").line() + ": campaign " + n + ": "
                                + key + " (default) must be " + expected);
            }
        }

        IllegalArgumentException wrong(String key, Value v, String expected) {
            String shown = v.token() == JsonToken.VALUE_STRING ? "'" + v.text() + "'" : v.text() == null ? "an object" : v.text();
            return new IllegalArgumentException(file + " line " + v.line() + ": campaign " + n + ": " + key + " must be "
                    + expected + ", not " + shown);
        }

        private static String expected(String key) {
            return switch (key) {
                case "ip_strategy" -> "one of residential_rotating, residential_sticky, datacenter, mixed";
                case "fingerprint" -> "one of fixed_sdk, per_account_popular";
                case "rhythm" -> "human or scripted";
                default -> "a string";
            };
        }
    }
}
