package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hydraguard.core.model.Decision;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryOutputAndReconcilesBadRecords() throws IOException {
        Path exchanges = dir.resolve("exchanges.jsonl");
        Files.writeString(exchanges, String.join("\n",
                exchange("e1", "2026-04-22T00:00:01Z", "bad<script>1"),
                exchange("e2", "2026-04-22T00:00:02Z", "honest"),
                "{not json",
                exchange("e3", "2026-04-23T00:00:03Z", "bad<script>1"),
                "{\"id\":\"e4\",\"ts\":\"2026-04-23T00:00:04Z\",\"account_id\":\"x\"}",
                exchange("e3", "2026-04-23T00:00:03Z", "bad<script>1"),
                exchange("e5", "2026-04-24T00:00:05Z", "bad<script>1")) + "\n");
        Path accounts = dir.resolve("accounts.jsonl");
        Files.writeString(accounts, "{\"account_id\":\"honest\",\"created_at\":\"2026-01-01T00:00:00Z\"}\n");
        Path out = dir.resolve("out");
        java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();
        FakeDetector detector = new FakeDetector("bad");

        Analysis.Outcome o = new Analysis(detector, ticks::incrementAndGet).run(new Analysis.Request(List.of(exchanges),
                List.of(accounts), List.of(), out, ReadOptions.defaults()));

        var r = o.reconciliation().get("exchanges");
        assertThat(r.read()).isEqualTo(7);
        assertThat(r.accepted()).isEqualTo(4);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.read()).isEqualTo(r.accepted() + r.rejected() + r.duplicates());
        assertThat(o.reconciliation().get("accounts").accepted()).isEqualTo(1);
        assertThat(detector.accounts).hasSize(1);
        assertThat(o.exchanges()).isEqualTo(4);
        assertThat(ticks.get()).isEqualTo(4L);
        assertThat(o.subjectsActioned()).isEqualTo(1);

        assertThat(Files.readAllLines(out.resolve("rejects.jsonl"))).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("\"line\":3"))
                .anySatisfy(l -> assertThat(l).contains("\"line\":5"));
        try (Rejects none = Rejects.inMemory();
                RecordReader<Decision> decisions = ContractReaders.decisions(List.of(out.resolve("decisions.jsonl")), none,
                        ReadOptions.defaults())) {
            List<Decision> all = new ArrayList<>();
            decisions.forEachRemaining(all::add);
            assertThat(none.count()).isZero();
            assertThat(all).singleElement().satisfies(d -> {
                assertThat(d.accountId()).isEqualTo("bad<script>1");
                assertThat(d.decidedAt()).hasToString("2026-04-23T00:00:03Z");
            });
        }
        assertThat(Files.readAllLines(out.resolve("campaigns.jsonl"))).singleElement()
                .satisfies(l -> assertThat(l).contains("\"campaign_id\":\"fake-1\""));
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.path("exchanges").asLong()).isEqualTo(4);
        assertThat(run.path("reconciliation").path("exchanges").path("rejected").asLong()).isEqualTo(2);
        assertThat(run.path("engine").path("subjects").asInt()).isEqualTo(1);
        assertThat(run.has("exchanges_per_second")).isTrue();
        assertThat(run.path("java_version").asText()).isNotEmpty();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("bad&lt;script&gt;1").doesNotContain("<script");
        assertThat(html).contains("2026-04-22: 1").contains("2026-04-23: 1").contains("2026-04-24: 1");
    }

    @Test
    void aCleanRunLeavesNoRejectsFile() throws IOException {
        Path exchanges = dir.resolve("exchanges.jsonl");
        Files.writeString(exchanges, exchange("e1", "2026-04-22T00:00:01Z", "a") + "\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("rejects.jsonl"), "stale\n");
        new Analysis(new FakeDetector("bad"), () -> { }).run(new Analysis.Request(List.of(exchanges), List.of(), List.of(),
                out, ReadOptions.defaults()));
        assertThat(out.resolve("rejects.jsonl")).doesNotExist();
        assertThat(out.resolve("campaigns.jsonl")).isEmptyFile();
        assertThat(Files.readString(out.resolve("report.html"))).contains("No coordinated campaign was found");
    }

    static String exchange(String id, String ts, String account) {
        return "{\"id\":\"" + id + "\",\"ts\":\"" + ts + "\",\"account_id\":\"" + account + "\",\"ip\":\"198.51.100.7\","
                + "\"api\":\"openai.chat\",\"model\":\"m\",\"turns\":1,\"status\":200,\"input_tokens\":10,\"output_tokens\":20}";
    }
}
