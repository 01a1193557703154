package org.hydraguard.sim;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.hydraguard.core.model.Account;

/**
 * What a sign-up form records: e-mail domain, display name, tier, programs, verification. Honest and
 * campaign accounts draw from the same pools; only the mix differs, as it does in real sign-ups.
 */
final class Signups {
    private static final String[] WEBMAIL = {
        "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "qq.com", "163.com", "gmx.de",
        "mail.ru", "naver.com", "yandex.ru", "aol.com", "web.de"
    };
    private static final double[] WEBMAIL_WEIGHT = {46, 10, 5, 5, 6, 3, 3, 2, 2, 1.5, 1.5, 1, 0.5, 1};
    /** Disposable and low-friction domains: a few honest users use them too. */
    static final String[] THROWAWAY = {
        "mailfast.cc", "inboxpop.net", "tmpbox.io", "dropmail.me", "fakemailbox.org", "quickinbox.co", "burnermail.app",
        "minutebox.net", "relaymail.cc", "snapinbox.io", "mailnull.top", "zippymail.xyz"
    };
    private static final String[] SYLLABLE = {
        "nova", "lumen", "brisk", "orbit", "pine", "flux", "kite", "atlas", "ember", "quill", "harbor", "vector", "maple",
        "onyx", "tidal", "cobalt", "sage", "pixel", "delta", "forge"
    };
    private static final String[] TLD = {".com", ".io", ".ai", ".co", ".dev", ".de", ".co.uk", ".fr", ".in", ".jp"};
    private static final String[] FIRST = {
        "Maria", "Priya", "Tom", "Aiko", "Jamal", "Lena", "Carlos", "Wei", "Fatima", "Noah", "Ingrid", "Kwame", "Sofia",
        "Raj", "Elena", "Mateo", "Yuki", "Omar", "Hannah", "Diego", "Minh", "Chloe", "Ahmed", "Anna", "Ben", "Ji-woo"
    };
    private static final String[] LAST = {
        "Silva", "Kowalski", "Tanaka", "Okafor", "Schmidt", "Nguyen", "Haddad", "Larsen", "Patel", "Garcia", "Kim",
        "Müller", "Rossi", "Dubois", "Smith", "Chen"
    };

    private final double[] webmailCum = Dist.cumulative(WEBMAIL_WEIGHT);

    String webmail(SplittableRandom r) {
        return WEBMAIL[Dist.pick(r, webmailCum)];
    }

    String companyDomain(SplittableRandom r) {
        return SYLLABLE[r.nextInt(SYLLABLE.length)] + SYLLABLE[r.nextInt(SYLLABLE.length)] + TLD[r.nextInt(TLD.length)];
    }

    String eduDomain(SplittableRandom r) {
        String s = SYLLABLE[r.nextInt(SYLLABLE.length)];
        return switch (r.nextInt(4)) {
            case 0 -> s + ".edu";
            case 1 -> "uni-" + s + ".de";
            case 2 -> s + ".ac.uk";
            default -> "u" + s + ".edu";
        };
    }

    /** An individual's e-mail domain: mostly webmail, some work addresses, a few disposable. */
    String personalDomain(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.006) {
            return THROWAWAY[r.nextInt(THROWAWAY.length)];
        }
        return u < 0.78 ? webmail(r) : companyDomain(r);
    }

    String displayName(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.35) {
            return null;
        }
        String first = FIRST[r.nextInt(FIRST.length)];
        return u < 0.7 ? first + " " + LAST[r.nextInt(LAST.length)] : first + " " + LAST[r.nextInt(LAST.length)].charAt(0) + ".";
    }

    /** A sign-up time before the window: the user base grew about 60% a year. */
    long createdBefore(long windowStart, SplittableRandom r) {
        double years = Math.min(3.2, Dist.exponential(r, 1.1));
        return windowStart - (long) (years * 365.25 * Times.DAY) - Dist.between(r, 1, 86_000) * 1000L;
    }

    static Account account(String id, long createdAt, String orgId, String domain, String payment, String signupIp, String country,
            String tier, List<String> programs, boolean verified, String displayName) {
        return new Account(id, Instant.ofEpochMilli(createdAt), orgId, domain, payment, signupIp, country, tier, programs, verified, displayName);
    }

    /** An individual's tier: most are free or pay as they go. */
    static String tier(SplittableRandom r, double paid) {
        double u = r.nextDouble();
        return u < 1 - paid ? "free" : (u < 1 - paid * 0.12 ? "build" : "scale");
    }
}
