package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void offlineRunsSimulateAnalyzeAndEvaluateAndNamesTheReport() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = HydraguardCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));

        int code = line.execute("demo", "--offline", "--out", dir.toString(), "--seed", "3");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("$ hydraguard simulate --scenario quickstart")
                .contains("$ hydraguard analyze")
                .contains("$ hydraguard evaluate")
                .contains("Report: " + dir.resolve("results/report.html").toAbsolutePath());
        assertThat(dir.resolve("results/report.html")).isRegularFile();
        assertThat(dir.resolve("results/evaluation.json")).isRegularFile();
        assertThat(Files.readString(dir.resolve("results/evaluation.json"))).contains("adjusted_rand_index");
    }

    @Test
    void liveStreamsTheWeekIntoTheServiceAndTheCampaignIsFound() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = HydraguardCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));

        int code = line.execute("demo", "--out", dir.toString(), "--seed", "3", "--port", "0", "--minutes", "0.1",
                "--exit-when-done");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("Console: +http://127\\.0\\.0\\.1:\\d+/console/")
                .containsPattern("exchanges read \\d+, accepted \\d+, duplicates 0, rejected 0")
                .containsPattern("Campaigns found: [1-9]");
        assertThat(dir.resolve("store/hydraguard.db")).isRegularFile();
    }
}
