package org.hydraguard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Exchanges per second read from a gzipped JSON Lines file: inflate, split, parse, validate, dedupe. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ParseBenchmark {
    private Path file;
    private long records;

    @Setup
    public void setup() {
        BenchInput input = BenchInput.simulate();
        file = input.dir.resolve("exchanges.jsonl.gz");
        records = input.exchanges.size();
    }

    /** One whole file per operation: exchanges per second = score x the file's exchange count (printed at setup). */
    @Benchmark
    public long readFile(Blackhole hole) throws IOException {
        long n = 0;
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Exchange> in = ContractReaders.exchanges(List.of(file), rejects, ReadOptions.defaults())) {
            while (in.hasNext()) {
                hole.consume(in.next());
                n++;
            }
        }
        if (n != records) {
            throw new IllegalStateException("read " + n + " exchanges, expected " + records);
        }
        return n;
    }
}
