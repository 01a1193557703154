package org.hydraguard.sim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PartitionAgreementTest {

    @Test
    void identicalPartitionsScoreOne() {
        Map<String, String> truth = partition("a", "x", "b", "x", "c", "y", "d", "z");
        assertThat(PartitionAgreement.of(truth, truth).adjustedRandIndex()).isEqualTo(1.0);
    }

    @Test
    void matchesTheWorkedExampleFromTheLiterature() {
        // truth {0,0,1,1}, prediction {0,0,1,2}: index 1, expected 1/3, max 3/2, ARI = 4/7
        Map<String, String> truth = partition("a", "0", "b", "0", "c", "1", "d", "1");
        Map<String, String> predicted = partition("a", "0", "b", "0", "c", "1", "d", "2");
        assertThat(PartitionAgreement.of(truth, predicted).adjustedRandIndex()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void matchesAHandComputedTable() {
        // rows 3,3 -> 6 pairs; columns 2,4 -> 7 pairs; cells 1+0+0+3 = 4; N = C(6,2) = 15
        // ARI = (4 - 6*7/15) / ((6+7)/2 - 6*7/15) = 1.2 / 3.7 = 12/37
        PartitionAgreement table = PartitionAgreement.ofTable(new long[][] {{2, 1}, {0, 3}});
        assertThat(table.items()).isEqualTo(6);
        assertThat(table.adjustedRandIndex()).isCloseTo(12.0 / 37, within(1e-12));
    }

    @Test
    void allTogetherAgainstAllApartScoresZero() {
        Map<String, String> together = partition("a", "x", "b", "x", "c", "x", "d", "x");
        Map<String, String> apart = partition("a", "1", "b", "2", "c", "3", "d", "4");
        assertThat(PartitionAgreement.of(together, apart).adjustedRandIndex()).isEqualTo(0.0);
    }

    @Test
    void degenerateInputsAreOne() {
        assertThat(PartitionAgreement.of(Map.of(), Map.of()).adjustedRandIndex()).isEqualTo(1.0);
        Map<String, String> single = partition("a", "x");
        assertThat(PartitionAgreement.of(single, single).adjustedRandIndex()).isEqualTo(1.0);
        Map<String, String> apart = partition("a", "1", "b", "2", "c", "3");
        assertThat(PartitionAgreement.of(apart, apart).adjustedRandIndex()).isEqualTo(1.0);
    }

    @Test
    void pairCountsDoNotOverflowOnBillionsOfItems() {
        PartitionAgreement same = PartitionAgreement.ofTable(new long[][] {{3_000_000_000L, 0}, {0, 3_000_000_000L}});
        assertThat(same.adjustedRandIndex()).isEqualTo(1.0);
        PartitionAgreement independent = PartitionAgreement.ofTable(new long[][] {
            {1_000_000_000L, 1_000_000_000L}, {1_000_000_000L, 1_000_000_000L}});
        assertThat(independent.adjustedRandIndex()).isCloseTo(0.0, within(1e-6));
        assertThat(PartitionAgreement.pairs(3_000_000_000L)).isEqualTo(4_499_999_998_500_000_000L);
    }

    @Test
    void purityCountsOnlyClustersOfTwoOrMore() {
        Map<String, String> truth = partition("a", "x", "b", "x", "c", "y", "d", "q");
        Map<String, String> predicted = partition("a", "K", "b", "K", "c", "K", "d", "alone");
        assertThat(PartitionAgreement.of(truth, predicted).purity()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(PartitionAgreement.of(truth, partition("a", "1", "b", "2", "c", "3", "d", "4")).purity()).isNaN();
    }

    @Test
    void rejectsPartitionsOfDifferentItems() {
        assertThatThrownBy(() -> PartitionAgreement.of(partition("a", "x"), partition("b", "x")))
                .hasMessageContaining("same items");
        assertThatThrownBy(() -> PartitionAgreement.ofTable(new long[][] {{1, -1}}))
                .hasMessageContaining("[0][1] must not be negative: -1");
    }

    @Property
    void isSymmetric(@ForAll @Size(max = 60) List<@IntRange(max = 5) Integer> a,
            @ForAll @Size(max = 60) List<@IntRange(max = 5) Integer> b) {
        int n = Math.min(a.size(), b.size());
        Map<Integer, String> x = labels(a, n);
        Map<Integer, String> y = labels(b, n);
        assertThat(PartitionAgreement.of(x, y).adjustedRandIndex())
                .isCloseTo(PartitionAgreement.of(y, x).adjustedRandIndex(), within(1e-12));
    }

    @Property
    void staysWithinMinusOneAndOne(@ForAll @Size(max = 60) List<@IntRange(max = 7) Integer> a,
            @ForAll @Size(max = 60) List<@IntRange(max = 3) Integer> b) {
        int n = Math.min(a.size(), b.size());
        assertThat(PartitionAgreement.of(labels(a, n), labels(b, n)).adjustedRandIndex()).isBetween(-1.0, 1.0);
    }

    @Property
    void isOneUnderRelabelling(@ForAll @Size(max = 60) List<@IntRange(max = 6) Integer> a,
            @ForAll @IntRange(min = 1, max = 1000) int shift) {
        Map<Integer, String> x = labels(a, a.size());
        Map<Integer, String> renamed = new HashMap<>();
        // an injective renaming of the cluster names keeps the partition
        x.forEach((k, v) -> renamed.put(k, "c" + (Integer.parseInt(v) * 7 + shift)));
        assertThat(PartitionAgreement.of(x, renamed).adjustedRandIndex()).isEqualTo(1.0);
    }

    private static Map<Integer, String> labels(List<Integer> values, int n) {
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(i, Integer.toString(values.get(i)));
        }
        return out;
    }

    private static Map<String, String> partition(String... itemThenCluster) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < itemThenCluster.length; i += 2) {
            out.put(itemThenCluster[i], itemThenCluster[i + 1]);
        }
        return out;
    }
}
