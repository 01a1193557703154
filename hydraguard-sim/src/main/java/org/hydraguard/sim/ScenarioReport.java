package org.hydraguard.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes {@code scenario.json}: the scenario's parameters at the run's scale and the true totals per
 * campaign and for the honest population. Hand-written JSON in a fixed key order, with no wall-clock
 * time and no paths, so equal runs give equal bytes.
 */
final class ScenarioReport {
    static final String FILE = "scenario.json";

    private ScenarioReport() {}

    static void write(Path dir, Scenario s, SimulationRequest req, SimulationSummary sum, long end) throws IOException {
        StringBuilder b = new StringBuilder(4096);
        b.append("{\n");
        field(b, 1, "scenario", s.name()).append(",\n");
        field(b, 1, "description", s.description()).append(",\n");
        indent(b, 1).append("\"seed\": ").append(req.seed()).append(",\n");
        indent(b, 1).append("\"scale\": ").append(num(req.scale())).append(",\n");
        indent(b, 1).append("\"corpus\": ").append(req.corpus() != null).append(",\n");
        if (req.campaigns() != null) {
            field(b, 1, "campaign_file", String.valueOf(req.campaigns().getFileName())).append(",\n");
        }
        field(b, 1, "start", s.start().toString()).append(",\n");
        field(b, 1, "end", Instant.ofEpochMilli(end).toString()).append(",\n");
        indent(b, 1).append("\"days\": ").append(s.days()).append(",\n");
        indent(b, 1).append("\"models\": [");
        for (int i = 0; i < s.models().names().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(s.models().names().get(i)));
        }
        b.append("],\n");
        if (s.models().released() != null) {
            field(b, 1, "model_release", Instant.ofEpochMilli(s.models().releaseAt()).toString()).append(",\n");
        }
        indent(b, 1).append("\"honest\": {\n");
        indent(b, 2).append("\"planned_accounts\": ").append(Math.round(s.honestAccounts() * req.scale())).append(",\n");
        indent(b, 2).append("\"planned_exchanges\": ").append(Math.round(s.honestExchanges() * req.scale())).append(",\n");
        totals(b, 2, sum.honest());
        b.append("\n");
        indent(b, 1).append("},\n");
        indent(b, 1).append("\"campaigns\": [");
        for (int i = 0; i < s.campaigns().size(); i++) {
            CampaignPlan p = s.campaigns().get(i);
            b.append(i == 0 ? "\n" : ",\n");
            indent(b, 2).append("{\n");
            field(b, 3, "id", p.id()).append(",\n");
            indent(b, 3).append("\"parameters\": {");
            param(b, "planned_accounts", Math.max(1, Math.round(p.accounts() * req.scale())), true);
            param(b, "planned_exchanges", Math.round(p.exchanges() * req.scale()), false);
            param(b, "start_day", num(p.startDay()), false);
            param(b, "end_day", num(p.endDay()), false);
            param(b, "wave_size", p.waveMin() + "-" + p.waveMax(), false);
            param(b, "lifetime_days", num(p.lifetimeDays()), false);
            param(b, "wrappers", p.wrappers(), false);
            param(b, "paraphrase_rate", num(p.paraphrase()), false);
            param(b, "ip_strategy", p.ip().name().toLowerCase(Locale.ROOT), false);
            param(b, "datacenter_share", num(p.datacenterShare()), false);
            param(b, "fingerprint", p.fingerprint().name().toLowerCase(Locale.ROOT), false);
            param(b, "rhythm", p.humanRhythm() ? "human" : "scripted", false);
            param(b, "cover_share", num(p.coverShare()), false);
            param(b, "reseller_share", num(p.resellerShare()), false);
            param(b, "multi_turn_share", num(p.multiTurnShare()), false);
            param(b, "thinking_share", num(p.thinkingShare()), false);
            param(b, "max_tokens", p.jitterParams() ? "per account" : String.valueOf(p.maxTokens()), false);
            param(b, "temperature", p.jitterParams() || p.temperature() == null ? "unset or per account" : num(p.temperature()), false);
            param(b, "model_chase_share", num(p.chaseShare()), false);
            param(b, "model_chase_delay_hours", num(p.chaseDelayHours()), false);
            param(b, "program_share", num(p.programShare()), false);
            param(b, "verified_share", num(p.verifiedShare()), false);
            param(b, "card_share", num(p.cardShare()), false);
            param(b, "accounts_per_card", p.cardMin() + "-" + p.cardMax(), false);
            param(b, "throwaway_email_share", num(p.throwawayShare()), false);
            param(b, "aged_account_share", num(p.agedShare()), false);
            b.append(", \"capabilities\": {");
            boolean first = true;
            for (var k : p.mix().keySet().stream().sorted().toList()) {
                b.append(first ? "" : ", ").append(quote(k.name().toLowerCase(Locale.ROOT))).append(": ").append(num(p.mix().get(k)));
                first = false;
            }
            b.append("}},\n");
            totals(b, 3, sum.campaigns().get(i));
            b.append("\n");
            indent(b, 2).append("}");
        }
        b.append("\n");
        indent(b, 1).append("],\n");
        indent(b, 1).append("\"total_accounts\": ").append(sum.accounts()).append(",\n");
        indent(b, 1).append("\"total_exchanges\": ").append(sum.exchanges()).append("\n");
        b.append("}\n");
        Files.writeString(dir.resolve(FILE), b.toString(), StandardCharsets.UTF_8);
    }

    private static void totals(StringBuilder b, int depth, SimulationSummary.Totals t) {
        indent(b, depth).append("\"accounts\": ").append(t.accounts()).append(",\n");
        indent(b, depth).append("\"end_users\": ").append(t.endUsers()).append(",\n");
        indent(b, depth).append("\"exchanges\": ").append(t.exchanges()).append(",\n");
        indent(b, depth).append("\"input_tokens\": ").append(t.inputTokens()).append(",\n");
        indent(b, depth).append("\"output_tokens\": ").append(t.outputTokens()).append(",\n");
        indent(b, depth).append("\"first_ts\": ").append(t.first() == null ? "null" : quote(t.first().toString())).append(",\n");
        indent(b, depth).append("\"last_ts\": ").append(t.last() == null ? "null" : quote(t.last().toString()));
    }

    private static void param(StringBuilder b, String k, Object v, boolean first) {
        b.append(first ? "" : ", ").append(quote(k)).append(": ");
        b.append(v instanceof String s && !s.matches("-?[0-9.]+") ? quote(s) : String.valueOf(v));
    }

    private static StringBuilder field(StringBuilder b, int depth, String k, String v) {
        return indent(b, depth).append(quote(k)).append(": ").append(quote(v));
    }

    private static StringBuilder indent(StringBuilder b, int depth) {
        return b.append("  ".repeat(depth));
    }

    /** A number as scenario.json writes it: whole numbers without a fraction. */
    static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
