package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hydraguard.server.ServiceHarness.INGEST;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.hydraguard.core.model.Decision;
import org.hydraguard.sim.SimulationRequest;
import org.hydraguard.sim.Simulator;
import org.hydraguard.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarts over the same store: a graceful one and a crash-like one (queued batches dropped, no final
 * snapshot) must both end in the state of a run that was never interrupted, with every exchange
 * consumed once and every decision recorded once.
 */
class DurabilityTest {
    @TempDir
    static Path sim;
    static String accounts;
    static List<String> batches;
    static long distinct;

    @BeforeAll
    static void simulate() throws IOException {
        Simulator.run(new SimulationRequest("quickstart", sim, 7, 0.05, null), (a, b, c) -> { });
        accounts = Files.readString(sim.resolve("accounts.jsonl"));
        String all;
        try (var in = new GZIPInputStream(Files.newInputStream(sim.resolve("exchanges.jsonl.gz")))) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = all.split("\n");
        distinct = lines.length;
        batches = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 1_000) {
            batches.add(String.join("\n", java.util.Arrays.copyOfRange(lines, i, Math.min(lines.length, i + 1_000))));
        }
    }

    private static UnaryOperator<ServiceConfig> snapshotEvery(long exchanges) {
        return c -> c.withCheckpoints(new Checkpoints(exchanges, Duration.ofMinutes(5), Duration.ofMillis(200),
                Duration.ofDays(30)));
    }

    /**
     * Snapshots every 3,000 exchanges (a restart restores one and replays the rest), or never before
     * the crash (a restart replays the whole journal, re-making every decision made before it).
     */
    @ParameterizedTest
    @ValueSource(longs = {3_000, 1_000_000})
    void aCrashAndAGracefulRestartEndInTheStateOfAnUninterruptedRun(long every, @TempDir Path a, @TempDir Path b)
            throws Exception {
        Outcome reference;
        try (ServiceHarness h = ServiceHarness.sqlite(a, snapshotEvery(every))) {
            send(h, 0, batches.size());
            h.awaitIdle();
            reference = outcome(h);
        }
        assertThat(reference.decisions).as("the workload must produce decisions to compare").isNotEmpty();
        assertThat(reference.campaigns).isNotEmpty();

        try (ServiceHarness h = ServiceHarness.sqlite(b, snapshotEvery(every))) {
            int most = batches.size() - 3;
            send(h, 0, most);
            h.crashAndRestart(); // whatever was queued is lost from memory; the journal has it
            send(h, most - 2, batches.size() - 2); // overlaps: the client re-sends what it is unsure of
            h.restart();
            send(h, batches.size() - 4, batches.size());
            h.awaitIdle();
            Outcome after = outcome(h);

            assertThat(after.exchanges).isEqualTo(distinct).isEqualTo(reference.exchanges);
            assertThat(after.journalled).isEqualTo(distinct);
            assertThat(after.campaigns).isEqualTo(reference.campaigns);
            assertThat(after.decisions).isEqualTo(reference.decisions);
            assertThat(h.service().parts().board().get(after.decisions.keySet().iterator().next(), null)).isPresent();

            // everything sent again after yet another restart is a duplicate, and changes nothing
            h.crashAndRestart();
            for (String batch : batches) {
                assertThat(h.post("/v1/exchanges", INGEST, batch).body()).contains("\"accepted\":0,");
            }
            h.awaitIdle();
            assertThat(outcome(h)).isEqualTo(after);
        }
    }

    private static void send(ServiceHarness h, int from, int to) throws Exception {
        if (from == 0) {
            assertThat(h.post("/v1/accounts", INGEST, accounts).statusCode()).isEqualTo(202);
        }
        for (int i = from; i < to; i++) {
            while (h.post("/v1/exchanges", INGEST, batches.get(i)).statusCode() == 429) {
                Thread.sleep(20);
            }
        }
    }

    record Outcome(long exchanges, long journalled, List<String> campaigns, Map<String, List<Decision>> decisions) {}

    private static Outcome outcome(ServiceHarness h) throws Exception {
        h.awaitIdle();
        LiveEngine e = h.engine();
        Store store = h.service().parts().store();
        // campaigns are saved on the checkpoint cadence; wait for the set that covers everything consumed
        Thread.sleep(500);
        h.awaitIdle();
        List<String> campaigns = store.investigation().campaignsByRisk(100).stream().map(org.hydraguard.io.ContractJson::toJson).toList();
        TreeSet<String> ids = new TreeSet<>();
        store.accounts(acc -> ids.add(acc.accountId()));
        Map<String, List<Decision>> decisions = new LinkedHashMap<>();
        for (String id : ids) {
            List<Decision> d = store.investigation().decisionsFor(id);
            if (!d.isEmpty()) {
                decisions.put(id, d);
            }
        }
        return new Outcome(e.exchangesDecided(), e.exchangesJournalled(), campaigns, decisions);
    }
}
