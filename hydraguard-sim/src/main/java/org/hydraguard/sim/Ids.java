package org.hydraguard.sim;

/**
 * Identifiers. Account, org, key, conversation and end-user ids are a bijective mix of a counter, so
 * they are unique yet say nothing about who was created when or by whom. Exchange ids are the
 * emission sequence in fixed-width base 36, so ordering by id equals emission order, which is how the
 * output stays sorted by {@code (ts, id)}.
 */
final class Ids {
    private final long salt;
    private long accounts;
    private long orgs;
    private long conversations;
    private long endUsers;
    private long payments;
    private long keys;
    private long exchanges;

    Ids(long seed) {
        this.salt = Dist.mix(seed ^ 0x5DEECE66DL);
    }

    String account() {
        return "acct_" + token(1, accounts++);
    }

    String org() {
        return "org_" + token(2, orgs++);
    }

    String apiKey() {
        return "key_" + token(3, keys++);
    }

    String conversation() {
        return "conv_" + token(4, conversations++);
    }

    String endUser() {
        return "u_" + token(5, endUsers++);
    }

    String payment() {
        return "pm_" + Long.toHexString(Dist.mix(salt ^ (6L << 56) ^ payments++));
    }

    String exchange() {
        String n = Long.toString(exchanges++, 36);
        return "ex_" + "0000000000".substring(Math.min(10, n.length())) + n;
    }

    long exchangesIssued() {
        return exchanges;
    }

    private String token(int kind, long n) {
        String s = Long.toString(Dist.mix(salt + ((long) kind << 58) + n) >>> 1, 36);
        return "0000000000000".substring(s.length()) + s;
    }
}
