package org.hydraguard.io.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.hydraguard.core.policy.ActionThresholds;
import org.hydraguard.core.policy.Allowlist;
import org.hydraguard.core.policy.Expiry;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyYamlTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsTheDefaultPolicy() throws IOException {
        assertThat(PolicyYaml.parse("", "policy.yaml")).isEqualTo(Policy.defaults());
        assertThat(PolicyYaml.parse("# nothing but a comment\n", "policy.yaml")).isEqualTo(Policy.defaults());
    }

    @Test
    void writtenDefaultsReadBackEqual() throws IOException {
        assertThat(PolicyYaml.parse(PolicyYaml.write(Policy.defaults()), "policy.yaml")).isEqualTo(Policy.defaults());
    }

    @Test
    void readsAPartialPolicyOverTheDefaults() throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, """
                thresholds:
                  block: 0.9
                allowlist:
                  accounts: [acct_1, "acct 2", 1234]
                  orgs: org_9
                shadow_mode: true
                expiry:
                  block: never
                  throttle: PT12H
                detection:
                  min_entities: 8
                """);
        Policy p = PolicyYaml.load(file);
        assertThat(p.thresholds()).isEqualTo(new ActionThresholds(0.45, 0.60, 0.72, 0.9));
        assertThat(p.allowlist()).isEqualTo(new Allowlist(Set.of("acct_1", "acct 2", "1234"), Set.of("org_9")));
        assertThat(p.shadowMode()).isTrue();
        assertThat(p.expiry()).isEqualTo(new Expiry(Duration.ofDays(7), Duration.ofHours(12), Duration.ofDays(7), null));
        assertThat(p.detection().minEntities()).isEqualTo(8);
        assertThat(p.detection().joinExchanges()).isEqualTo(Policy.defaults().detection().joinExchanges());
    }

    @Test
    void anOutOfRangeValueNamesFileLineAndField() {
        String yaml = """
                # comment
                thresholds:
                  monitor: 0.4
                  throttle: 0.6
                  challenge: 0.7
                  block: 1.4
                """;
        assertThatThrownBy(() -> PolicyYaml.parse(yaml, "policy.yaml"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("policy.yaml:6: field thresholds.block: must be between 0 and 1, got 1.4");
    }

    @Test
    void unknownKeysAreRejectedWithADidYouMean() {
        assertThatThrownBy(() -> PolicyYaml.parse("thresholds:\n  throtle: 0.5\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2: field thresholds.throtle: unknown key; did you mean 'throttle'?");
        assertThatThrownBy(() -> PolicyYaml.parse("shadowmode: true\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:1: field shadowmode: unknown key; did you mean 'shadow_mode'?");
        assertThatThrownBy(() -> PolicyYaml.parse("colour: red\n", "p.yaml"))
                .hasMessage("p.yaml:1: field colour: unknown key Allowed here: "
                        + "thresholds, allowlist, shadow_mode, expiry, detection");
    }

    @Test
    void wrongTypesAndBrokenRulesAreNamed() {
        assertThatThrownBy(() -> PolicyYaml.parse("shadow_mode: maybe\n", "p.yaml"))
                .hasMessage("p.yaml:1: field shadow_mode: expected true or false, got 'maybe'");
        assertThatThrownBy(() -> PolicyYaml.parse("detection:\n  min_entities: 1\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2: field detection.min_entities: minEntities must be at least 2");
        assertThatThrownBy(() -> PolicyYaml.parse("detection:\n  min_entities: 2.5\n", "p.yaml"))
                .hasMessage("p.yaml:2: field detection.min_entities: expected a whole number, got 2.5");
        assertThatThrownBy(() -> PolicyYaml.parse("expiry:\n  block: soon\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2: field expiry.block: expected a duration like 7d");
        assertThatThrownBy(() -> PolicyYaml.parse("\nthresholds:\n  monitor: 0.9\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2: field thresholds: action thresholds must rise with severity");
        assertThatThrownBy(() -> PolicyYaml.parse("thresholds: 0.5\n", "p.yaml"))
                .hasMessage("p.yaml:1: field thresholds: expected a mapping of settings, got 0.5");
        assertThatThrownBy(() -> PolicyYaml.parse("- a\n- b\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:1: a policy is a mapping of sections");
        assertThatThrownBy(() -> PolicyYaml.parse("thresholds:\n  block: 0.9\n  block: 0.8\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:3: field thresholds.block: appears twice");
        assertThatThrownBy(() -> PolicyYaml.parse("thresholds: [unclosed\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aMissingFileIsReportedAsSuch() {
        assertThatThrownBy(() -> PolicyYaml.load(dir.resolve("absent.yaml"))).isInstanceOf(NoSuchFileException.class);
    }

    @Property
    void anyValidPolicySurvivesARoundTrip(@ForAll @DoubleRange(min = 0, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 1) double b, @ForAll @IntRange(min = 2, max = 1000) int entities,
            @ForAll @IntRange(min = 1, max = 100_000) int throttleMinutes, @ForAll boolean shadow) throws IOException {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        Policy d = Policy.defaults();
        Policy p = d.withThresholds(new ActionThresholds(low, low, high, high))
                .withShadowMode(shadow)
                .withAllowlist(new Allowlist(Set.of("a \"quoted\" id", "x\\y"), Set.of()))
                .withExpiry(new Expiry(null, Duration.ofMinutes(throttleMinutes), Duration.ofSeconds(90), Duration.ofDays(30)))
                .withDetection(withMinEntities(d.detection(), entities));
        assertThat(PolicyYaml.parse(PolicyYaml.write(p), "p.yaml")).isEqualTo(p);
    }

    /** Changes one tuning field through the YAML itself, so the test follows the record as it grows. */
    private static org.hydraguard.core.policy.Detection withMinEntities(org.hydraguard.core.policy.Detection d, int n)
            throws IOException {
        return PolicyYaml.parse("detection:\n  min_entities: " + n + "\n", "p.yaml").detection();
    }

    @Test
    void detectionKeysFollowTheEngineRecord() throws IOException {
        for (java.lang.reflect.RecordComponent c : org.hydraguard.core.policy.Detection.class.getRecordComponents()) {
            assertThat(PolicyYaml.write(Policy.defaults())).contains("  " + RecordSection.snake(c.getName()) + ": ");
        }
        assertThatThrownBy(() -> PolicyYaml.parse("detection:\n  join_exchanges: 0\n", "p.yaml"))
                .hasMessage("p.yaml:2: field detection.join_exchanges: joinExchanges must be at least 1: 0");
        assertThatThrownBy(() -> PolicyYaml.parse("detection:\n  min_share: 1.5\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2: field detection.min_share: ");
        assertThatThrownBy(() -> PolicyYaml.parse("detection:\n  min_entites: 3\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2: field detection.min_entites: unknown key; did you mean 'min_entities'?");
    }

    @Test
    void suggestsOnlyNearKeys() {
        assertThat(KeySuggestion.nearest("blok", java.util.List.of("monitor", "block"))).isEqualTo("block");
        assertThat(KeySuggestion.nearest("zzzzzz", java.util.List.of("monitor", "block"))).isNull();
        assertThat(KeySuggestion.distance("kitten", "sitting")).isEqualTo(3);
    }
}
