package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.io.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheDefaultsAsAPolicyThatReadsBackEqual() throws IOException {
        CommandRun run = CommandRun.of("policy", "--print-defaults");
        assertThat(run.exitCode()).isZero();
        assertThat(PolicyYaml.parse(run.out(), "stdout")).isEqualTo(Policy.defaults());
    }

    @Test
    void theShippedPolicyFileMirrorsTheEngineDefaults() throws IOException {
        try (InputStream in = PolicyCommand.class.getResourceAsStream("/org/hydraguard/policy/default-policy.yaml")) {
            assertThat(in).as("shipped default-policy.yaml").isNotNull();
            String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // if this fails, the engine's defaults changed: update default-policy.yaml from
            // `hydraguard policy --print-defaults`
            assertThat(PolicyYaml.parse(shipped, "default-policy.yaml")).isEqualTo(Policy.defaults());
        }
    }

    @Test
    void checkNamesTheLineAndFieldOfAMistake() throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "thresholds:\n  block: 1.4\n");
        CommandRun run = CommandRun.of("policy", "--check", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).isEqualTo("hydraguard policy: policy.yaml:2: field thresholds.block: "
                + "must be between 0 and 1, got 1.4" + System.lineSeparator());
        CommandRun missing = CommandRun.of("policy", "--check", dir.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.err()).contains("nope.yaml: no such file");
    }

    @Test
    void oneOfTheTwoModesIsRequired() {
        assertThat(CommandRun.of("policy").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
