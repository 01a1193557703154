package org.hydraguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hydraguard.store.Fixtures.exchange;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The investigator's reads run on a connection of their own: a console query that takes long (the
 * campaign page's hourly activity over 2,000 accounts) must not make ingest wait, and that connection
 * must not write.
 */
abstract class ReadConnectionContract extends InvestigationContract {

    @Test
    void anAppendCompletesWhileAConsoleReadHoldsItsTransactionOpen() throws Exception {
        store.append(List.of(exchange("before")));
        long before = store.lastSequence();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService console = Executors.newSingleThreadExecutor();
        ExecutorService ingest = Executors.newSingleThreadExecutor();
        try {
            // a read that sits inside its transaction (and the investigation's lock) until released
            Future<Long> slowRead = console.submit(() -> store.investigation().read("hold a read open", c -> {
                long seen;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM journal")) {
                    rs.next();
                    seen = rs.getLong(1);
                }
                reading.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return seen;
            }));
            assertThat(reading.await(30, TimeUnit.SECONDS)).as("the read transaction started").isTrue();

            // with one shared connection this append would wait for the read, and time out here
            Future<Long> append = ingest.submit(() -> store.append(List.of(exchange("during"))));
            assertThat(append.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(store.lastSequence()).isGreaterThan(before);

            release.countDown();
            assertThat(slowRead.get(30, TimeUnit.SECONDS)).as("the read saw the journal as of its start").isEqualTo(1);
            assertThat(store.investigation().exchangesById(List.of("before", "during")))
                    .as("a later read sees the append").hasSize(2);
        } finally {
            release.countDown();
            console.shutdownNow();
            ingest.shutdownNow();
        }
    }

    @Test
    void theReadConnectionRefusesToWrite() {
        store.append(List.of(exchange("kept")));

        assertThatThrownBy(() -> store.investigation().read("delete the journal", c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM journal");
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("cannot delete the journal in store");
        assertThat(store.investigation().exchangesById(List.of("kept"))).hasSize(1);
    }
}
