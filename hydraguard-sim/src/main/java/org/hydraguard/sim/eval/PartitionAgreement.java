package org.hydraguard.sim.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well a predicted partition of a set of items agrees with the true one: the adjusted Rand index
 * (Hubert and Arabie, 1985) and purity, both computed from the contingency table.
 *
 * <p>Every item must carry a cluster name in both partitions; an item alone in its cluster (a benign
 * subject, or one in no detected campaign) must be given a name of its own. Pair counts are exact:
 * each count {@code C(n, 2)} fits a {@code long} for up to three billion items, and the products in
 * the index are taken in {@link BigInteger}, so the result does not lose precision on large runs.
 */
public final class PartitionAgreement {
    private final long items;
    private final Map<String, Long> truthSizes;
    private final Map<String, Long> predictedSizes;
    private final Map<Cell, Long> cells;

    private record Cell(String truth, String predicted) {}

    private PartitionAgreement(long items, Map<String, Long> truthSizes, Map<String, Long> predictedSizes,
            Map<Cell, Long> cells) {
        this.items = items;
        this.truthSizes = truthSizes;
        this.predictedSizes = predictedSizes;
        this.cells = cells;
    }

    /**
     * Builds the contingency table of two partitions of the same items.
     *
     * @throws IllegalArgumentException if the two maps do not cover the same items
     */
    public static <K> PartitionAgreement of(Map<K, String> truth, Map<K, String> predicted) {
        if (!truth.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("both partitions must cover the same items: truth has "
                    + truth.size() + ", prediction " + predicted.size() + " and they differ");
        }
        Map<String, Long> truthSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<Cell, Long> cells = new HashMap<>();
        for (Map.Entry<K, String> e : truth.entrySet()) {
            String t = Objects.requireNonNull(e.getValue(), "truth cluster");
            String p = Objects.requireNonNull(predicted.get(e.getKey()), "predicted cluster");
            truthSizes.merge(t, 1L, Long::sum);
            predictedSizes.merge(p, 1L, Long::sum);
            cells.merge(new Cell(t, p), 1L, Long::sum);
        }
        return new PartitionAgreement(truth.size(), truthSizes, predictedSizes, cells);
    }

    /**
     * Builds the table from its cells directly: {@code table[i][j]} items are in true cluster i and
     * predicted cluster j. Used to check the index against worked examples.
     */
    public static PartitionAgreement ofTable(long[][] table) {
        Map<String, Long> truthSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<Cell, Long> cells = new HashMap<>();
        long items = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                long n = table[i][j];
                if (n < 0) {
                    throw new IllegalArgumentException("table cell [" + i + "][" + j + "] must not be negative: " + n);
                }
                if (n > 0) {
                    truthSizes.merge("t" + i, n, Long::sum);
                    predictedSizes.merge("p" + j, n, Long::sum);
                    cells.put(new Cell("t" + i, "p" + j), n);
                    items += n;
                }
            }
        }
        return new PartitionAgreement(items, truthSizes, predictedSizes, cells);
    }

    public long items() {
        return items;
    }

    /**
     * The adjusted Rand index, in [-1, 1]: 1 when the partitions are identical, about 0 for a random
     * prediction. With fewer than two items, or when both partitions put every item alone (or all
     * together), the partitions cannot disagree on any pair and the index is 1.
     */
    public double adjustedRandIndex() {
        BigInteger pairs = BigInteger.valueOf(pairs(items));
        BigInteger index = BigInteger.valueOf(sumPairs(cells));
        BigInteger a = BigInteger.valueOf(sumPairs(truthSizes));
        BigInteger b = BigInteger.valueOf(sumPairs(predictedSizes));
        // ARI = (index - ab/N) / ((a+b)/2 - ab/N); multiplied through by 2N to stay in integers.
        BigInteger ab2 = a.multiply(b).shiftLeft(1);
        BigInteger numerator = index.multiply(pairs).shiftLeft(1).subtract(ab2);
        BigInteger denominator = a.add(b).multiply(pairs).subtract(ab2);
        if (denominator.signum() == 0) {
            // Only when a == b == 0 or a == b == N: both partitions are all singletons or one block.
            return 1.0;
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    /**
     * Purity of the predicted clusters that hold more than one item: the share of their items that
     * belong to the dominant true cluster of their predicted cluster. Singletons are left out because
     * a singleton is pure by definition and would make any prediction look good. NaN when no
     * predicted cluster has two items.
     */
    public double purity() {
        Map<String, Long> dominant = new HashMap<>();
        for (Map.Entry<Cell, Long> e : cells.entrySet()) {
            String p = e.getKey().predicted();
            if (predictedSizes.get(p) > 1) {
                dominant.merge(p, e.getValue(), Math::max);
            }
        }
        long members = 0;
        long agreeing = 0;
        for (Map.Entry<String, Long> e : dominant.entrySet()) {
            members += predictedSizes.get(e.getKey());
            agreeing += e.getValue();
        }
        return members == 0 ? Double.NaN : (double) agreeing / members;
    }

    static long pairs(long n) {
        // n * (n - 1) / 2 without overflow for any n below 2^32 (the halving goes to the even factor)
        return n % 2 == 0 ? (n / 2) * (n - 1) : n * ((n - 1) / 2);
    }

    private static long sumPairs(Map<?, Long> counts) {
        long sum = 0;
        for (long n : counts.values()) {
            sum = Math.addExact(sum, pairs(n));
        }
        return sum;
    }
}
