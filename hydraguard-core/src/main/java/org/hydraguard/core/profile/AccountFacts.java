package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hydraguard.core.model.Account;

/**
 * What the engine keeps of an account record: sign-up time and hashed link keys, never the raw
 * values (those live once per distinct value in the link index). About 80 bytes per account.
 */
public final class AccountFacts {
    /** Namespaces of {@link StableHash#of(int, String)} for account attributes. */
    public static final int NS_PAYMENT = 1;
    public static final int NS_EMAIL_DOMAIN = 2;
    public static final int NS_SIGNUP_NET = 3;

    public final long createdMs;
    public final String orgId;
    public final long paymentKey;
    public final long emailKey;
    public final long signupNetKey;
    /** -1 unknown, 0 not verified, 1 verified. */
    public final byte verified;
    /** Whether a verification pathway (education, startup, research, ...) was used. */
    public final boolean viaProgram;

    public AccountFacts(long createdMs, String orgId, long paymentKey, long emailKey, long signupNetKey,
                        byte verified, boolean viaProgram) {
        this.createdMs = createdMs;
        this.orgId = orgId;
        this.paymentKey = paymentKey;
        this.emailKey = emailKey;
        this.signupNetKey = signupNetKey;
        this.verified = verified;
        this.viaProgram = viaProgram;
    }

    public static AccountFacts of(Account a) {
        return new AccountFacts(a.createdAt().toEpochMilli(), a.orgId(),
                StableHash.of(NS_PAYMENT, a.paymentFp()),
                StableHash.of(NS_EMAIL_DOMAIN, lower(a.emailDomain())),
                StableHash.of(NS_SIGNUP_NET, network(a.signupIp())),
                a.verified() == null ? (byte) -1 : (a.verified() ? (byte) 1 : (byte) 0),
                !a.programs().isEmpty());
    }

    /** The /24 of an IPv4 address or the /48 of an IPv6 address: the sign-up network. */
    public static String network(String ip) {
        if (ip == null) {
            return null;
        }
        if (ip.indexOf(':') >= 0) {
            int cut = 0;
            for (int i = 0, colons = 0; i < ip.length(); i++) {
                if (ip.charAt(i) == ':' && ++colons == 3) {
                    cut = i;
                    break;
                }
            }
            return cut == 0 ? ip : ip.substring(0, cut);
        }
        int last = ip.lastIndexOf('.');
        return last < 0 ? ip : ip.substring(0, last);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeLong(createdMs);
        Codec.writeNullable(out, orgId);
        out.writeLong(paymentKey);
        out.writeLong(emailKey);
        out.writeLong(signupNetKey);
        out.writeByte(verified);
        out.writeBoolean(viaProgram);
    }

    public static AccountFacts readFrom(DataInput in) throws IOException {
        return new AccountFacts(in.readLong(), Codec.readNullable(in), in.readLong(), in.readLong(),
                in.readLong(), in.readByte(), in.readBoolean());
    }
}
