package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hydraguard.core.model.Decision;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;
import org.hydraguard.sim.SimulationRequest;
import org.hydraguard.sim.Simulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analyze and evaluate on a tiny simulated run, through the real command line and the real engine.
 * Asserts the files, the contract and the bookkeeping, not detection quality (that is the
 * experiments' job).
 */
class AnalyzeEndToEndTest {
    private static final Pattern RECONCILIATION =
            Pattern.compile("exchanges: read (\\d+), accepted (\\d+), rejected (\\d+), duplicates (\\d+)");

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void simulate() throws IOException {
        data = dir.resolve("data");
        Simulator.run(new SimulationRequest("quickstart", data, 11, 0.03, null), (t, w, n) -> { });
    }

    @Test
    void analyzesASimulatedRunAndEvaluatesIt() throws IOException {
        Path out = dir.resolve("results");
        CommandRun run = CommandRun.of("analyze", "--exchanges", data.resolve("exchanges.jsonl.gz").toString(),
                "--accounts", data.resolve("accounts.jsonl").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("no --accounts given");
        long[] counts = reconciliation(run.out());
        assertThat(counts[0]).isEqualTo(counts[1] + counts[2] + counts[3]).isEqualTo(lines(data.resolve("exchanges.jsonl.gz")));
        assertThat(counts[2]).isZero();
        assertThat(out.resolve("rejects.jsonl")).doesNotExist();
        for (String f : List.of("decisions.jsonl", "campaigns.jsonl", "run.json", "report.html")) {
            assertThat(out.resolve(f)).exists();
        }
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Decision> decisions = ContractReaders.decisions(List.of(out.resolve("decisions.jsonl")),
                        rejects, ReadOptions.defaults())) {
            decisions.forEachRemaining(d -> assertThat(d.decidedAt()).isNotNull());
            assertThat(rejects.count()).as("decisions that do not validate against the contract").isZero();
        }
        assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>").doesNotContain("<script");
        JsonNode runJson = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(runJson.path("exchanges").asLong()).isEqualTo(counts[1]);
        JsonNode cpu = runJson.path("cpu_seconds");
        for (String stage : List.of("reading", "signals", "engine")) {
            assertThat(cpu.path(stage).asDouble()).as("CPU of the %s stage", stage).isPositive();
        }
        assertThat(cpu.path("process").asDouble()).isGreaterThan(cpu.path("engine").asDouble());

        CommandRun eval = CommandRun.of("evaluate", "--data", data.toString(), "--results", out.toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode evaluation = new ObjectMapper().readTree(out.resolve("evaluation.json").toFile());
        assertThat(evaluation.path("exchanges").asLong()).isEqualTo(counts[1]);
        assertThat(evaluation.path("campaigns").size()).isPositive();
        assertThat(evaluation.path("run").path("exchanges").asLong()).isEqualTo(counts[1]);
    }

    @Test
    void badRecordsGoToRejectsAndTheCountsStillReconcile() throws IOException {
        Path dirty = dir.resolve("dirty.jsonl.gz");
        long good;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(data.resolve("exchanges.jsonl.gz"))), StandardCharsets.UTF_8));
                OutputStream raw = new GZIPOutputStream(Files.newOutputStream(dirty))) {
            List<String> lines = in.lines().limit(2000).toList();
            good = lines.size();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                b.append(lines.get(i)).append('\n');
                if (i == 10) {
                    b.append("{\"id\":\"broken\"\n");
                    b.append("{\"id\":\"x1\",\"ts\":\"not a time\",\"account_id\":\"a\",\"ip\":\"1.2.3.4\",\"api\":\"a\","
                            + "\"model\":\"m\",\"turns\":1,\"status\":200,\"input_tokens\":1,\"output_tokens\":1}\n");
                    b.append(lines.get(i)).append('\n'); // a duplicate
                }
            }
            raw.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("dirty-results");
        CommandRun run = CommandRun.of("analyze", "--exchanges", dirty.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: no --accounts given").contains("campaigns are seldom actioned");
        long[] counts = reconciliation(run.out());
        assertThat(counts).containsExactly(good + 3, good, 2, 1);
        List<String> rejects = Files.readAllLines(out.resolve("rejects.jsonl"));
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1)).contains("\"field\":\"ts\"").contains("\"line\":13");
        assertThat(run.out()).contains("rejects.jsonl");
    }

    @Test
    void twoRunsOverTheSameInputWriteIdenticalDecisionsAndCampaigns() throws IOException {
        // signals are prepared on a worker thread ahead of the engine; the outputs must not notice
        String[] files = {"decisions.jsonl", "campaigns.jsonl"};
        Path first = dir.resolve("run-a");
        Path second = dir.resolve("run-b");
        for (Path out : new Path[] {first, second}) {
            CommandRun run = CommandRun.of("analyze", "--exchanges", data.resolve("exchanges.jsonl.gz").toString(),
                    "--accounts", data.resolve("accounts.jsonl").toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        for (String f : files) {
            assertThat(Files.readAllBytes(second.resolve(f))).as(f).isEqualTo(Files.readAllBytes(first.resolve(f)));
        }
    }

    @Test
    void benchReportsParseAndEndToEndSpeedAndStatePerSubject() {
        CommandRun run = CommandRun.of("bench", "--data", data.toString(), "--rounds", "1",
                "--work", dir.resolve("bench").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("raw parse: +[\\d,]+ exchanges/s")
                .containsPattern("end to end: +[\\d,]+ exchanges/s")
                .containsPattern("ratio: +\\d+\\.\\d\\d of raw parse speed")
                .containsPattern("warm median: +raw parse [\\d,]+ exchanges/s, end to end [\\d,]+ exchanges/s \\(median of the last \\d+ rounds\\)")
                .containsPattern("end to end rounds: +[\\d,]+/s \\(\\d+\\.\\d us CPU\\)")
                .containsPattern("end to end CPU: +reading \\d+\\.\\d us, signals \\d+\\.\\d us, engine \\d+\\.\\d us, other \\d+\\.\\d us per exchange")
                .containsPattern("engine state: +[\\d,]+ bytes for [\\d,]+ subjects");
        Matcher stages = Pattern.compile("reading (\\d+\\.\\d) us, signals (\\d+\\.\\d) us, engine (\\d+\\.\\d) us")
                .matcher(run.out());
        assertThat(stages.find()).isTrue();
        for (int stage = 1; stage <= 3; stage++) {
            assertThat(Double.parseDouble(stages.group(stage))).as("stage %d's CPU per exchange", stage).isPositive();
        }
    }

    @Test
    void benchWithoutSimulatedInputIsAnInputError() {
        CommandRun run = CommandRun.of("bench", "--data", dir.resolve("nothing-here").toString(), "--rounds", "1",
                "--work", dir.resolve("bench2").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("nothing-here").contains("no such file");
    }

    @Test
    void aMissingInputIsAnInputError() {
        CommandRun run = CommandRun.of("analyze", "--exchanges", dir.resolve("nope.jsonl").toString(),
                "--out", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("nope.jsonl").doesNotContain("Exception");
    }

    private static long[] reconciliation(String out) {
        Matcher m = RECONCILIATION.matcher(out);
        assertThat(m.find()).as("reconciliation line in: " + out).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
    }

    private static long lines(Path gz) throws IOException {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).count();
        }
    }
}
