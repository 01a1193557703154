package org.hydraguard.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated internet: countries with their UTC offsets and consumer ISPs, mobile carriers (carrier
 * NAT: many users per address), cloud providers, commercial VPNs, and campus or corporate networks
 * created on demand. Autonomous system numbers are real operators'; the address blocks are the
 * simulator's own allocation, consistent within a run.
 *
 * <p>Residential proxies: about {@value #ENROLLED} of consumer addresses belong to devices enrolled in a
 * proxy network (free VPN or bandwidth-sharing apps). Operators exit through exactly those addresses, and
 * the edge's threat feed knows {@value #FEED_COVERAGE} of them, so it marks some campaign exits and some
 * honest home users alike as {@code residential}; most exits look like any home connection.
 */
final class Networks {
    static final double ENROLLED = 0.02;
    static final double FEED_COVERAGE = 0.3;

    enum Kind { ISP, MOBILE, CLOUD, VPN, CAMPUS, CORPORATE }

    record Net(int asn, int country, Kind kind, int base, int size) {}

    private static final String[] COUNTRY = {
        "US", "IN", "GB", "DE", "BR", "CA", "FR", "JP", "KR", "AU", "ES", "IT", "NL", "PL", "SE", "SG", "MX",
        "ID", "PH", "VN", "NG", "KE", "ZA", "TR", "IL", "AE", "AR", "CO", "UA"
    };
    private static final double[] WEIGHT = {
        26, 8, 5, 5, 4, 3.5, 3.5, 3.5, 2.5, 2, 2, 2, 1.5, 1.5, 1, 1.5, 2, 2, 1.5, 1.5, 1.5, 0.8, 1, 1.5, 1, 1, 1, 1, 1
    };
    private static final int[][] OFFSETS = {
        {-5, -5, -5, -5, -5, -6, -6, -6, -7, -8, -8}, {5}, {1}, {2}, {-3}, {-5, -5, -8}, {2}, {9}, {9}, {10}, {2}, {2}, {2},
        {2}, {2}, {8}, {-6}, {7}, {8}, {7}, {1}, {3}, {2}, {3}, {3}, {4}, {-3}, {-5}, {3}
    };
    /** Consumer ISPs (first) and a mobile carrier (last) per country. */
    private static final int[][] ASNS = {
        {7922, 7018, 20115, 701, 21928}, {24560, 24309, 55836}, {2856, 5089, 5607, 12576}, {3320, 3209, 6805},
        {28573, 18881, 26599}, {812, 577, 852}, {3215, 12322, 15557}, {4713, 2516, 17676}, {4766, 9318, 17858},
        {1221, 4804, 7545}, {3352, 12430}, {3269, 1267}, {1136, 33915, 13127}, {5617, 12912}, {3301, 1257},
        {9506, 4657}, {8151, 28403}, {7713, 23693}, {9299, 4775}, {7552, 45899}, {29465, 36873}, {33771, 36866},
        {29975, 37457}, {9121, 16135}, {8551, 12400}, {5384, 15802}, {7303, 22927}, {10620, 27831}, {15895, 6849}
    };
    private static final int[] CLOUD = {16509, 15169, 8075, 14061, 24940, 16276, 31898, 63949};
    private static final double[] CLOUD_WEIGHT = {30, 15, 12, 8, 8, 6, 4, 4};
    private static final int[] VPN = {9009, 212238, 60068, 136787};

    private final List<Net> nets = new ArrayList<>();
    private final double[] countryCum = Dist.cumulative(WEIGHT);
    private final int[][] ispsOf = new int[COUNTRY.length][];
    private final int[] mobileOf = new int[COUNTRY.length];
    private final int[] clouds = new int[CLOUD.length];
    private final double[] cloudCum = Dist.cumulative(CLOUD_WEIGHT);
    private final int[] vpns = new int[VPN.length];
    private final long salt;
    private int nextBlock = 23 << 24;

    Networks(long seed) {
        this.salt = Dist.mix(seed ^ 0x1EE7L);
        for (int c = 0; c < COUNTRY.length; c++) {
            int[] asns = ASNS[c];
            ispsOf[c] = new int[asns.length - 1];
            for (int i = 0; i < asns.length - 1; i++) {
                ispsOf[c][i] = add(asns[i], c, Kind.ISP, 1 << 20);
            }
            mobileOf[c] = add(asns[asns.length - 1], c, Kind.MOBILE, 1 << 13);
        }
        for (int i = 0; i < CLOUD.length; i++) {
            clouds[i] = add(CLOUD[i], 0, Kind.CLOUD, 1 << 20);
        }
        for (int i = 0; i < VPN.length; i++) {
            vpns[i] = add(VPN[i], i % 3 == 0 ? 12 : 0, Kind.VPN, 1 << 9);
        }
    }

    private int add(int asn, int country, Kind kind, int size) {
        nets.add(new Net(asn, country, kind, nextBlock, size));
        nextBlock += Math.max(size, 1 << 12);
        return nets.size() - 1;
    }

    /** A new campus or corporate network (one public NAT address and its own AS) in {@code country}. */
    int newSite(Kind kind, int country) {
        return add(30000 + (int) ((Dist.mix(salt + nets.size()) >>> 1) % 170000), country, kind, 16);
    }

    int countries() {
        return COUNTRY.length;
    }

    int country(SplittableRandom r) {
        return Dist.pick(r, countryCum);
    }

    String code(int country) {
        return COUNTRY[country];
    }

    int utcOffset(int country, SplittableRandom r) {
        int[] o = OFFSETS[country];
        return o[r.nextInt(o.length)];
    }

    Net net(int index) {
        return nets.get(index);
    }

    int isp(int country, SplittableRandom r) {
        int[] isps = ispsOf[country];
        return isps[Math.min(isps.length - 1, Dist.zipf(r, isps.length))];
    }

    int mobile(int country) {
        return mobileOf[country];
    }

    int cloud(SplittableRandom r) {
        return clouds[Dist.pick(r, cloudCum)];
    }

    int vpn(SplittableRandom r) {
        return vpns[r.nextInt(vpns.length)];
    }

    /** Any address of a network. */
    int address(int net, SplittableRandom r) {
        Net n = nets.get(net);
        return n.base() + 1 + r.nextInt(n.size() - 2);
    }

    /** The address of a network at a stable {@code key} (a home line, a server). */
    int address(int net, long key) {
        Net n = nets.get(net);
        return n.base() + 1 + (int) ((Dist.mix(salt ^ key) >>> 1) % (n.size() - 2));
    }

    /** A consumer address enrolled in a residential proxy network, as an operator's exit. */
    int proxyExit(int net, SplittableRandom r) {
        while (true) {
            int a = address(net, r);
            if (enrolled(a)) {
                return a;
            }
        }
    }

    private boolean enrolled(int address) {
        return Dist.unit(salt + address) < ENROLLED;
    }

    /** The edge's enrichment of an address, as real feeds do it: by the address alone. */
    String proxyType(int net, int address) {
        return switch (nets.get(net).kind()) {
            case ISP -> enrolled(address) && Dist.unit(salt * 31 + address) < FEED_COVERAGE ? "residential" : "none";
            case MOBILE -> "mobile";
            case CLOUD -> "datacenter";
            case VPN -> "vpn";
            case CAMPUS, CORPORATE -> "none";
        };
    }

    static String dotted(int a) {
        return new StringBuilder(15).append(a >>> 24).append('.').append((a >>> 16) & 255).append('.')
                .append((a >>> 8) & 255).append('.').append(a & 255).toString();
    }
}
