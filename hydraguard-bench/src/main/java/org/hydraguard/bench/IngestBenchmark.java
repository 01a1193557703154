package org.hydraguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.ContractJson;
import org.hydraguard.io.RecordParser;
import org.hydraguard.server.IngestBody;
import org.hydraguard.store.JournalEntry;
import org.hydraguard.store.Store;
import org.hydraguard.store.StoreConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The service's ingest path, per exchange: parsing a JSON Lines request body ({@link IngestBody#parse})
 * and journalling a batch ({@link Store#appendFresh}) into an embedded SQLite store, one commit (one
 * fsync, {@code synchronous=FULL}) per batch of {@value #BATCH}. Scores are exchanges per second.
 * Each iteration starts a fresh store file in a temp directory; every batch holds ids never journalled
 * (simulated exchanges, renamed per round outside the measurement), so each append does the full work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class IngestBenchmark {
    static final int BATCH = 1_000;

    private byte[] body;
    private RecordParser<Exchange> parser;

    @Setup(Level.Trial)
    public void simulate() {
        StringBuilder text = new StringBuilder();
        for (Exchange e : Journal.simulated().subList(0, BATCH)) {
            text.append(ContractJson.toJson(e)).append('\n');
        }
        body = text.toString().getBytes(StandardCharsets.UTF_8);
        parser = RecordParser.exchanges();
    }

    /** Splitting and parsing a {@value #BATCH}-line request body, as {@code POST /v1/exchanges} does. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public IngestBody<Exchange> parseBody() {
        IngestBody<Exchange> parsed = IngestBody.parse(body, parser);
        if (parsed.accepted().size() != BATCH) {
            throw new IllegalStateException("parsed " + parsed.accepted().size() + " of " + BATCH + " lines: "
                    + parsed.rejected());
        }
        return parsed;
    }

    /** The route's path: journal each exchange as the line it was received as. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<JournalEntry> appendFreshWithLines(Journal j) {
        return j.checked(j.store.appendFresh(j.batch, j.lines));
    }

    /** Without the received lines: the store writes each exchange out as contract JSON itself. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<JournalEntry> appendFresh(Journal j) {
        return j.checked(j.store.appendFresh(j.batch));
    }

    /** A fresh store per iteration and, per invocation, a batch of ids it never saw. */
    @State(Scope.Benchmark)
    public static class Journal {
        private List<Exchange> source;
        private Path dir;
        private Store store;
        private int cursor;
        private int round;
        private List<Exchange> batch;
        private List<String> lines;

        static List<Exchange> simulated() {
            List<Exchange> all = BenchInput.simulate().exchanges;
            List<Exchange> whole = all.subList(0, all.size() - all.size() % BATCH);
            if (whole.isEmpty()) {
                throw new IllegalStateException("the simulation gave " + all.size() + " exchanges; need " + BATCH);
            }
            return whole;
        }

        @Setup(Level.Trial)
        public void simulate() {
            source = simulated();
        }

        @Setup(Level.Iteration)
        public void openStore() throws IOException {
            dir = Files.createTempDirectory("hydraguard-bench-store");
            store = Store.open(StoreConfig.sqlite(dir.resolve("hydraguard.db")));
        }

        /** The next batch of never-journalled exchanges, with their contract JSON as the route passes it. */
        @Setup(Level.Invocation)
        public void nextBatch() {
            if (cursor == source.size()) {
                cursor = 0;
                round++;
            }
            List<Exchange> chunk = source.subList(cursor, cursor + BATCH);
            cursor += BATCH;
            batch = new ArrayList<>(BATCH);
            lines = new ArrayList<>(BATCH);
            for (Exchange e : chunk) {
                Exchange renamed = round == 0 ? e : e.toBuilder().id(e.id() + "~" + round).build();
                batch.add(renamed);
                lines.add(ContractJson.toJson(renamed));
            }
        }

        @TearDown(Level.Iteration)
        public void closeStore() throws IOException {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }

        List<JournalEntry> checked(List<JournalEntry> fresh) {
            if (fresh.size() != BATCH) {
                throw new IllegalStateException("journalled " + fresh.size() + " of " + BATCH + " exchanges; expected all new");
            }
            return fresh;
        }
    }
}
