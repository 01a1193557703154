package org.hydraguard.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End-to-end throughput: the raw parse speed of a gzipped JSON Lines file of exchanges (read,
 * inflate, parse, validate, deduplicate) beside the speed of the whole analysis of the same file
 * (signals, fingerprints, linking, scoring, decisions written), best of several rounds so the JIT is
 * warm, and the engine's state per subject. The hot paths have JMH benchmarks of their own in
 * hydraguard-bench; this measures what a user gets.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures end-to-end analysis throughput against the raw parse speed of the same input, and the",
            "engine's state per account. Without --data, simulates the quickstart scenario first."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR",
            description = "a directory written by `simulate` (exchanges.jsonl.gz, accounts.jsonl)")
    Path data;

    @Option(names = "--corpus", paramLabel = "DIR", description = "prompt corpus for the simulated input")
    Path corpus;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds of each measurement; the best counts (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--work", defaultValue = "hydraguard-bench-work", paramLabel = "DIR",
            description = "scratch directory for simulated input and analysis outputs (default: ${DEFAULT-VALUE})")
    Path work;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1) {
            err.println("hydraguard bench: --rounds must be at least 1, got " + rounds);
            return ExitCodes.USAGE;
        }
        Path input = data;
        if (input == null) {
            input = work.resolve("quickstart");
            if (!Files.exists(input.resolve("exchanges.jsonl.gz"))) {
                List<String> args = new ArrayList<>(List.of("simulate", "--scenario", "quickstart", "--seed", "1",
                        "--out", input.toString()));
                if (corpus != null) {
                    args.addAll(List.of("--corpus", corpus.toString()));
                }
                int code = HydraguardCommand.commandLine().execute(args.toArray(String[]::new));
                if (code != ExitCodes.OK) {
                    return code;
                }
            }
        }
        Path exchanges = input.resolve("exchanges.jsonl.gz");
        Path accounts = input.resolve("accounts.jsonl");
        if (!Files.isRegularFile(exchanges)) {
            err.println("hydraguard bench: cannot read " + exchanges + ": no such file (expected a `simulate` output directory)");
            return ExitCodes.INPUT;
        }
        long bytes = Files.size(exchanges);
        double bestParse = 0;
        long parsed = 0;
        StringBuilder parseRounds = new StringBuilder();
        double[] parseRates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long cpu0 = StageCpu.processCpuNanos();
            parsed = parse(exchanges);
            double rate = parsed / seconds(t0);
            parseRates[r] = rate;
            bestParse = Math.max(bestParse, rate);
            parseRounds.append(round(rate, StageCpu.processCpuNanos() - cpu0, parsed));
        }
        double bestEndToEnd = 0;
        StringBuilder endToEndRounds = new StringBuilder();
        double[] endToEndRates = new double[rounds];
        Map<String, Number> stats = Map.of();
        StageCpu.Split bestSplit = null;
        long analysed = 0;
        for (int r = 0; r < rounds; r++) {
            EngineDetector detector = new EngineDetector(Policy.defaults());
            Analysis analysis = new Analysis(detector, () -> { });
            long t0 = System.nanoTime();
            Analysis.Outcome o = analysis.run(new Analysis.Request(List.of(exchanges),
                    Files.exists(accounts) ? List.of(accounts) : List.of(), List.of(), work.resolve("analysis"),
                    ReadOptions.defaults()));
            StageCpu.Split split = o.cpu();
            double rate = o.exchanges() / seconds(t0);
            endToEndRates[r] = rate;
            if (rate > bestEndToEnd) {
                bestEndToEnd = rate;
                bestSplit = split;
                analysed = o.exchanges();
            }
            endToEndRounds.append(round(rate, (long) (split.processSeconds() * 1e9), o.exchanges()));
            stats = detector.stats();
        }
        out.printf(Locale.ROOT, "input:           %s (%,d exchanges, %.1f MB gzipped)%n", exchanges, parsed, bytes / 1e6);
        out.printf(Locale.ROOT, "raw parse:       %,.0f exchanges/s (%.0f MB/s of gzip)%n", bestParse, bestParse * bytes / parsed / 1e6);
        out.printf(Locale.ROOT, "end to end:      %,.0f exchanges/s (analyze: signals, fingerprints, linking, decisions)%n", bestEndToEnd);
        out.printf(Locale.ROOT, "ratio:           %.2f of raw parse speed%n", bestEndToEnd / bestParse);
        int warm = (rounds + 1) / 2;
        out.printf(Locale.ROOT, "warm median:     raw parse %,.0f exchanges/s, end to end %,.0f exchanges/s (median of the last %d rounds)%n",
                warmMedian(parseRates), warmMedian(endToEndRates), warm);
        out.printf(Locale.ROOT, "raw parse rounds:  %s%n", parseRounds.substring(2));
        out.printf(Locale.ROOT, "end to end rounds: %s%n", endToEndRounds.substring(2));
        double perExchange = 1e6 / Math.max(1, analysed);
        out.printf(Locale.ROOT, "end to end CPU:  reading %.1f us, signals %.1f us, engine %.1f us, other %.1f us per exchange"
                        + " (best round; reading includes inflating, other is garbage collection, the JIT and the JVM)%n",
                bestSplit.readingSeconds() * perExchange, bestSplit.signalsSeconds() * perExchange,
                bestSplit.engineSeconds() * perExchange, bestSplit.otherSeconds() * perExchange);
        out.printf(Locale.ROOT, "engine state:    %,d bytes for %,d subjects (%,d bytes per subject)%n",
                stats.getOrDefault("state_bytes", 0).longValue(), stats.getOrDefault("subjects", 0).longValue(),
                stats.getOrDefault("bytes_per_subject", 0).longValue());
        out.printf(Locale.ROOT, "machine:         %d cores, Java %s, %s, max heap %d MB, %s, best of %d rounds%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), collectors(),
                Runtime.getRuntime().maxMemory() >> 20, pages(), rounds);
        return ExitCodes.OK;
    }

    /** The garbage collectors in use, as the JVM names them ("G1 Young Generation, G1 Old Generation"). */
    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Whether the heap asked for transparent huge pages, which the launcher does where the kernel allows. */
    private static String pages() {
        try {
            boolean huge = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseTransparentHugePages").getValue());
            return huge ? "transparent huge pages" : "no huge pages";
        } catch (RuntimeException notHotSpot) {
            return "pages unknown";
        }
    }

    private static long parse(Path exchanges) throws IOException {
        long n = 0;
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Exchange> in = ContractReaders.exchangesMerged(List.of(exchanges), rejects, ReadOptions.defaults())) {
            while (in.hasNext()) {
                in.next();
                n++;
            }
        }
        return n;
    }

    /**
     * The median of the last half of the rounds: the JIT is warm by then, and unlike the best round it
     * does not credit one lucky round on a machine whose speed varies with its neighbours.
     */
    static double warmMedian(double[] rates) {
        double[] warm = java.util.Arrays.copyOfRange(rates, rates.length / 2, rates.length);
        java.util.Arrays.sort(warm);
        int n = warm.length;
        return n % 2 == 1 ? warm[n / 2] : (warm[n / 2 - 1] + warm[n / 2]) / 2;
    }

    /** One round's speed and the CPU it took per exchange on all threads (JIT and GC included). */
    private static String round(double rate, long cpuNanos, long exchanges) {
        return String.format(Locale.ROOT, ", %,.0f/s (%.1f us CPU)", rate, cpuNanos / 1e3 / Math.max(1, exchanges));
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
