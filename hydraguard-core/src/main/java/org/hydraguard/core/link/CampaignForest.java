package org.hydraguard.core.link;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.LongUnaryOperator;

/**
 * Union-find over cohort keys: cohorts that share members (rotated wrappers used by the same
 * accounts) or strong rare links are one campaign. The root is always the cohort founded first (ties
 * by key), so a campaign's id is stable as it grows, and the same input always yields the same ids.
 */
public final class CampaignForest {
    private final LongLongMap parent = new LongLongMap();

    public long find(long key) {
        return parent.root(key);
    }

    /** Joins two campaigns; the older root (by founding time, then key) stays the root. */
    public long union(long a, long b, LongUnaryOperator foundedMs) {
        long ra = find(a);
        long rb = find(b);
        if (ra == rb) {
            return ra;
        }
        long fa = foundedMs.applyAsLong(ra);
        long fb = foundedMs.applyAsLong(rb);
        boolean aOlder = fa < fb || (fa == fb && Long.compareUnsigned(ra, rb) < 0);
        long root = aOlder ? ra : rb;
        parent.put(aOlder ? rb : ra, root);
        return root;
    }

    /**
     * The key a campaign id was made from. Ids outlive merges: a decision made before two campaigns
     * (or template families) were united still names the absorbed one, and {@link #find} of this key
     * leads to the campaign it is part of now.
     */
    public static long keyOf(String campaignId) {
        if (campaignId == null || !campaignId.startsWith("cmp-") || campaignId.length() != 20) {
            throw new IllegalArgumentException("not a campaign id of the form cmp-<16 hex digits>: " + campaignId);
        }
        return Long.parseUnsignedLong(campaignId.substring(4), 16);
    }

    /** The stable public id of the campaign rooted at {@code root}. */
    public static String campaignId(long root) {
        String hex = Long.toHexString(root);
        return "cmp-" + "0".repeat(16 - hex.length()) + hex;
    }

    public void writeTo(DataOutput out) throws IOException {
        parent.writeTo(out);
    }

    public void readFrom(DataInput in) throws IOException {
        parent.readFrom(in, "campaign link");
    }
}
