package org.hydraguard.io.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Exchange;

/**
 * Exchanges per UTC day for every account (and every named end user), kept during the one pass over
 * the input, so that a campaign's daily chart can be drawn once its members are known at the end.
 *
 * <p>Why not a second pass over only the members: inputs may be pipes or very large, and reading
 * them twice doubles the run. Memory is four bytes per subject per day of its active span (first to
 * last day it sent anything), e.g. 22 MB for 125,000 accounts active over 45 days; a subject that
 * spans more than {@link #MAX_DAYS} days keeps only its first {@code MAX_DAYS}.
 */
public final class DailyActivity {
    /** Longest span kept per subject (about a year and a half). */
    static final int MAX_DAYS = 550;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final char SEPARATOR = '\u001f';

    /**
     * Per subject, one array: its first active day, then its count on each day from that one on. One
     * object per subject, not a holder and its array, because this lookup runs for every exchange and
     * each object is another cache miss.
     */
    private final Map<String, int[]> bySubject = new HashMap<>();
    private int accounts;

    /** Counts one exchange for its account and, when it names one, for its end user. */
    public void accept(Exchange e) {
        long day = Math.floorDiv(e.ts().getEpochSecond(), SECONDS_PER_DAY);
        if (count(e.accountId(), day)) {
            accounts++;
        }
        if (e.endUserId() != null) {
            count(e.accountId() + SEPARATOR + e.endUserId(), day);
        }
    }

    /** Counts one exchange; true if the key was new. */
    private boolean count(String key, long day) {
        int[] days = bySubject.get(key);
        if (days == null) {
            days = new int[1 + 4];
            days[0] = (int) day;
            days[1] = 1;
            bySubject.put(key, days);
            return true;
        }
        long offset = day - days[0];
        if (offset < 0 || offset >= MAX_DAYS) {
            return false; // out of order by more than the first day, or past the kept span
        }
        int i = 1 + (int) offset;
        if (i >= days.length) {
            days = Arrays.copyOf(days, 1 + Math.min(MAX_DAYS, Math.max(i, 2 * (days.length - 1))));
            bySubject.put(key, days);
        }
        days[i]++;
        return false;
    }

    /** Daily exchanges and active members of a campaign over its first-to-last-seen days. */
    public CampaignSeries seriesFor(Campaign c) {
        long first = Math.floorDiv(c.firstSeen().getEpochSecond(), SECONDS_PER_DAY);
        long last = Math.floorDiv(c.lastSeen().getEpochSecond(), SECONDS_PER_DAY);
        int span = (int) Math.max(1, Math.min(MAX_DAYS, last - first + 1));
        long[] exchanges = new long[span];
        int[] active = new int[span];
        for (String account : c.accounts()) {
            add(bySubject.get(account), first, exchanges, active);
        }
        java.util.Set<String> members = new java.util.HashSet<>(c.accounts());
        for (EndUserRef u : c.endUsers()) {
            if (!members.contains(u.accountId())) {
                add(bySubject.get(u.accountId() + SEPARATOR + u.endUserId()), first, exchanges, active);
            }
        }
        return new CampaignSeries(LocalDate.ofEpochDay(first), exchanges, active);
    }

    private static void add(int[] days, long first, long[] exchanges, int[] active) {
        if (days == null) {
            return;
        }
        for (int i = 0; i < exchanges.length; i++) {
            long offset = first + i - days[0];
            int n = offset < 0 || offset >= days.length - 1 ? 0 : days[1 + (int) offset];
            exchanges[i] += n;
            if (n > 0) {
                active[i]++;
            }
        }
    }

    /** Distinct accounts with at least one exchange. */
    public int accounts() {
        return accounts;
    }

    /** Subjects (accounts, and end users where named) with at least one exchange. */
    public int subjects() {
        return bySubject.size();
    }
}
