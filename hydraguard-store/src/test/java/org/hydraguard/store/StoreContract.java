package org.hydraguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hydraguard.store.Fixtures.at;
import static org.hydraguard.store.Fixtures.exchange;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hydraguard.core.model.Exchange;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database behind the store must show: the journal, snapshots, accounts and
 * restart. Run by {@link SqliteStoreTest} and, against a real PostgreSQL, by {@link PostgresStoreIT};
 * the investigator side is in {@link InvestigationContract}.
 */
abstract class StoreContract extends ReadConnectionContract {

    @Test
    void appendCountsEachIdOnceAcrossAndWithinBatches() {
        assertThat(store.append(List.of(exchange("a"), exchange("b"), exchange("c")))).isEqualTo(3);
        assertThat(store.append(List.of(exchange("b"), exchange("c"), exchange("d")))).isEqualTo(1);
        assertThat(store.append(List.of(exchange("e"), exchange("e")))).isEqualTo(1);
        assertThat(store.append(List.of())).isZero();

        assertThat(ids(0)).containsExactly("a", "b", "c", "d", "e");
        // sequences only grow; a skipped duplicate may leave a gap
        assertThat(store.lastSequence()).isGreaterThanOrEqualTo(5).isEqualTo(store.replay(0, e -> { }));
    }

    @Test
    void appendFreshNamesTheNewExchangesWithIncreasingSequences() {
        store.append(List.of(exchange("a")));
        List<JournalEntry> fresh = store.appendFresh(List.of(exchange("a"), exchange("b"), exchange("c"), exchange("b")));

        assertThat(fresh).extracting(e -> e.exchange().id()).containsExactly("b", "c");
        assertThat(fresh.get(1).sequence()).isGreaterThan(fresh.get(0).sequence());
        assertThat(fresh.get(1).sequence()).isEqualTo(store.lastSequence());
    }

    @Test
    void journalFindsExchangesByIdAndByAccountForTheConsole() {
        Exchange early = exchange("e1", at(0)).toBuilder().accountId("acct_x").build();
        Exchange later = exchange("e2", at(4_000)).toBuilder().accountId("acct_x").build();
        Exchange other = exchange("e3", at(10)).toBuilder().accountId("acct_y").build();
        store.append(List.of(early, later, other));

        assertThat(store.investigation().exchangesById(List.of("e3", "nope", "e1"))).containsExactly(early, other);
        assertThat(store.investigation().exchangesOf("acct_x", 10)).containsExactly(later, early);
        assertThat(store.investigation().exchangesOf("acct_x", 1)).containsExactly(later);
        List<long[]> hours = store.investigation().hourlyActivity(List.of("acct_x", "acct_y"));
        assertThat(hours).hasSize(2);
        assertThat(hours.get(0)[1]).isEqualTo(2); // e1 and e3 in the first hour
        assertThat(hours.get(0)[2]).isEqualTo(2); // from two accounts
        assertThat(hours.get(1)[1]).isEqualTo(1);
    }

    @Test
    void journalGivesBackEveryFieldOfTheExchange() {
        Exchange full = Fixtures.fullExchange("ex_full");
        Exchange bare = exchange("ex_bare");
        store.append(List.of(full, bare));

        List<Exchange> back = new ArrayList<>();
        store.replay(0, back::add);

        assertThat(back).containsExactly(full, bare);
    }

    @Test
    void replayStreamsOnlyTheEntriesAfterTheSequenceInOrder() {
        store.append(List.of(exchange("x1", at(30)), exchange("x2", at(10))));
        long middle = store.lastSequence();
        store.append(List.of(exchange("x3", at(20)), exchange("x4", at(0))));

        List<String> seen = new ArrayList<>();
        long last = store.replay(middle, e -> seen.add(e.id()));

        assertThat(seen).containsExactly("x3", "x4"); // sequence order, not event-time order
        assertThat(last).isEqualTo(store.lastSequence());
        assertThat(store.replay(last, e -> seen.add(e.id()))).isEqualTo(last);
        assertThat(seen).hasSize(2);
    }

