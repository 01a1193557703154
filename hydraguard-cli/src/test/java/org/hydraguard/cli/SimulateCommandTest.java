package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @Test
    void writesTheFourFilesAndReportsTotals(@TempDir Path dir) {
        CommandRun run = CommandRun.of("simulate", "--scenario", "quickstart", "--scale", "0.02", "--seed", "4", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("quickstart:").contains("honest:").contains("quickstart-op:");
        for (String f : new String[] {"exchanges.jsonl.gz", "accounts.jsonl", "labels.jsonl", "scenario.json"}) {
            assertThat(dir.resolve(f)).isRegularFile();
        }
    }

    @Test
    void anUnknownScenarioIsAUsageError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("simulate", "--scenario", "nope", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown scenario 'nope'").contains("quickstart, seed-2026, four-actors, evasion, unwrapped");
    }

    @Test
    void aBadScaleIsAUsageError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("simulate", "--scenario", "quickstart", "--scale", "0", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("scale must be greater than 0");
    }

    @Test
    void aMissingCorpusIsAnInputError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("simulate", "--scenario", "quickstart", "--scale", "0.01", "--out", dir.toString(),
                "--corpus", dir.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("corpus directory").contains("does not exist").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("exchanges.jsonl.gz"))).isFalse();
    }

    @Test
    void aBadCampaignFileIsAnInputErrorNamingTheLineAndKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "{\"campaigns\": [{\"id\": \"mine\",\n \"wave_size\": \"lots\"}]}");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("simulate", "--scenario", "quickstart", "--scale", "0.01", "--out", out.toString(),
                "--campaigns", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains(file + " line 2: campaign 1: wave_size must be").doesNotContain("Exception");
        assertThat(Files.exists(out)).as("nothing written").isFalse();
    }

    @Test
    void aCampaignFileReplacesTheScenariosCampaigns(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "{\"campaigns\": [{\"id\": \"mine\", \"accounts\": 500, \"exchanges\": 100000}]}");
        CommandRun run = CommandRun.of("simulate", "--scenario", "quickstart", "--scale", "0.02", "--seed", "4", "--out", dir.resolve("out").toString(),
                "--campaigns", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("mine:").doesNotContain("quickstart-op:");
    }

    @Test
    void helpListsTheScenarios() {
        CommandRun run = CommandRun.of("simulate", "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("quickstart").contains("seed-2026").contains("four-actors").contains("evasion")
                .contains("unwrapped").contains("dormant").contains("--corpus").contains("--campaigns");
    }
}
