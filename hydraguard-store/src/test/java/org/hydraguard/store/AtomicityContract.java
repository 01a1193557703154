package org.hydraguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hydraguard.store.Fixtures.exchange;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;

/** All or nothing per append, and no double counting when two stores append to one database at once. */
abstract class AtomicityContract extends StoreFixture {

    @Test
    void aFailedAppendStoresNothingOfItsBatch() throws SQLException {
        store.append(List.of(exchange("a")));
        // the database fails on one exchange in the middle of the batch
        boolean sqlite = config.url().startsWith("jdbc:sqlite:");
        sql(sqlite
                ? "CREATE TRIGGER boom BEFORE INSERT ON journal WHEN NEW.json LIKE '%\"id\":\"boom\"%'"
                        + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
                : "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF NEW.json LIKE '%\"id\":\"boom\"%' THEN RAISE EXCEPTION 'injected failure'; END IF;"
                        + " RETURN NEW; END; $$",
                sqlite ? null : "CREATE TRIGGER boom BEFORE INSERT ON journal FOR EACH ROW EXECUTE FUNCTION boom()");

        assertThatThrownBy(() -> store.append(List.of(exchange("b"), exchange("c"), exchange("boom"), exchange("d"))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot append 4 exchanges in store")
                .hasMessageContaining("injected failure");

        sql(sqlite ? "DROP TRIGGER boom" : "DROP TRIGGER boom ON journal", null);
        List<String> ids = new ArrayList<>();
        store.replay(0, e -> ids.add(e.id()));
        assertThat(ids).containsExactly("a");
        assertThat(store.append(List.of(exchange("b"), exchange("c"), exchange("d")))).isEqualTo(3);
    }

    @Test
    void twoStoresAppendingOverlappingBatchesAtOnceAcceptEachIdOnce() throws Exception {
        List<Exchange> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(exchange("ex_" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store other = Store.open(config)) {
            List<Future<Long>> counts = new ArrayList<>();
            long seed = 42;
            for (Store s : List.of(store, other)) {
                List<Exchange> mine = new ArrayList<>(all);
                Collections.shuffle(mine, new Random(seed++));
                counts.add(pool.submit(() -> {
                    long n = 0;
                    for (int from = 0; from < mine.size(); from += 10) {
                        n += s.append(mine.subList(from, from + 10));
                    }
                    return n;
                }));
            }
            assertThat(counts.get(0).get() + counts.get(1).get()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        List<String> ids = new ArrayList<>();
        store.replay(0, e -> ids.add(e.id()));
        assertThat(ids).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void twoStoresThatReadThenWriteAtOnceNeitherFailsNorLosesAWrite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store other = Store.open(config)) {
            List<Future<?>> done = new ArrayList<>();
            for (Store s : List.of(store, other)) {
                String who = s == store ? "first" : "second";
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        s.append(List.of(exchange(who + "_" + i)));
                        s.saveSnapshot(s.lastSequence(), new byte[] {(byte) i});
                        s.setPolicyMode(i % 2 == 0 ? PolicyMode.ENFORCE : PolicyMode.SHADOW, who, Fixtures.at(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.snapshotCount()).isEqualTo(Snapshots.KEPT);
        assertThat(store.investigation().auditTrail(Settings.POLICY_SUBJECT)).hasSize(50);
        List<String> ids = new ArrayList<>();
        store.replay(0, e -> ids.add(e.id()));
        assertThat(ids).hasSize(50).doesNotHaveDuplicates();
    }

    private void sql(String first, String second) throws SQLException {
        try (Connection raw = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = raw.createStatement()) {
            s.execute(first);
            if (second != null) {
                s.execute(second);
            }
        }
    }
}
