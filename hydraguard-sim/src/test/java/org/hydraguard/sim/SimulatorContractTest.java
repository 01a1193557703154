package org.hydraguard.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Simulates every scenario at a tiny scale, with and without the real prompt corpus, and reads the
 * files back: every record meets the data contract, exchanges are sorted by (ts, id) with unique ids,
 * every account that sends is in the accounts file and every account is labelled, and the totals in
 * scenario.json are what the files hold. Also: same seed, same bytes; another seed, other bytes.
 */
class SimulatorContractTest {
    private static final Path CORPUS = Path.of("/work/shared/data");
    private static final Pattern RFC3339_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final Set<String> PROXY_TYPES = Set.of("none", "datacenter", "residential", "vpn", "tor", "mobile");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> runs() {
        Stream<Arguments> plain = Stream.of(
                Arguments.of("quickstart", 0.03, false),
                Arguments.of("seed-2026", 0.0004, false),
                Arguments.of("four-actors", 0.0004, false),
                Arguments.of("evasion", 0.001, false),
                Arguments.of("unwrapped", 0.003, false),
                Arguments.of("dormant", 0.003, false));
        if (!Files.isDirectory(CORPUS)) {
            return plain;
        }
        return Stream.concat(plain, Stream.of(
                Arguments.of("quickstart", 0.02, true),
                Arguments.of("seed-2026", 0.0002, true),
                Arguments.of("four-actors", 0.0002, true),
                Arguments.of("evasion", 0.0005, true),
                Arguments.of("unwrapped", 0.002, true)));
    }

