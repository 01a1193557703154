package org.hydraguard.core.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hydraguard.core.link.LongLongMap;
import org.hydraguard.core.profile.Codec;
import org.hydraguard.core.profile.FamilyTrail;
import org.hydraguard.core.profile.StableHash;
import org.hydraguard.core.profile.SubjectProfile;

/**
 * Unites prompt templates that are used by the same subjects into template families. A campaign
 * rotating among dozens of wrappers (and paraphrasing them) spreads each account's traffic over all of
 * them, so no single template holds a real share of any account; the family does. Families are
 * formed from co-use alone, before any cohort exists: each subject remembers the last
 * {@link FamilyTrail#RECENT} families it used in its current session (uses at most
 * {@link #SESSION_GAP_MS} apart), and each pair of families it uses close
 * together counts the subject once. Two families unite when at least {@link #MIN_SHARED} distinct
 * subjects co-used them AND those make up at least {@link #MIN_OVERLAP} of the users of the LARGER
 * family. The second condition is what keeps look-alikes apart: a popular tool's wrapper used by
 * thousands never unites with the handful of other templates some of its users also send, and two
 * honest templates that merely share some users stay apart; the wrappers of one operator are all
 * used by nearly all of its accounts, so their co-use is a large share of each.
 *
 * <p>Memory is fixed: distinct-user counts of families and of family pairs are kept in two
 * count-min sketches (2 rows, conservative update), so a count is never under-estimated and is
 * over-estimated only by collisions (a pair's count is also capped by both families' user counts);
 * the parent map holds one entry per template ever united. Sized with the template index: 2 rows of
 * 2^log2 counters each per sketch (16 MB at the default 2^20).
 * Deterministic: the surviving root is the family with the earlier cohort, then more users, then key.
 */
final class TemplateFamilies {
    static final int MIN_SHARED = 5;
    static final double MIN_OVERLAP = 0.4;
    /**
     * Templates count as used together only within one working session: an operator's accounts
     * rotate wrappers minutes apart, while a class that sends this week's assignment and next
     * week's is two separate uses, not one family.
     */
    static final long SESSION_GAP_MS = 2 * 3_600_000L;
    private static final long PAIR_SALT = 0x632be59bd9b4e019L;
    private final LongLongMap parent = new LongLongMap();
    private final int[] users;
    private final int[] pairs;
    private final int mask;

    /** @param log2 log2 of one sketch row's width */
    TemplateFamilies(int log2) {
        int w = 1 << log2;
        users = new int[2 * w];
        pairs = new int[2 * w];
        mask = w - 1;
    }

    /** Receives (survivor, absorbed) each time two families unite. */
    interface Unions {
        void united(long survivor, long absorbed);
    }

    /** The family (root template) of a template. */
    long find(long template) {
        return parent.root(template);
    }

    /**
     * Counts one use of {@code template} by {@code p}: the subject as a user of its family, and as a
     * co-user of the family with each family it used just before; unites families whose co-use
     * passes the bar. Returns the template's family afterwards.
     */
    long note(SubjectProfile p, long template, long atMs, java.util.function.LongUnaryOperator foundedMs, Unions unions) {
        long r = parent.isEmpty() ? template : find(template);
        FamilyTrail trail = p.trail;
        trail.advance(atMs, SESSION_GAP_MS);
        if (trail.credit(r)) {
            add(users, r);
        }
        int unionsBefore = parent.size();
        boolean allRoots = true;
        for (int i = 0; i < FamilyTrail.RECENT; i++) {
            long q = trail.recent(i);
            if (q == 0L) {
                break;
            }
            if (!trail.rootsKnownAt(parent.size())) {
                long root = find(q);
                allRoots &= root == q;
                q = root;
            }
            if (q == r) {
                continue;
            }
            long pk = pairKey(q, r);
            if (!trail.credit(pk)) {
                continue;
            }
            int together = add(pairs, pk);
            if (together < MIN_SHARED) {
                continue; // most pairs are rare: no need to read the two families' user counts
            }
            int uq = get(users, q);
            int ur = get(users, r);
            // a sketch over-estimates; co-users can never outnumber either family's users
            int both = Math.min(together, Math.min(uq, ur));
            if (both >= MIN_SHARED && both >= MIN_OVERLAP * Math.max(uq, ur)) {
                long survivor = union(q, r, foundedMs);
                unions.united(survivor, survivor == q ? r : q);
                r = survivor;
            }
        }
        trail.noteRecent(r);
        // each union adds one parent link; with none during this use, r and the entries are all roots
        trail.rootsSeenAt(allRoots && parent.size() == unionsBefore ? unionsBefore : -1);
        return r;
    }

    private long union(long a, long b, java.util.function.LongUnaryOperator foundedMs) {
        long fa = foundedMs.applyAsLong(a);
        long fb = foundedMs.applyAsLong(b);
        int ua = get(users, a);
        int ub = get(users, b);
        boolean aStays = fa != fb ? fa < fb : ua != ub ? ua > ub : Long.compareUnsigned(a, b) < 0;
        long root = aStays ? a : b;
        parent.put(aStays ? b : a, root);
        return root;
    }

    private int add(int[] sketch, long key) {
        long h = StableHash.mix(key);
        int i = (int) h & mask;
        int j = mask + 1 + ((int) (h >>> 32) & mask);
        int min = Math.min(sketch[i], sketch[j]);
        if (min == Integer.MAX_VALUE) {
            return min;
        }
        int v = min + 1;
        if (sketch[i] < v) {
            sketch[i] = v;
        }
        if (sketch[j] < v) {
            sketch[j] = v;
        }
        return v;
    }

    private int get(int[] sketch, long key) {
        long h = StableHash.mix(key);
        return Math.min(sketch[(int) h & mask], sketch[mask + 1 + ((int) (h >>> 32) & mask)]);
    }

    /** Distinct users of a family (an upper estimate). */
    int users(long family) {
        return get(users, family);
    }

    int united() {
        return parent.size();
    }

    long estimatedBytes() {
        return 8L * users.length + parent.estimatedBytes();
    }

    private static long pairKey(long a, long b) {
        long lo = Long.compareUnsigned(a, b) < 0 ? a : b;
        long hi = lo == a ? b : a;
        return lo * 0x9e3779b97f4a7c15L + hi + PAIR_SALT;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(Integer.numberOfTrailingZeros(mask + 1));
        writeSparse(users, out);
        writeSparse(pairs, out);
        parent.writeTo(out);
    }

    static TemplateFamilies readFrom(DataInput in) throws IOException {
        int log2 = in.readInt();
        if (log2 < 4 || log2 > 26) {
            throw new IOException("Possible corruption: template family sketch log2 must be between 4 and 26: " + log2);
        }
        TemplateFamilies f = new TemplateFamilies(log2);
        readSparse(f.users, in);
        readSparse(f.pairs, in);
        f.parent.readFrom(in, "template family link");
        return f;
    }

    private static void writeSparse(int[] a, DataOutput out) throws IOException {
        int n = 0;
        for (int v : a) {
            n += v != 0 ? 1 : 0;
        }
        out.writeInt(n);
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                out.writeInt(i);
                out.writeInt(a[i]);
            }
        }
    }

    private static void readSparse(int[] a, DataInput in) throws IOException {
        int n = Codec.readCount(in, a.length, "template family counter");
        for (int k = 0; k < n; k++) {
            int i = in.readInt();
            if (i < 0 || i >= a.length) {
                throw new IOException("Possible corruption: template family counter index out of range: " + i);
            }
            a[i] = in.readInt();
        }
    }
}
