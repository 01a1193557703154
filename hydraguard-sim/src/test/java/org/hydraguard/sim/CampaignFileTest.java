package org.hydraguard.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hydraguard.sim.text.PromptKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own campaign file: every key reaches the plan, absent keys keep the reference operator's
 * values, mistakes name the file, the line and the key, and a simulation runs the file's campaigns
 * instead of the scenario's.
 */
class CampaignFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyKeyReachesThePlan(@TempDir Path dir) throws IOException {
        Path f = write(dir, """
                {"campaigns": [{
                  "id": "red-team", "accounts": 300, "exchanges": 90000, "start_day": 2, "end_day": 9,
                  "wave_size": "10-30", "lifetime_days": 3, "wrappers": 0, "paraphrase_rate": 0.5,
                  "ip_strategy": "residential_rotating", "datacenter_share": 0.1, "fingerprint": "per_account_popular",
                  "rhythm": "human", "cover_share": 0.2, "reseller_share": 0.1, "multi_turn_share": 0.3,
                  "thinking_share": 0, "max_tokens": 2048, "temperature": null, "jitter_params": true,
                  "model_chase_share": 0.4, "model_chase_delay_hours": 6, "program_share": 0, "verified_share": 1,
                  "accounts_per_card": 1, "card_share": 0.25, "throwaway_email_share": 0, "aged_account_share": 0.5,
                  "capabilities": {"chat": 0.7, "writing": 0.3}
                }]}
                """);
        CampaignPlan p = CampaignFile.read(f, 21).get(0);
        assertThat(p.id()).isEqualTo("red-team");
        assertThat(p.accounts()).isEqualTo(300);
        assertThat(p.exchanges()).isEqualTo(90_000);
        assertThat(p.startDay()).isEqualTo(2);
        assertThat(p.endDay()).isEqualTo(9);
        assertThat(p.waveMin()).isEqualTo(10);
        assertThat(p.waveMax()).isEqualTo(30);
        assertThat(p.lifetimeDays()).isEqualTo(3);
        assertThat(p.wrappers()).isZero();
        assertThat(p.paraphrase()).isEqualTo(0.5);
        assertThat(p.ip()).isEqualTo(CampaignPlan.IpStrategy.RESIDENTIAL_ROTATING);
        assertThat(p.datacenterShare()).isEqualTo(0.1);
        assertThat(p.fingerprint()).isEqualTo(CampaignPlan.Fingerprint.PER_ACCOUNT_POPULAR);
        assertThat(p.humanRhythm()).isTrue();
        assertThat(p.coverShare()).isEqualTo(0.2);
        assertThat(p.resellerShare()).isEqualTo(0.1);
        assertThat(p.multiTurnShare()).isEqualTo(0.3);
        assertThat(p.thinkingShare()).isZero();
        assertThat(p.maxTokens()).isEqualTo(2048);
        assertThat(p.temperature()).isNull();
        assertThat(p.jitterParams()).isTrue();
        assertThat(p.chaseShare()).isEqualTo(0.4);
        assertThat(p.chaseDelayHours()).isEqualTo(6);
        assertThat(p.programShare()).isZero();
        assertThat(p.verifiedShare()).isEqualTo(1);
        assertThat(p.cardMin()).isEqualTo(1);
        assertThat(p.cardMax()).isEqualTo(1);
        assertThat(p.cardShare()).isEqualTo(0.25);
        assertThat(p.throwawayShare()).isZero();
        assertThat(p.agedShare()).isEqualTo(0.5);
        assertThat(p.mix()).containsOnlyKeys(PromptKind.CHAT, PromptKind.WRITING);
    }

    @Test
    void absentKeysKeepTheReferenceOperatorsValues(@TempDir Path dir) throws IOException {
        Path f = write(dir, "{\"campaigns\": [{\"id\": \"a\", \"accounts\": 50}, {\"id\": \"b\", \"end_day\": 5}]}");
        List<CampaignPlan> plans = CampaignFile.read(f, 21);
        CampaignPlan reference = CampaignPlan.builder("a").build(21);
        assertThat(plans).extracting(CampaignPlan::id).containsExactly("a", "b");
        assertThat(plans.get(0).accounts()).isEqualTo(50);
        assertThat(plans.get(0).endDay()).as("the scenario's window").isEqualTo(21);
        assertThat(plans.get(1).endDay()).isEqualTo(5);
        assertThat(plans.get(1).accounts()).isEqualTo(reference.accounts());
        assertThat(plans.get(1).mix()).isEqualTo(reference.mix());
        assertThat(plans.get(1).cardMin()).isEqualTo(reference.cardMin());
    }

    @Test
    void mistakesNameTheFileTheLineAndTheKey(@TempDir Path dir) throws IOException {
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n \"acounts\": 5}]}", "line 2", "unknown key 'acounts'", "accounts");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n\n \"ip_strategy\": \"cloud\"}]}", "line 3", "ip_strategy must be one of");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\", \"accounts\": \"many\"}]}", "line 1", "accounts must be a whole number");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\", \"wave_size\": \"ten\"}]}", "wave_size must be \"min-max\"");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\", \"cover_share\": 1.5}]}", "line 1", "cover_share", "every share must be between 0 and 1");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\", \"capabilities\": {\"poetry\": 1}}]}", "unknown kind 'poetry'", "swe");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}", "'a' is used twice");
        assertError(dir, "{\"campaigns\": [{\"id\": \"benign\"}]}", "id must be a name other than benign");
        assertError(dir, "{\"campaigns\": [{\"accounts\": 5}]}", "campaign 1 has no \"id\"");
        assertError(dir, "{\"campaigns\": []}", "lists no campaign");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",,}]}", "line 1", "not valid JSON");
    }

    @Test
    void valuesThatConflictWithAnotherKeyNameTheKeyAndItsLine(@TempDir Path dir) throws IOException {
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n \"start_day\": 5,\n \"end_day\": 3}]}", "line 3",
                "end_day must be after start_day (5), not 3");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n \"start_day\": 40}]}", "line 2",
                "start_day must be before end_day");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n \"start_day\": -2}]}", "line 2",
                "start_day must be at least 0");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n\n \"wave_size\": \"9-3\"}]}", "line 3", "wave_size must be", "1 <= min <= max");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n \"accounts_per_card\": 0}]}", "line 2", "accounts_per_card must be");
        assertError(dir, "{\"campaigns\": [{\"id\": \"a\",\n \"exchanges\": 0}]}", "line 2", "exchanges must be at least 1");
    }

    @Test
    void aSimulationRunsTheFilesCampaignsInsteadOfTheScenarios(@TempDir Path dir) throws IOException {
        Path f = write(dir, "{\"campaigns\": [{\"id\": \"mine\", \"accounts\": 2000, \"exchanges\": 600000, \"wave_size\": \"5-20\","
                + " \"wrappers\": 0, \"accounts_per_card\": 1, \"verified_share\": 1}]}");
        Path out = dir.resolve("out");
        SimulationSummary s = Simulator.run(new SimulationRequest("quickstart", out, 3, 0.01, null, f), null);
        assertThat(s.campaigns()).extracting(SimulationSummary.Totals::actor).containsExactly("mine");
        Set<String> actors = new HashSet<>();
        for (JsonNode l : SimulatorContractTest.lines(out.resolve("labels.jsonl"))) {
            actors.add(l.get("actor").asText());
        }
        assertThat(actors).containsExactlyInAnyOrder("benign", "mine");
        Set<String> campaign = SimulatorContractTest.accountsOf("mine", out);
        Set<String> cards = new HashSet<>();
        int verified = 0;
        for (JsonNode a : SimulatorContractTest.lines(out.resolve("accounts.jsonl"))) {
            if (campaign.contains(a.get("account_id").asText())) {
                assertThat(cards.add(a.get("payment_fp").asText())).as("one card per account").isTrue();
                verified += a.get("verified").asBoolean() ? 1 : 0;
            }
        }
        assertThat(verified).isEqualTo(campaign.size());
        JsonNode report = JSON.readTree(out.resolve("scenario.json").toFile());
        assertThat(report.get("campaign_file").asText()).isEqualTo("campaigns.json");
        assertThat(report.get("campaigns").get(0).get("parameters").get("wrappers").asInt()).isZero();
    }

    @Test
    void noCampaignAccountIsOpenedAfterItsCampaignEnds(@TempDir Path dir) throws IOException {
        // large waves of accounts that live a day, each wave opened over one to six hours: some wave is
        // still being opened when the campaign ends
        Path f = write(dir, "{\"campaigns\": [{\"id\": \"short\", \"accounts\": 3000, \"exchanges\": 60000,"
                + " \"end_day\": 2, \"wave_size\": \"100-250\", \"lifetime_days\": 1}]}");
        Path out = dir.resolve("out");
        Simulator.run(new SimulationRequest("quickstart", out, 11, 0.1, null, f), null);
        Instant end = Instant.parse(JSON.readTree(out.resolve("scenario.json").toFile()).get("start").asText()).plus(Duration.ofDays(2));
        Set<String> campaign = SimulatorContractTest.accountsOf("short", out);
        Set<String> listed = new HashSet<>();
        for (JsonNode a : SimulatorContractTest.lines(out.resolve("accounts.jsonl"))) {
            String id = a.get("account_id").asText();
            if (campaign.contains(id)) {
                listed.add(id);
                assertThat(Instant.parse(a.get("created_at").asText())).as("opened at, %s", id).isBefore(end);
            }
        }
        assertThat(listed).hasSizeGreaterThan(100).isEqualTo(campaign);
    }

    @Test
    void everyRedTeamExampleInTheDocsIsValid() throws IOException {
        Path dir = Path.of("../docs/red-team");
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : files) {
            assertThat(CampaignFile.read(f, 21)).as("%s", f).isNotEmpty();
        }
    }

    private static void assertError(Path dir, String json, String... parts) throws IOException {
        Path f = write(dir, json);
        assertThatThrownBy(() -> CampaignFile.read(f, 21)).isInstanceOf(CampaignFile.Invalid.class)
                .hasMessageStartingWith(f.toString()).hasMessageContainingAll(parts);
    }

    private static Path write(Path dir, String json) throws IOException {
        return Files.writeString(dir.resolve("campaigns.json"), json);
    }
}
