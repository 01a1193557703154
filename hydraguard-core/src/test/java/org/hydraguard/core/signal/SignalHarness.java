package org.hydraguard.core.signal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;

/**
 * Accuracy and speed harness for the extractor over the public corpora; NOT a unit test (speed belongs
 * to JMH, which the bench module will add). Run with the test classpath, see README-harness.md:
 * <pre>
 * java -cp hydraguard-core/target/classes:hydraguard-core/target/test-classes \
 *      org.hydraguard.core.signal.SignalHarness [corpusDir] [seconds]
 * </pre>
 * Prints the capability confusion matrix per file and per category, mean signal values per file, skeleton
 * band-sharing rates on random prompt pairs, and ns per exchange (single thread).
 */
public final class SignalHarness {
    private SignalHarness() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            System.setProperty("hydraguard.corpus", args[0]);
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5.0;
        List<Corpus.Prompt> prompts = Corpus.all();
        SignalExtractor extractor = Signals.defaultExtractor();
        List<Exchange> exchanges = new ArrayList<>();
        for (Corpus.Prompt p : prompts) {
            exchanges.add(Exchanges.prompt(p.text()));
        }
        accuracy(prompts, exchanges, extractor);
        collisions(prompts, extractor);
        speed(exchanges, extractor, seconds);
    }

    static void accuracy(List<Corpus.Prompt> prompts, List<Exchange> exchanges, SignalExtractor extractor) {
        Map<String, EnumMap<Capability, Integer>> byFile = new LinkedHashMap<>();
        Map<String, EnumMap<Capability, Integer>> byCategory = new LinkedHashMap<>();
        Map<String, double[]> means = new LinkedHashMap<>();
        for (int i = 0; i < prompts.size(); i++) {
            Corpus.Prompt p = prompts.get(i);
            ExchangeSignals s = extractor.extract(exchanges.get(i));
            byFile.computeIfAbsent(p.file() + " [" + p.category() + "]", k -> new EnumMap<>(Capability.class))
                    .merge(s.capability(), 1, Integer::sum);
            byCategory.computeIfAbsent(p.category(), k -> new EnumMap<>(Capability.class))
                    .merge(s.capability(), 1, Integer::sum);
            double[] m = means.computeIfAbsent(p.file(), k -> new double[4]);
            m[0] += s.reasoningElicitation();
            m[1] += s.taskLikeness();
            m[2] += s.reasoningElicitation() >= 0.5 ? 1 : 0;
            m[3]++;
        }
        System.out.println("== capability, text only (tools=0, turns=1), row %");
        System.out.printf("%-58s %6s %6s %6s %6s %6s %6s%n", "file [category]", "n", "SWE", "AGENT", "LONG", "MATH", "OTHER");
        byFile.forEach((k, v) -> row(k, v));
        System.out.println("-- by category");
        byCategory.forEach((k, v) -> row(k, v));
        EnumMap<Capability, Integer> withTools = new EnumMap<>(Capability.class);
        for (int i = 0; i < prompts.size(); i++) {
            if (prompts.get(i).category().equals("task-agentic")) {
                Exchange e = exchanges.get(i).toBuilder().tools(3).build();
                withTools.merge(extractor.extract(e).capability(), 1, Integer::sum);
            }
        }
        row("task-agentic as sent with tools=3", withTools);
        System.out.println("== mean reasoningElicitation, share >= 0.5, mean taskLikeness");
        means.forEach((k, m) -> System.out.printf("%-40s elicit %.3f  (>=0.5: %5.1f%%)  task %.3f%n",
                k, m[0] / m[3], 100 * m[2] / m[3], m[1] / m[3]));
    }

    private static void row(String name, EnumMap<Capability, Integer> v) {
        int n = v.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%-58s %6d", name, n);
        for (Capability c : Capability.values()) {
            System.out.printf(" %6.1f", 100.0 * v.getOrDefault(c, 0) / n);
        }
        System.out.println();
    }

    static void collisions(List<Corpus.Prompt> prompts, SignalExtractor extractor) {
        SplittableRandom rnd = new SplittableRandom(42);
        for (String category : List.of("benign", "distill-instruct", "task-math", "task-agentic", "cot", "*")) {
            List<Skeleton> sk = new ArrayList<>();
            for (Corpus.Prompt p : prompts) {
                if (category.equals("*") || p.category().equals(category)) {
                    sk.add(extractor.extract(Exchanges.prompt(p.text())).skeleton());
                }
            }
            int pairs = 200_000;
            int shared = 0;
            int exact = 0;
            int lead = 0;
            int trail = 0;
            int shape = 0;
            for (int i = 0; i < pairs; i++) {
                Skeleton a = sk.get(rnd.nextInt(sk.size()));
                Skeleton b = sk.get(rnd.nextInt(sk.size()));
                if (a == b) {
                    i--;
                    continue;
                }
                if (a.sharesBandWith(b)) {
                    shared++;
                }
                lead += shares(a, b, SkeletonSketch.LEAD_BAND, SkeletonSketch.BANDS_PER_FRAME);
                trail += shares(a, b, SkeletonSketch.TRAIL_BAND, SkeletonSketch.BANDS_PER_FRAME);
                shape += shares(a, b, SkeletonSketch.SHAPE_BAND, 1);
                if (a.exactKey() == b.exactKey()) {
                    exact++;
                }
            }
            System.out.printf("== random pairs within %-18s share a band: %.3f%% (lead %.3f%%, trail %.3f%%, "
                    + "shape %.3f%%)  same exactKey: %.3f%%%n", category, 100.0 * shared / pairs, 100.0 * lead / pairs,
                    100.0 * trail / pairs, 100.0 * shape / pairs, 100.0 * exact / pairs);
        }
    }

    private static int shares(Skeleton a, Skeleton b, int from, int n) {
        if (a.isNone() || b.isNone()) {
            return 0;
        }
        for (int i = from; i < from + n; i++) {
            if (a.bandKey(i) == b.bandKey(i)) {
                return 1;
            }
        }
        return 0;
    }

    static void speed(List<Exchange> all, SignalExtractor extractor, double seconds) {
        List<Exchange> typical = new ArrayList<>();
        for (Exchange e : all) {
            if (e.prompt().length() >= 300 && e.prompt().length() <= 700) {
                typical.add(e);
            }
        }
        for (List<Exchange> set : List.of(typical, all)) {
            long sink = 0;
            long deadline = System.nanoTime() + (long) (seconds * 0.4e9);
            while (System.nanoTime() < deadline) {
                // warm-up
                for (Exchange e : set) {
                    sink += extractor.extract(e).skeleton().exactKey();
                }
            }
            // thread CPU time, not wall time: the machine is shared, so descheduling must not count
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long n = 0;
            long chars = 0;
            long best = Long.MAX_VALUE;
            deadline = System.nanoTime() + (long) (seconds * 0.6e9);
            while (System.nanoTime() < deadline) {
                long start = mx.getCurrentThreadCpuTime();
                for (Exchange e : set) {
                    sink += extractor.extract(e).skeleton().exactKey();
                    chars += e.prompt().length();
                }
                best = Math.min(best, mx.getCurrentThreadCpuTime() - start);
                n += set.size();
            }
            long elapsed = best * (n / set.size());
            System.out.printf("== speed %s: %d exchanges, mean %d chars, %.0f ns/exchange (best pass, CPU time; sink %d)%n",
                    set == typical ? "typical 300-700 chars" : "all corpus prompts", set.size(),
                    chars / n, (double) elapsed / n, sink & 1);
        }
    }
}
