package org.hydraguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConfigTest {

    @Test
    void anUnsupportedDatabaseIsNamedWithWhatIsSupported() {
        assertThatThrownBy(() -> new StoreConfig("jdbc:mysql://db:3306/hg?user=x&password=hunter2", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported database URL 'jdbc:mysql://db:3306/hg?user=x&password=***': the store supports"
                        + " jdbc:sqlite:<file> (the embedded single-file default, e.g."
                        + " jdbc:sqlite:/var/lib/hydraguard/hydraguard.db) and"
                        + " jdbc:postgresql://<host>[:<port>]/<database> (shared deployments)");
        assertThatThrownBy(() -> new StoreConfig(" ", null, null)).hasMessageStartingWith("store URL is missing");
    }

    @Test
    void inMemorySqliteIsRefusedBecauseTheStoreMustSurviveARestart() {
        assertThatThrownBy(() -> new StoreConfig("jdbc:sqlite::memory:", null, null))
                .hasMessageContaining("in-memory SQLite ('jdbc:sqlite::memory:') is not supported");
    }

    @Test
    void thePasswordNeverShows() {
        StoreConfig c = new StoreConfig("jdbc:postgresql://db/hg?password=hunter2", "hg", "s3cret");
        assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("s3cret").contains("password=***");
    }

    @Test
    void aMissingDirectoryIsReportedBeforeAnythingIsCreated(@TempDir Path dir) {
        Path file = dir.resolve("no/such/dir/hydraguard.db");
        assertThatThrownBy(() -> Store.open(StoreConfig.sqlite(file)))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open store jdbc:sqlite:" + file + ": directory " + file.getParent()
                        + " does not exist; create it or give another file");
    }
}
