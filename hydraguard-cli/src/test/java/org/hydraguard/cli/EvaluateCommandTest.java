package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String REST = "\"ip\":\"198.51.100.1\",\"api\":\"openai.chat\",\"model\":\"m\",\"turns\":1,"
            + "\"status\":200,\"input_tokens\":1,\"output_tokens\":2";
    @TempDir
    Path dir;

    @Test
    void scoresAHandMadeRun() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path results = Files.createDirectories(dir.resolve("results"));
        Files.writeString(data.resolve("labels.jsonl"), """
                {"account_id":"a1","actor":"c1"}
                {"account_id":"a2","actor":"c1"}
                {"account_id":"a3","actor":"c1"}
                {"account_id":"h1","actor":"benign"}
                {"account_id":"h2","actor":"benign"}
                """);
        Files.writeString(data.resolve("exchanges.jsonl"), """
                {"id":"1","ts":"2026-04-22T00:00:00Z","account_id":"a1",%s}
                {"id":"2","ts":"2026-04-22T00:10:00Z","account_id":"a1",%s}
                {"id":"3","ts":"2026-04-22T00:20:00Z","account_id":"a1",%s}
                {"id":"4","ts":"2026-04-22T00:30:00Z","account_id":"a2",%s}
                {"id":"5","ts":"2026-04-22T00:40:00Z","account_id":"h1",%s}
                """.formatted(REST, REST, REST, REST, REST));
        Files.writeString(results.resolve("decisions.jsonl"), """
                {"account_id":"a1","action":"block","campaign_id":"K","score":0.9,"reasons":[],"decided_at":"2026-04-22T00:10:00Z"}
                {"account_id":"h1","action":"monitor","score":0.5,"reasons":[],"decided_at":"2026-04-22T00:40:00Z"}
                """);
        Files.writeString(results.resolve("campaigns.jsonl"), """
                {"campaign_id":"K","accounts":["a1","a2"],"account_count":2,"exchanges":4,"input_tokens":0,"output_tokens":0,"first_seen":"2026-04-22T00:00:00Z","last_seen":"2026-04-22T00:30:00Z","capabilities":{},"score":0.9,"evidence":[],"attribution":null}
                """);
        Files.writeString(results.resolve("run.json"), "{\"exchanges\":5,\"wall_seconds\":0.5,\"exchanges_per_second\":10.0}");

        CommandRun run = CommandRun.of("evaluate", "--data", data.toString(), "--results", results.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exchanges: read 5, accepted 5, rejected 0, duplicates 0").contains("c1").contains("33.3%")
                .contains("c1: 1 of its accounts sent no exchange (0 of them actioned); recall of the others 50.0%");
        JsonNode json = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        JsonNode c1 = json.path("campaigns").get(0);
        assertThat(c1.path("recall").asDouble()).isEqualTo(1.0 / 3); // a3 sent nothing and counts all the same
        assertThat(c1.path("silent_accounts").asLong()).isEqualTo(1);
        assertThat(c1.path("recall_of_active").asDouble()).isEqualTo(0.5);
        assertThat(c1.path("exchanges").asLong()).isEqualTo(4);
        assertThat(c1.path("exchanges_before_action").asLong()).isEqualTo(3); // a1 at :00, :10 and a2 (never)
        assertThat(c1.path("first_flag_delay_seconds").asDouble()).isEqualTo(600.0);
        assertThat(json.path("precision").asDouble()).isEqualTo(1.0);
        assertThat(json.path("honest_actioned").path("count").asLong()).isZero(); // monitor is not an action
        // truth {a1, a2, a3}, found {a1, a2}; h1, h2 and a3 alone: 10 pairs, index 1, expected 0.3, max 2
        assertThat(json.path("adjusted_rand_index").asDouble()).isCloseTo(0.7 / 1.7, within(1e-12));
        assertThat(json.path("run").path("wall_seconds").asDouble()).isEqualTo(0.5);

        CommandRun strict = CommandRun.of("evaluate", "--data", data.toString(), "--results", results.toString(),
                "--actioned-at", "monitor");
        assertThat(strict.exitCode()).isZero();
        JsonNode again = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        assertThat(again.path("honest_actioned").path("count").asLong()).isEqualTo(1);
    }

    @Test
    void reportsMissingAndBadInputsWithoutAStackTrace() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        CommandRun missing = CommandRun.of("evaluate", "--data", data.toString(), "--results", data.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.err()).contains("labels.jsonl: no such file").doesNotContain("Exception");
        Files.writeString(data.resolve("labels.jsonl"), "{\"account_id\":\"a\",\"actor\":\"c\"}\n");
        Files.writeString(data.resolve("decisions.jsonl"), "{\"account_id\":\"a\",\"action\":\"zap\",\"score\":0.5,\"reasons\":[],\"decided_at\":\"2026-04-22T00:00:00Z\"}\n");
        CommandRun bad = CommandRun.of("evaluate", "--data", data.toString(), "--results", data.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(bad.err()).startsWith("hydraguard evaluate: decisions.jsonl:1: field action: ").contains("zap");
        assertThat(CommandRun.of("evaluate", "--data", "x", "--results", "y", "--actioned-at", "nuke").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
