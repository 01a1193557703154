package org.hydraguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;
import org.hydraguard.sim.SimulationRequest;
import org.hydraguard.sim.Simulator;

/** Simulated input shared by the benchmarks: one quickstart run, read back into memory. */
final class BenchInput {
    final Path dir;
    final List<Exchange> exchanges;
    final List<Account> accounts;

    private BenchInput(Path dir, List<Exchange> exchanges, List<Account> accounts) {
        this.dir = dir;
        this.exchanges = exchanges;
        this.accounts = accounts;
    }

    static BenchInput simulate() {
        try {
            Path dir = Files.createTempDirectory("hydraguard-bench");
            String corpus = System.getProperty("hydraguard.corpus");
            Simulator.run(new SimulationRequest("quickstart", dir, 1, 0.2, corpus == null ? null : Path.of(corpus)),
                    (at, window, n) -> { });
            return new BenchInput(dir, read(dir.resolve("exchanges.jsonl.gz"), true), readAccounts(dir.resolve("accounts.jsonl")));
        } catch (IOException e) {
            throw new UncheckedIOException("simulating benchmark input failed", e);
        }
    }

    private static List<Exchange> read(Path file, boolean keep) throws IOException {
        List<Exchange> out = new ArrayList<>();
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Exchange> in = ContractReaders.exchanges(List.of(file), rejects, ReadOptions.defaults())) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<Account> readAccounts(Path file) throws IOException {
        List<Account> out = new ArrayList<>();
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Account> in = ContractReaders.accounts(List.of(file), rejects, ReadOptions.defaults())) {
            in.forEachRemaining(out::add);
        }
        return out;
    }
}
