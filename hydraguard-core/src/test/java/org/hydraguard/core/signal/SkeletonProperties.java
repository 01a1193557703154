package org.hydraguard.core.signal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * LSH behaviour of skeletons measured as rates over many generated prompt pairs (jqwik prints the seed
 * of a failing run). Wrappers are random sentences over a general vocabulary, so nothing here depends
 * on any particular template text.
 */
class SkeletonProperties {
    private static final String[] VOCABULARY = ("the a an of to in for on with by from as at and or but not you your "
            + "we our they it this that these those is are be will must should can may please answer question "
            + "task problem solution below above following given provide give write explain show list describe "
            + "final result output input format response reply text data example examples step steps detail "
            + "details carefully clearly briefly correct complete full short long simple exact precise careful "
            + "make sure use using only just also then first next finally each every all any some more most "
            + "return include keep avoid ensure check verify read consider think reason solve compute find "
            + "word words sentence sentences line lines number numbers code value values case cases rule rules "
            + "user assistant expert teacher student reader writer model system tool tools file files report "
            + "summary title section part parts item items point points way ways time times day people world "
            + "good best clear new old high low large small main key important specific general relevant").split(" ");

    private final SignalExtractor extractor = Signals.defaultExtractor();

    record Pair(String a, String b) {}

    @Property(tries = 500)
    void sameWrapperWithDifferentLongTasksSharesABand(@ForAll("sameWrapperLongTasks") Pair p) {
        Statistics.label("shares").collect(shares(p));
        Statistics.label("shares").coverage(c -> c.check(true).percentage(r -> r >= 90.0));
    }

    @Property(tries = 500)
    void sameWrapperWithDifferentShortTasksSharesABand(@ForAll("sameWrapperShortTasks") Pair p) {
        Statistics.label("shares").collect(shares(p));
        Statistics.label("shares").coverage(c -> c.check(true).percentage(r -> r >= 90.0));
    }

    @Property(tries = 500)
    void lightlyParaphrasedWrapperStillSharesABand(@ForAll("paraphrasedWrapper") Pair p) {
        Statistics.label("shares").collect(shares(p));
        Statistics.label("shares").coverage(c -> c.check(true).percentage(r -> r >= 85.0));
    }

    @Property(tries = 1000)
    void differentWrappersRarelyShareABand(@ForAll("differentWrappers") Pair p) {
        Statistics.label("shares").collect(shares(p));
        Statistics.label("shares").coverage(c -> c.check(true).percentage(r -> r <= 1.0));
    }

    private boolean shares(Pair p) {
        Skeleton a = extractor.extract(Exchanges.prompt(p.a())).skeleton();
        Skeleton b = extractor.extract(Exchanges.prompt(p.b())).skeleton();
        return a.sharesBandWith(b);
    }

    @Provide
    Arbitrary<Pair> sameWrapperLongTasks() {
        return Combinators.combine(wrappers(), tasks(15, 300), tasks(15, 300))
                .as((w, t1, t2) -> new Pair(w.wrap(t1), w.wrap(t2)));
    }

    @Provide
    Arbitrary<Pair> sameWrapperShortTasks() {
        return Combinators.combine(wrappers(), tasks(1, 14), tasks(1, 14))
                .as((w, t1, t2) -> new Pair(w.wrap(t1), w.wrap(t2)));
    }

    @Provide
    Arbitrary<Pair> paraphrasedWrapper() {
        return Combinators.combine(wrappers(), tasks(15, 200), tasks(15, 200), Arbitraries.longs())
                .as((w, t1, t2, seed) -> new Pair(w.wrap(t1), w.paraphrased(seed, 2).wrap(t2)));
    }

    @Provide
    Arbitrary<Pair> differentWrappers() {
        return Combinators.combine(wrappers(), wrappers(), tasks(1, 200), tasks(1, 200))
                .as((w1, w2, t1, t2) -> new Pair(w1.wrap(t1), w2.wrap(t2)));
    }

    /** A scripted wrapper: a prefix of 18-40 words, optionally a "Task:" label, a suffix of 0-20 words. */
    record Wrapper(List<String> prefix, boolean label, List<String> suffix) {
        String wrap(String task) {
            return String.join(" ", prefix) + (label ? ".\n\nTask: " : " ") + task
                    + (suffix.isEmpty() ? "" : "\n\n" + String.join(" ", suffix) + ".");
        }

        /** Replaces {@code n} words of the wrapper by other vocabulary words. */
        Wrapper paraphrased(long seed, int n) {
            List<String> p = new ArrayList<>(prefix);
            List<String> s = new ArrayList<>(suffix);
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
            for (int i = 0; i < n; i++) {
                int at = rnd.nextInt(p.size() + s.size());
                String w = VOCABULARY[rnd.nextInt(VOCABULARY.length)];
                if (at < p.size()) {
                    p.set(at, w);
                } else {
                    s.set(at - p.size(), w);
                }
            }
            return new Wrapper(p, label, s);
        }
    }

    private static Arbitrary<Wrapper> wrappers() {
        return Combinators.combine(words().list().ofMinSize(18).ofMaxSize(40), Arbitraries.of(true, false),
                words().list().ofMinSize(0).ofMaxSize(20)).as(Wrapper::new);
    }

    private static Arbitrary<String> tasks(int minWords, int maxWords) {
        return words().list().ofMinSize(minWords).ofMaxSize(maxWords).map(w -> String.join(" ", w) + "?");
    }

    private static Arbitrary<String> words() {
        return Arbitraries.of(VOCABULARY);
    }
}
