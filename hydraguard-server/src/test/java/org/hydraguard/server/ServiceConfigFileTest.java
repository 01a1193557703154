package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hydraguard.store.PolicyMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigFileTest {
    private static final Tokens TOKENS = new Tokens(Map.of());

    @TempDir
    Path dir;

    @Test
    void readsEveryKeyAndResolvesPathsAgainstTheFile() throws Exception {
        Path f = write("""
                port: 9090
                store: {url: "jdbc:postgresql://db:5432/hg", user: hg, password_env: HG_DB}
                headers: {account: x-account}
                fail_open: false
                queue_batches: 8
                snapshot_every: 5000
                snapshot_interval: 90s
                journal_retention: 7d
                follow_dir: inbox
                mode: enforce
                """);
        ServiceConfig c = ServiceConfigFile.load(f, TOKENS, Map.of("HG_DB", "secret"));
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.store().password()).isEqualTo("secret");
        assertThat(c.store().toString()).doesNotContain("secret");
        assertThat(c.settings().accountHeader()).isEqualTo("x-account");
        assertThat(c.settings().failOpen()).isFalse();
        assertThat(c.settings().queueBatches()).isEqualTo(8);
        assertThat(c.checkpoints().snapshotEveryExchanges()).isEqualTo(5000);
        assertThat(c.checkpoints().snapshotInterval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.checkpoints().journalRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(c.followDir()).isEqualTo(dir.resolve("inbox").toAbsolutePath());
        assertThat(c.mode()).isEqualTo(PolicyMode.ENFORCE);
    }

    @Test
    void anEmptyFileMeansTheDefaultsWithTheStoresOwnMode() throws Exception {
        ServiceConfig c = ServiceConfigFile.load(write(""), TOKENS, Map.of());
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.store().url()).endsWith("hydraguard-data/hydraguard.db");
        assertThat(c.mode()).isNull();
    }

    @Test
    void mistakesNameTheFileTheKeyAndTheValue() throws Exception {
        assertThatThrownBy(() -> ServiceConfigFile.load(write("snapshot_intervall: 5m\n"), TOKENS, Map.of()))
                .hasMessageContaining("serve.yaml").hasMessageContaining("unknown key 'snapshot_intervall'");
        assertThatThrownBy(() -> ServiceConfigFile.load(write("journal_retention: forever\n"), TOKENS, Map.of()))
                .hasMessageContaining("journal_retention is '\"forever\"'").hasMessageContaining("such as 500ms");
        assertThatThrownBy(() -> ServiceConfigFile.load(write("port: 70000\n"), TOKENS, Map.of()))
                .hasMessageContaining("port is '70000'; expected a whole number from 0 to 65535");
        assertThatThrownBy(() -> ServiceConfigFile.load(write("mode: strict\n"), TOKENS, Map.of()))
                .hasMessageContaining("mode is '\"strict\"'; expected shadow or enforce");
        assertThatThrownBy(() -> ServiceConfigFile.load(write("store: {url: \"jdbc:postgresql://db/hg\", password_env: NOPE}\n"),
                TOKENS, Map.of())).hasMessageContaining("store.password_env names environment variable NOPE, which is not set");
        assertThatThrownBy(() -> ServiceConfigFile.load(write("store: {url: \"jdbc:mysql://db/hg\"}\n"), TOKENS, Map.of()))
                .hasMessageContaining("store.url");
    }

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("serve.yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
