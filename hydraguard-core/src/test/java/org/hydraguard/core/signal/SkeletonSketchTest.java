package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SkeletonSketchTest {
    private final SignalExtractor extractor = Signals.defaultExtractor();

    private Skeleton skeleton(String prompt) {
        return extractor.extract(Exchanges.prompt(prompt)).skeleton();
    }

    @Test
    void noPromptTextMeansNone() {
        assertThat(extractor.extract(Exchanges.base().build()).skeleton()).isSameAs(Skeleton.NONE);
        assertThat(skeleton("")).isSameAs(Skeleton.NONE);
        assertThat(skeleton("  ?! ... ")).isSameAs(Skeleton.NONE);
    }

    @Test
    void layoutIsFixed() {
        Skeleton s = skeleton("Answer the question below as briefly as you can.\nQuestion: why is the sky blue?");
        assertThat(s.bands()).isEqualTo(SkeletonSketch.BANDS).isEqualTo(30);
    }

    @Test
    void deterministicAcrossInstancesAndNormalisesCaseDigitsAndPunctuation() {
        Skeleton a = skeleton("Solve: 12 apples cost $3. How much do 7 cost?");
        Skeleton b = Signals.defaultExtractor().extract(Exchanges.prompt("solve:  99 apples COST $8, how much do 1 cost")).skeleton();
        assertThat(a).isEqualTo(b);
        assertThat(a.exactKey()).isEqualTo(b.exactKey());
    }

    @Test
    void colonLabelsArePartOfTheWrapper() {
        assertThat(skeleton("Task: sort the list").exactKey()).isNotEqualTo(skeleton("Task sort the list").exactKey());
    }

    @Test
    void systemPromptGetsItsOwnBand() {
        String system = "You are a helpful assistant. Today is 2026-04-22.";
        Skeleton a = extractor.extract(Exchanges.base().system(system).prompt("How do tides work?").build()).skeleton();
        Skeleton b = extractor.extract(Exchanges.base().system("You are a helpful assistant. Today is 2026-05-01.")
                .prompt("Recommend three novels set in Lisbon.").build()).skeleton();
        Skeleton c = extractor.extract(Exchanges.prompt("Recommend three novels set in Lisbon.")).skeleton();
        assertThat(a.bandKey(SkeletonSketch.SYSTEM_BAND)).isEqualTo(b.bandKey(SkeletonSketch.SYSTEM_BAND));
        assertThat(a.sharesBandWith(b)).isTrue();
        assertThat(a.sharesBandWith(c)).isFalse();
    }

    @Test
    void structuredLayoutSharesTheShapeBand() {
        Skeleton a = skeleton("Read the rules.\n\n1. be brief\n2. be exact\n\nTask: name a prime\n\nAnswer:");
        Skeleton b = skeleton("Obey these.\n\n1. no jokes at all\n2. cite sources\n\nTask: list two rivers of Spain\n\nAnswer:");
        assertThat(a.bandKey(SkeletonSketch.SHAPE_BAND)).isEqualTo(b.bandKey(SkeletonSketch.SHAPE_BAND));
    }

    @Test
    void emptySlotsNeverMatchAnotherWrapper() {
        Skeleton a = skeleton("what is the tallest mountain in africa");
        Skeleton b = skeleton("how do i renew a passport in canada");
        assertThat(a.bandKey(SkeletonSketch.SHAPE_BAND)).isNotEqualTo(b.bandKey(SkeletonSketch.SHAPE_BAND));
        assertThat(a.bandKey(SkeletonSketch.SYSTEM_BAND)).isNotEqualTo(b.bandKey(SkeletonSketch.SYSTEM_BAND));
    }

    /**
     * The MinHash family (h1 + k·h2) must behave like independent permutations: per-function collision
     * rate ≈ Jaccard, and band sharing follows 1 - (1 - J^5)^14.
     */
    @Test
    void minHashFollowsTheTheoreticalSCurve() {
        SplittableRandom rnd = new SplittableRandom(7);
        TokenizedText a = new TokenizedText();
        TokenizedText b = new TokenizedText();
        int[] ma = new int[SkeletonSketch.HASHES];
        int[] mb = new int[SkeletonSketch.HASHES];
        // 19-token frames built from distinct random words; k shared leading tokens give bigram overlap
        for (int shared : new int[] {4, 10, 14, 16, 18}) {
            int trials = 3000;
            long equalRows = 0;
            int bandHits = 0;
            double jaccardSum = 0;
            for (int t = 0; t < trials; t++) {
                List<String> common = words(rnd, shared);
                List<String> wa = new ArrayList<>(common);
                List<String> wb = new ArrayList<>(common);
                wa.addAll(words(rnd, 20 - shared));
                wb.addAll(words(rnd, 20 - shared));
                a.of(String.join(" ", wa));
                b.of(String.join(" ", wb));
                SkeletonSketch.minHash(a, 0, 20, ma);
                SkeletonSketch.minHash(b, 0, 20, mb);
                int sharedBigrams = shared - 1;
                jaccardSum += sharedBigrams / (double) (2 * 19 - sharedBigrams);
                boolean hit = false;
                for (int k = 0; k < SkeletonSketch.HASHES; k++) {
                    if (ma[k] == mb[k]) {
                        equalRows++;
                    }
                }
                for (int band = 0; band < SkeletonSketch.BANDS_PER_FRAME && !hit; band++) {
                    boolean all = true;
                    for (int r = 0; r < SkeletonSketch.ROWS; r++) {
                        all &= ma[band * 5 + r] == mb[band * 5 + r];
                    }
                    hit = all;
                }
                bandHits += hit ? 1 : 0;
            }
            double j = jaccardSum / trials;
            double rowRate = equalRows / (double) (trials * SkeletonSketch.HASHES);
            double expected = 1 - Math.pow(1 - Math.pow(j, 5), 14);
            assertThat(rowRate).as("per-function collision rate at J=%.3f", j).isBetween(j - 0.02, j + 0.02);
            assertThat(bandHits / (double) trials).as("band share rate at J=%.3f", j)
                    .isBetween(expected - 0.04, expected + 0.04);
        }
    }

    private static List<String> words(SplittableRandom rnd, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36).replaceAll("[0-9]", "q"));
        }
        return out;
    }
}