    @ParameterizedTest(name = "{0} at scale {1}, corpus {2}")
    @MethodSource("runs")
    void outputMeetsTheContract(String scenario, double scale, boolean corpus, @TempDir Path dir) throws IOException {
        SimulationSummary summary = Simulator.run(new SimulationRequest(scenario, dir, 3, scale, corpus ? CORPUS : null), null);

        Map<String, String> labels = new HashMap<>();
        Map<String, String> endUserLabels = new HashMap<>();
        for (JsonNode l : lines(dir.resolve("labels.jsonl"))) {
            String account = text(l, "account_id");
            String actor = text(l, "actor");
            if (l.hasNonNull("end_user_id")) {
                assertThat(endUserLabels.put(account + "/" + text(l, "end_user_id"), actor)).as("end user labelled twice").isNull();
            } else {
                assertThat(labels.put(account, actor)).as("account %s labelled twice", account).isNull();
            }
        }
        Set<String> accounts = new HashSet<>();
        for (JsonNode a : lines(dir.resolve("accounts.jsonl"))) {
            String id = text(a, "account_id");
            assertThat(accounts.add(id)).as("account %s listed twice", id).isTrue();
            assertTime(a, "created_at");
            if (a.has("programs")) {
                assertThat(a.get("programs").isArray()).isTrue();
            }
            if (a.has("verified")) {
                assertThat(a.get("verified").isBoolean()).isTrue();
            }
            assertThat(labels).as("every account is labelled").containsKey(id);
        }
        assertThat(labels.keySet()).as("every label names a listed account").isEqualTo(accounts);

        Set<String> ids = new HashSet<>();
        Map<String, long[]> perActor = new HashMap<>();
        Instant previous = Instant.MIN;
        String previousId = "";
        for (JsonNode e : lines(dir.resolve("exchanges.jsonl.gz"))) {
            String id = text(e, "id");
            assertThat(ids.add(id)).as("exchange id %s repeated", id).isTrue();
            Instant ts = assertTime(e, "ts");
            assertThat(ts.compareTo(previous) > 0 || (ts.equals(previous) && id.compareTo(previousId) > 0))
                    .as("exchanges sorted by (ts, id): %s %s after %s %s", ts, id, previous, previousId).isTrue();
            previous = ts;
            previousId = id;
            String account = text(e, "account_id");
            assertThat(accounts).as("exchange %s names a listed account", id).contains(account);
            text(e, "ip");
            text(e, "api");
            text(e, "model");
            assertThat(e.get("turns").isInt() && e.get("turns").asInt() >= 1).as("turns of %s", id).isTrue();
            assertThat(e.get("status").isInt()).isTrue();
            assertThat(e.get("input_tokens").canConvertToLong() && e.get("input_tokens").asLong() >= 0).isTrue();
            assertThat(e.get("output_tokens").canConvertToLong() && e.get("output_tokens").asLong() >= 0).isTrue();
            assertThat(PROXY_TYPES).contains(text(e, "proxy_type"));
            assertThat(e.get("asn").isInt()).isTrue();
            assertThat(text(e, "country")).hasSize(2);
            if (e.has("prompt")) {
                assertThat(e.get("prompt").asText().length()).isLessThanOrEqualTo(7000);
            }
            String actor = e.hasNonNull("end_user_id")
                    ? endUserLabels.getOrDefault(account + "/" + text(e, "end_user_id"), labels.get(account))
                    : labels.get(account);
            long[] t = perActor.computeIfAbsent(actor, k -> new long[3]);
            t[0]++;
            t[1] += e.get("input_tokens").asLong();
            t[2] += e.get("output_tokens").asLong();
        }
        assertThat(ids).isNotEmpty();

        JsonNode report = JSON.readTree(dir.resolve("scenario.json").toFile());
        assertThat(report.get("total_exchanges").asLong()).isEqualTo(ids.size()).isEqualTo(summary.exchanges());
        assertThat(report.get("honest").get("exchanges").asLong()).isEqualTo(perActor.get("benign")[0]);
        for (JsonNode c : report.get("campaigns")) {
            String id = c.get("id").asText();
            long[] t = perActor.getOrDefault(id, new long[3]);
            assertThat(c.get("exchanges").asLong()).as("exchanges of %s", id).isEqualTo(t[0]).isPositive();
            assertThat(c.get("input_tokens").asLong()).isEqualTo(t[1]);
            assertThat(c.get("output_tokens").asLong()).isEqualTo(t[2]);
            long labelled = labels.values().stream().filter(id::equals).count();
            assertThat(c.get("accounts").asLong()).isEqualTo(labelled);
            long endUsers = endUserLabels.values().stream().filter(id::equals).count();
            assertThat(c.get("end_users").asLong()).isEqualTo(endUsers);
        }
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        Simulator.run(new SimulationRequest("evasion", a, 7, 0.0005, null), null);
        Simulator.run(new SimulationRequest("evasion", b, 7, 0.0005, null), null);
        Simulator.run(new SimulationRequest("evasion", c, 8, 0.0005, null), null);
        for (String f : List.of("exchanges.jsonl.gz", "accounts.jsonl", "labels.jsonl", "scenario.json")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        assertThat(Files.readAllBytes(a.resolve("exchanges.jsonl.gz"))).isNotEqualTo(Files.readAllBytes(c.resolve("exchanges.jsonl.gz")));
        assertThat(Files.readAllBytes(a.resolve("accounts.jsonl"))).isNotEqualTo(Files.readAllBytes(c.resolve("accounts.jsonl")));
    }

    @Test
    void unwrappedCampaignSendsBareItemsOnCardsSharedByItsAccounts(@TempDir Path dir) throws IOException {
        Simulator.run(new SimulationRequest("unwrapped", dir, 5, 0.01, null), null);
        Set<String> campaign = accountsOf("unwrapped-op", dir);
        Map<String, Integer> holders = new HashMap<>();
        for (JsonNode a : lines(dir.resolve("accounts.jsonl"))) {
            if (campaign.contains(text(a, "account_id"))) {
                holders.merge(text(a, "payment_fp"), 1, Integer::sum);
            }
        }
        int sent = 0;
        int singleTurn = 0;
        for (JsonNode e : lines(dir.resolve("exchanges.jsonl.gz"))) {
            if (campaign.contains(text(e, "account_id"))) {
                sent++;
                assertThat(e.has("system")).as("no system prompt: %s", e).isFalse();
                singleTurn += e.get("turns").asInt() == 1 ? 1 : 0;
            }
        }
        assertThat(campaign).hasSizeGreaterThanOrEqualTo(10);
        assertThat(sent).isGreaterThan(1000);
        assertThat((double) singleTurn / sent).as("only cover chat has follow-ups").isGreaterThan(0.9);
        assertThat(holders.values()).as("accounts per card").allMatch(n -> n <= 12).anyMatch(n -> n >= 3);
    }

    @Test
    void dormantCampaignWakesAccountsCreatedMonthsBefore(@TempDir Path dir) throws IOException {
        Simulator.run(new SimulationRequest("dormant", dir, 5, 0.01, null), null);
        Set<String> campaign = accountsOf("dormant-op", dir);
        Map<String, Instant> created = new HashMap<>();
        for (JsonNode a : lines(dir.resolve("accounts.jsonl"))) {
            created.put(text(a, "account_id"), Instant.parse(text(a, "created_at")));
        }
        Map<String, Instant> firstSent = new HashMap<>();
        for (JsonNode e : lines(dir.resolve("exchanges.jsonl.gz"))) {
            firstSent.putIfAbsent(text(e, "account_id"), Instant.parse(text(e, "ts")));
        }
        assertThat(campaign).hasSizeGreaterThanOrEqualTo(10);
        for (String id : campaign) {
            if (firstSent.containsKey(id)) {
                assertThat(java.time.Duration.between(created.get(id), firstSent.get(id)).toDays())
                        .as("days from sign-up to first exchange of %s", id).isBetween(59L, 661L);
            }
        }
    }

    /** The accounts labelled with {@code actor} in the run in {@code dir}. */
    static Set<String> accountsOf(String actor, Path dir) throws IOException {
        Set<String> accounts = new HashSet<>();
        for (JsonNode l : lines(dir.resolve("labels.jsonl"))) {
            if (text(l, "actor").equals(actor)) {
                accounts.add(text(l, "account_id"));
            }
        }
        return accounts;
    }

    private static Instant assertTime(JsonNode n, String field) {
        String v = text(n, field);
        assertThat(v).as("%s is RFC 3339 UTC", field).matches(RFC3339_UTC);
        return Instant.parse(v);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        assertThat(v).as("required field %s in %s", field, n).isNotNull();
        assertThat(v.isTextual() && !v.asText().isEmpty()).as("field %s is a non-empty string in %s", field, n).isTrue();
        return v.asText();
    }

    static List<JsonNode> lines(Path file) throws IOException {
        try (var in = Files.newInputStream(file);
                var raw = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
                BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            List<JsonNode> out = new java.util.ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                out.add(JSON.readTree(line));
            }
            return out;
        }
    }
}