    @Test
    void emptyStoreHasSequenceZeroAndNoSnapshot() {
        assertThat(store.lastSequence()).isZero();
        assertThat(store.latestSnapshot()).isEmpty();
        assertThat(ids(0)).isEmpty();
    }

    @Test
    void restoringTheLatestSnapshotAndReplayingGivesExactlyTheAcceptedSet() {
        for (int i = 0; i < 10; i++) {
            store.append(List.of(exchange("ex_" + i)));
        }
        long covered = store.lastSequence();
        store.saveSnapshot(covered, state(ids(0)));
        store.append(List.of(exchange("ex_3"), exchange("ex_10"), exchange("ex_11"), exchange("ex_10")));
        assertThat(store.prune(covered + 1)).isEqualTo(10);
        reopen(); // a restart

        StoredSnapshot snapshot = store.latestSnapshot().orElseThrow();
        List<String> restored = new ArrayList<>(Arrays.asList(
                new String(snapshot.state(), StandardCharsets.UTF_8).split("\n")));
        store.replay(snapshot.coveredSequence(), e -> restored.add(e.id()));

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add("ex_" + i);
        }
        assertThat(restored).containsExactlyElementsOf(expected);
    }

    @Test
    void idsOutliveThePrunedJournalSoResentExchangesStayDuplicates() {
        store.append(List.of(exchange("old_1"), exchange("old_2")));
        store.saveSnapshot(store.lastSequence(), new byte[] {1});
        long covered = store.lastSequence();
        store.prune(covered + 1);

        assertThat(store.append(List.of(exchange("old_1"), exchange("new_1")))).isEqualTo(1);
        assertThat(store.lastSequence()).isGreaterThan(covered);
        assertThat(ids(covered)).containsExactly("new_1");
    }

    @Test
    void pruneRefusesToDropEntriesNoSnapshotCovers() {
        store.append(List.of(exchange("a"), exchange("b"), exchange("c")));
        store.saveSnapshot(1, new byte[] {1});

        assertThatThrownBy(() -> store.prune(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot prune the journal before sequence 4: the latest snapshot covers only up to 1,"
                        + " so entries 2..3 would be lost; prune before at most 2");
        assertThat(store.prune(2)).isEqualTo(1);
        assertThat(ids(1)).containsExactly("b", "c");
    }

    @Test
    void replayFromBeforeThePrunedEntriesFailsInsteadOfSkippingThem() {
        store.append(List.of(exchange("a"), exchange("b"), exchange("c")));
        store.saveSnapshot(2, new byte[] {1});
        store.prune(3);

        assertThatThrownBy(() -> store.replay(0, e -> { }))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot replay the journal after sequence 0")
                .hasMessageContaining("entries up to 2 were pruned");
        assertThat(ids(2)).containsExactly("c");
    }

    @Test
    void keepsOnlyTheLastThreeSnapshotsAndGivesTheOneCoveringMost() {
        store.append(List.of(exchange("a"), exchange("b"), exchange("c"), exchange("d")));
        for (int seq = 1; seq <= 4; seq++) {
            store.saveSnapshot(seq, new byte[] {(byte) seq, 42});
        }
        assertThat(store.snapshotCount()).isEqualTo(Snapshots.KEPT);
        assertThat(store.latestSnapshot()).contains(new StoredSnapshot(4, new byte[] {4, 42}));
    }

    @Test
    void snapshotCannotCoverMoreThanTheJournalHolds() {
        store.append(List.of(exchange("a")));
        assertThatThrownBy(() -> store.saveSnapshot(2, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a snapshot cannot cover sequence 2: the journal has only reached 1");
    }

    @Test
    void largeSnapshotsRoundTrip() {
        store.append(List.of(exchange("a")));
        byte[] state = new byte[3 << 20];
        for (int i = 0; i < state.length; i++) {
            state[i] = (byte) (i * 31 + (i >>> 9));
        }
        store.saveSnapshot(1, state);
        assertThat(store.latestSnapshot().orElseThrow().state()).isEqualTo(state);
    }

    @Test
    void accountUpsertReplacesByIdAndListsInIdOrder() {
        store.upsert(Fixtures.account("acct_b", "free"));
        store.upsert(Fixtures.account("acct_a", "free"));
        store.upsert(Fixtures.account("acct_b", "scale"));

        List<org.hydraguard.core.model.Account> all = new ArrayList<>();
        assertThat(store.accounts(all::add)).isEqualTo(2);
        assertThat(all).containsExactly(Fixtures.account("acct_a", "free"), Fixtures.account("acct_b", "scale"));
    }

    @Test
    void everythingSurvivesReopeningAndMigrationsRunOnce() {
        store.append(List.of(exchange("a")));
        store.setPolicyMode(PolicyMode.ENFORCE, "alice", at(5));
        reopen();
        reopen();
        assertThat(store.lastSequence()).isEqualTo(1);
        assertThat(store.policyMode()).isEqualTo(PolicyMode.ENFORCE);
        assertThat(store.append(List.of(exchange("a")))).isZero();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() throws SQLException {
        store.audit("alice", at(1), "note", "campaign:c1", "first");
        try (Connection raw = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement s = raw.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit SET detail = 'forged'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(store.investigation().auditTrail("campaign:c1")).extracting(AuditEntry::detail).containsExactly("first");
    }

    // ---- property: one store per property, each try with ids of its own ----------------------

    private StoreConfig propertyConfig;
    private Store propertyStore;
    private int tryNumber;

    @BeforeProperty
    void openPropertyStore() throws Exception {
        propertyConfig = newDatabase();
        propertyStore = Store.open(propertyConfig);
    }

    @AfterProperty
    void closePropertyStore() {
        propertyStore.close();
    }

    @Property(tries = 40)
    void anyInterleavingOfAppendsReplaysEachIdExactlyOnceInFirstAcceptedOrder(
            @ForAll @Size(min = 1, max = 6) List<@Size(max = 8) List<@IntRange(min = 0, max = 12) Integer>> batches,
            @ForAll @IntRange(min = -1, max = 6) int restartAfterBatch) {
        String prefix = "t" + (tryNumber++) + "_";
        long before = propertyStore.lastSequence();
        Set<String> firstSeenOrder = new LinkedHashSet<>();
        long accepted = 0;
        for (int b = 0; b < batches.size(); b++) {
            List<Exchange> batch = new ArrayList<>();
            for (int n : batches.get(b)) {
                batch.add(exchange(prefix + n, at(n)));
                firstSeenOrder.add(prefix + n);
            }
            accepted += propertyStore.append(batch);
            if (b == restartAfterBatch) {
                propertyStore.close();
                propertyStore = Store.open(propertyConfig);
            }
        }
        List<String> replayed = new ArrayList<>();
        long last = propertyStore.replay(before, e -> replayed.add(e.id()));

        assertThat(accepted).isEqualTo(firstSeenOrder.size());
        assertThat(replayed).containsExactlyElementsOf(firstSeenOrder);
        assertThat(last).isEqualTo(propertyStore.lastSequence());
        assertThat(last - before).isGreaterThanOrEqualTo(firstSeenOrder.size());
    }

    private List<String> ids(long after) {
        List<String> ids = new ArrayList<>();
        store.replay(after, e -> ids.add(e.id()));
        return ids;
    }

    private static byte[] state(List<String> ids) {
        Set<String> unique = new LinkedHashSet<>(ids);
        return String.join("\n", unique).getBytes(StandardCharsets.UTF_8);
    }
}
