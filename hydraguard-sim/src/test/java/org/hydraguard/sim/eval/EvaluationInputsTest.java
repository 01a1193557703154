package org.hydraguard.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationInputsTest {
    private static final String REST = "\"ip\":\"198.51.100.1\",\"api\":\"openai.chat\",\"model\":\"m\",\"turns\":1,"
            + "\"status\":200,\"input_tokens\":1,\"output_tokens\":2";
    @TempDir
    Path dir;

    @Test
    void readsLabelsWithAndWithoutEndUsers() throws IOException {
        Path file = write("labels.jsonl", """
                {"account_id":"a1","actor":"c1"}

                {"account_id":"r","end_user_id":"u1","actor":"c1","extra":true}
                """);
        assertThat(EvaluationInputs.labels(file)).containsExactly(new Label("a1", "c1"), new Label("r", "u1", "c1"));
    }

    @Test
    void readsDecisionsAndCampaigns() throws IOException {
        Path decisions = write("decisions.jsonl", """
                {"account_id":"a1","action":"throttle","campaign_id":"K1","score":0.8,"reasons":["x"],"decided_at":"2026-04-22T00:00:10Z"}
                {"account_id":"r","end_user_id":"u1","action":"block","score":0.9,"reasons":[],"decided_at":"2026-04-22T00:00:30.500Z"}
                """);
        ActionHistory history = new ActionHistory(Action.THROTTLE);
        EvaluationInputs.decisions(decisions, history);
        assertThat(history.everActioned()).containsExactlyInAnyOrder(Subject.account("a1"), new Subject("r", "u1"));
        Path campaigns = write("campaigns.jsonl", """
                {"campaign_id":"K1","accounts":["a1","a2"],"account_count":2,"exchanges":5,"input_tokens":1,"output_tokens":2,"first_seen":"2026-04-22T00:00:00Z","last_seen":"2026-04-22T00:01:00Z","capabilities":{},"score":0.9,"evidence":[],"attribution":null,"end_users":[{"account_id":"r","end_user_id":"u1"}]}
                """);
        List<Campaign> read = EvaluationInputs.campaigns(campaigns);
        assertThat(read).singleElement().satisfies(c -> {
            assertThat(c.accounts()).containsExactly("a1", "a2");
            assertThat(c.endUsers()).hasSize(1);
        });
    }

    @Test
    void streamsOnlyTheNeededFieldsOfGzippedExchanges() throws IOException {
        Path file = dir.resolve("exchanges.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("""
                    {"id":"e1","ts":"2026-04-22T00:00:01Z","account_id":"a1","prompt":"{\\"nested\\":[1,2]}","meta":{"k":[1]},%s}
                    {"id":"e2","ts":"2026-04-22T00:00:02Z","account_id":"r","end_user_id":"u1",%s}
                    {"id":"e2","ts":"2026-04-22T00:00:02Z","account_id":"r","end_user_id":"u1",%s}
                    {"id":"e3","ts":"2026-04-22T00:00:03Z","account_id":"r"}
                    """).formatted(REST, REST, REST).getBytes(StandardCharsets.UTF_8));
        }
        List<String> seen = new ArrayList<>();
        var counts = EvaluationInputs.exchanges(file, (ts, account, endUser) -> seen.add(ts + " " + account + " " + endUser));
        // as analyze reads them: the duplicate is counted once, the incomplete record skipped
        assertThat(seen).containsExactly("2026-04-22T00:00:01Z a1 null", "2026-04-22T00:00:02Z r u1");
        assertThat(counts.toString()).isEqualTo("read 4, accepted 2, rejected 1, duplicates 1");
    }

    @Test
    void errorsNameFileLineAndField() throws IOException {
        Path decisions = write("decisions.jsonl", """
                {"account_id":"a1","action":"throttle","score":0.7,"reasons":[],"decided_at":"2026-04-22T00:00:10Z"}
                {"account_id":"a1","action":"nuke","score":0.7,"reasons":[],"decided_at":"2026-04-22T00:00:10Z"}
                """);
        assertThatThrownBy(() -> EvaluationInputs.decisions(decisions, new ActionHistory(Action.THROTTLE)))
                .hasMessageStartingWith("decisions.jsonl:2: field action: ")
                .hasMessageContaining("nuke");
        Path labels = write("labels.jsonl", "{\"account_id\":\"a1\"}\n");
        assertThatThrownBy(() -> EvaluationInputs.labels(labels))
                .hasMessageStartingWith("labels.jsonl:1: field actor: ");
        Path broken = write("campaigns.jsonl", "{not json\n");
        assertThatThrownBy(() -> EvaluationInputs.campaigns(broken)).hasMessageStartingWith("campaigns.jsonl:1: ");
        assertThatThrownBy(() -> EvaluationInputs.labels(dir.resolve("absent.jsonl")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void runTimeAndNamesAreOptional() throws IOException {
        assertThat(EvaluationInputs.runTime(dir.resolve("run.json"))).isNull();
        assertThat(EvaluationInputs.campaignNames(dir.resolve("scenario.json"))).isEmpty();
        Path run = write("run.json", "{\"exchanges\":100,\"wall_seconds\":2.0,\"exchanges_per_second\":50.0}");
        assertThat(EvaluationInputs.runTime(run)).isEqualTo(new EvaluationResult.RunTime(100, 2.0, 50.0));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
