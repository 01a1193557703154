package org.hydraguard.core.link;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.hydraguard.core.profile.Codec;

/**
 * Who holds each attribute value (payment instrument, e-mail domain, sign-up network), keyed by the
 * value's stable hash. Membership is tracked exactly only while a value is rare: the posting list
 * keeps the first {@link #POSTINGS} holders and the count keeps counting, so a value shared by
 * thousands costs the same as one shared by sixteen and its rarity weight is near zero anyway.
 */
public final class ValueIndex {
    public static final int POSTINGS = 16;
    private final LongObjectMap<Posting> postings = new LongObjectMap<>();

    /** One value's holders. */
    public static final class Posting {
        public final String value;
        public int count;
        int[] holders = new int[2];
        int held;

        Posting(String value) {
            this.value = value;
        }

        public int heldCount() {
            return held;
        }

        public int holder(int i) {
            return holders[i];
        }
    }

    public void add(long key, String value, int subject) {
        if (key == 0L) {
            return;
        }
        Posting p = postings.get(key);
        if (p == null) {
            p = new Posting(value);
            postings.put(key, p);
        }
        for (int i = 0; i < p.held; i++) {
            if (p.holders[i] == subject) {
                return;
            }
        }
        p.count++;
        if (p.held < POSTINGS) {
            if (p.held == p.holders.length) {
                p.holders = Arrays.copyOf(p.holders, Math.min(POSTINGS, p.held * 2));
            }
            p.holders[p.held++] = subject;
        }
    }

    public Posting get(long key) {
        return key == 0L ? null : postings.get(key);
    }

    /**
     * Rarity weight of a value held by {@code count} accounts: 1 for a pair, falling with the log of
     * the count and 0 beyond {@code maxAccounts} (IDF-like: sharing a rare value says much more).
     */
    public static double rarity(int count, int maxAccounts) {
        if (count < 2 || count > maxAccounts) {
            return 0.0;
        }
        return 1.0 - Math.log(count - 1) / Math.log(maxAccounts);
    }

    public int size() {
        return postings.size();
    }

    public long estimatedBytes() {
        return postings.size() * 150L;
    }

    public void writeTo(DataOutput out) throws IOException {
        long[] sorted = postings.sortedKeys();
        out.writeInt(sorted.length);
        for (long key : sorted) {
            Posting p = postings.get(key);
            out.writeLong(key);
            Codec.writeNullable(out, p.value);
            out.writeInt(p.count);
            out.writeInt(p.held);
            for (int i = 0; i < p.held; i++) {
                out.writeInt(p.holders[i]);
            }
        }
    }

    public void readFrom(DataInput in) throws IOException {
        int n = Codec.readCount(in, 1 << 28, "value posting");
        for (int i = 0; i < n; i++) {
            long key = in.readLong();
            Posting p = new Posting(Codec.readNullable(in));
            p.count = in.readInt();
            p.held = Codec.readCount(in, POSTINGS, "value holder");
            p.holders = new int[Math.max(2, p.held)];
            for (int j = 0; j < p.held; j++) {
                p.holders[j] = in.readInt();
            }
            postings.put(key, p);
        }
    }
}
