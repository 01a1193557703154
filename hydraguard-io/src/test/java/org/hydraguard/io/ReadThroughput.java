package org.hydraguard.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.hydraguard.core.model.Exchange;

/**
 * Measures exchange read throughput on a generated file; a harness, not a test (speed targets are not
 * asserted in unit tests). Usage: {@code java -cp ... org.hydraguard.io.ReadThroughput FILE.jsonl.gz
 * [COUNT] [THREADS 0-2]}; writes FILE first when it does not exist (COUNT exchanges, prompts of
 * 200-2000 chars of synthetic words), then reads it three times and prints records/s, MB/s and CPU time per record (which, unlike
 * wall time, does not depend on what else the machine is doing).
 */
public final class ReadThroughput {
    private static final String[] WORDS = ("the a function returns list of values step by step reason about "
            + "code test case error fix explain why each intermediate result matters when agent plans task tool "
            + "call output input parse file write read module class method variable loop branch proof lemma "
            + "theorem compute derive check verify long horizon context memory plan then final answer").split(" ");

    private ReadThroughput() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            write(file, count);
            System.out.printf("wrote %d exchanges to %s (%.1f MB) in %.1f s%n", count, file,
                    Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            long n = 0;
            long chars = 0;
            Rejects rejects = Rejects.inMemory();
            try (RecordReader<Exchange> r = ContractReaders.exchanges(List.of(file), rejects,
                    ReadOptions.defaults().withThreads(threads))) {
                while (r.hasNext()) {
                    Exchange e = r.next();
                    n++;
                    chars += e.prompt() == null ? 0 : e.prompt().length();
                }
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                System.out.printf("%d reading threads: %s in %.2f s: %.0f records/s, %.0f MB/s of file, %.0f MB/s of "
                        + "prompt text; %.2f CPU-s: %.0f records per CPU-second (%.1f us of CPU per record)%n",
                        threads, r.reconciliation(), s, n / s, Files.size(file) / 1e6 / s, chars / 1e6 / s, cpu,
                        n / cpu, cpu * 1e6 / n);
            }
        }
    }

    /** CPU time of the whole process (all threads, GC included): what the 2-core budget is spent in. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void write(Path file, int count) throws Exception {
        SplittableRandom rnd = new SplittableRandom(42);
        Instant t = Instant.parse("2026-04-22T00:00:00Z");
        try (RecordWriter<Exchange> w = ContractWriters.exchanges(file)) {
            StringBuilder prompt = new StringBuilder();
            for (int i = 0; i < count; i++) {
                prompt.setLength(0);
                int len = 200 + rnd.nextInt(1801);
                while (prompt.length() < len) {
                    prompt.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(20) == 0 ? ".\n" : " ");
                }
                t = t.plusMillis(rnd.nextInt(270));
                w.write(Exchange.builder().id("ex_" + Long.toHexString(rnd.nextLong())).ts(t)
                        .accountId("acct_" + rnd.nextInt(25_000)).ip("198.51." + rnd.nextInt(256) + "." + rnd.nextInt(256))
                        .asn(64_500 + rnd.nextInt(100)).country("SG").proxyType("residential")
                        .userAgent("anthropic-python/0.49.0").api("anthropic.messages").model("model-large-2026-03")
                        .prompt(prompt.toString()).turns(1).tools(0).maxTokens(8192).temperature(1.0).stream(false)
                        .thinking(true).status(200).inputTokens(len / 4).outputTokens(rnd.nextInt(4000))
                        .latencyMs(rnd.nextInt(60_000)).stopReason("end_turn").build());
            }
        }
    }
}
