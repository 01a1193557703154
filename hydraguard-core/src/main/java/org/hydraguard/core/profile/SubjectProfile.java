package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;

/**
 * The bounded fingerprint of one subject (an account, or one end user of a reseller's account):
 * volume and timing, purpose sums, capability mix, client and network churn, repetition, and the few
 * prompt templates it uses most. Fixed size, about 500 bytes on the heap whatever the traffic; the
 * only unbounded inputs (IPs, fingerprints, prompts, templates) go into fixed-width sketches.
 *
 * <p>Mutable and not thread-safe: owned by one engine instance, updated on the per-record path.
 */
public final class SubjectProfile {
    private static final int HOUR_MS = 3_600_000;
    private static final int CAPS = Capability.values().length;

    public final int index;
    public final String accountId;
    public final String endUserId;
    /** The account's sign-up facts; null for reseller end users and accounts never described. */
    public AccountFacts facts;
    public String orgId;

    long firstMs = Long.MAX_VALUE;
    long lastMs = Long.MIN_VALUE;
    int exchanges;
    long inputTokens;
    long outputTokens;
    double reasoningSum;
    double taskSum;
    double outputSeekingSum;
    final int[] capabilities = new int[CAPS];
    int singleTurn;
    int toolUse;
    int newModel;
    int proxied;
    long ipBits;
    long clientBits;
    final long[] promptBloom = new long[4];
    int repeats;
    float falseRepeats;
    int hourOfDayMask;
    long slotBits;
    int lastSlot = Integer.MIN_VALUE;
    int gaps;
    double gapMean;
    double gapM2;
    public final SkeletonCounts templates = new SkeletonCounts();
    /** Templates (cohort keys) this subject has joined as a member; at most {@link #MAX_JOINED}. */
    public final long[] joined = new long[MAX_JOINED];
    public static final int MAX_JOINED = 8;
    /** The template families this subject used last in its current session: its co-use window. */
    public final FamilyTrail trail = new FamilyTrail();
    /** Decision state. */
    public final DecisionState decision = new DecisionState();
    public String lastExampleId;

    public SubjectProfile(int index, String accountId, String endUserId) {
        this.index = index;
        this.accountId = accountId;
        this.endUserId = endUserId;
    }

    /** Folds one exchange in. {@code newModel}: the model was released (first seen) recently. */
    public void update(Exchange e, ExchangeSignals s, boolean isNewModel) {
        long ts = e.ts().toEpochMilli();
        if (exchanges > 0 && ts >= lastMs) {
            double g = Math.log1p((ts - lastMs) / 1000.0);
            gaps++;
            double d = g - gapMean;
            gapMean += d / gaps;
            gapM2 += d * (g - gapMean);
        }
        firstMs = Math.min(firstMs, ts);
        lastMs = Math.max(lastMs, ts);
        exchanges++;
        inputTokens += e.inputTokens();
        outputTokens += e.outputTokens();
        reasoningSum += s.reasoningElicitation();
        taskSum += s.taskLikeness();
        outputSeekingSum += s.outputSeeking();
        capabilities[s.capability().ordinal()]++;
        if (e.turns() == 1) {
            singleTurn++;
        }
        if (e.tools() != null && e.tools() > 0) {
            toolUse++;
        }
        if (isNewModel) {
            newModel++;
        }
        String p = e.proxyType();
        if (p != null && !p.equals("none") && !p.equals("mobile")) {
            proxied++;
        }
        ipBits |= 1L << (e.ip().hashCode() & 63);
        long client = 31L * (e.tlsFp() == null ? 0 : e.tlsFp().hashCode()) + (e.userAgent() == null ? 0 : e.userAgent().hashCode());
        clientBits |= 1L << (StableHash.mix(client) & 63);
        if (e.prompt() != null) {
            notePrompt(s.promptHash());
        }
        int hour = (int) Math.floorDiv(ts, (long) HOUR_MS);
        hourOfDayMask |= 1 << Math.floorMod(hour, 24);
        noteSlot(hour);
        lastExampleId = e.id();
    }

    private void notePrompt(int h) {
        int bit = (int) (StableHash.mix(h) >>> 56);
        long mask = 1L << (bit & 63);
        int word = bit >>> 6;
        int fill = Long.bitCount(promptBloom[0]) + Long.bitCount(promptBloom[1]) + Long.bitCount(promptBloom[2]) + Long.bitCount(promptBloom[3]);
        falseRepeats += fill / 256f;
        if ((promptBloom[word] & mask) != 0) {
            repeats++;
        } else if (fill >= 64) {
            // window the filter so that its false-positive rate stays below 25 %
            java.util.Arrays.fill(promptBloom, 0L);
            promptBloom[word] = mask;
        } else {
            promptBloom[word] |= mask;
        }
    }

    private void noteSlot(int hour) {
        if (lastSlot == Integer.MIN_VALUE || hour - lastSlot >= 64) {
            slotBits = 0;
        } else {
            for (int h = lastSlot + 1; h <= hour; h++) {
                slotBits &= ~(1L << (h & 63));
            }
        }
        if (hour >= lastSlot) {
            lastSlot = hour;
        }
        if (lastSlot - hour < 64) {
            slotBits |= 1L << (hour & 63);
        }
    }

    /** Hour slots active in the 64 hours up to {@code nowHour}, bit {@code hour & 63}. */
    public long slotsAsOf(int nowHour) {
        if (lastSlot == Integer.MIN_VALUE || nowHour - lastSlot >= 64) {
            return 0L;
        }
        long bits = slotBits;
        for (int h = lastSlot + 1; h <= nowHour; h++) {
            bits &= ~(1L << (h & 63));
        }
        return bits;
    }

    public int exchanges() { return exchanges; }
    public long firstMs() { return firstMs; }
    public long lastMs() { return lastMs; }
    public long inputTokens() { return inputTokens; }
    public long outputTokens() { return outputTokens; }
    public int capabilityCount(Capability c) { return capabilities[c.ordinal()]; }
    public double reasoning() { return exchanges == 0 ? 0 : reasoningSum / exchanges; }
    public double taskLikeness() { return exchanges == 0 ? 0 : taskSum / exchanges; }
    public double outputSeeking() { return exchanges == 0 ? 0 : outputSeekingSum / exchanges; }
    public double singleTurnShare() { return exchanges == 0 ? 0 : (double) singleTurn / exchanges; }
    public double toolShare() { return exchanges == 0 ? 0 : (double) toolUse / exchanges; }
    public double newModelShare() { return exchanges == 0 ? 0 : (double) newModel / exchanges; }
    public double proxyShare() { return exchanges == 0 ? 0 : (double) proxied / exchanges; }
    public int activeHoursOfDay() { return Integer.bitCount(hourOfDayMask); }

    /** Share of prompts that repeat an earlier one (false positives of the filter subtracted). */
    public double repeatShare() {
        return exchanges == 0 ? 0 : Math.max(0, repeats - falseRepeats) / exchanges;
    }

    /** Share of SWE, agentic, long-horizon and math exchanges: the capabilities distillers target. */
    public double targetedCapabilityShare() {
        return exchanges == 0 ? 0 : 1.0 - (double) capabilities[Capability.OTHER.ordinal()] / exchanges;
    }

    /** Distinct client IPs per exchange, 0-1 (linear counting over 64 bits, saturates near 1). */
    public double ipChurn() {
        return churn(ipBits);
    }

    /** Distinct client fingerprints (TLS + user agent) per exchange, 0-1. */
    public double clientChurn() {
        return churn(clientBits);
    }

    private double churn(long bits) {
        if (exchanges <= 1) {
            return 0;
        }
        int zeros = 64 - Long.bitCount(bits);
        double distinct = zeros == 0 ? 200 : -64 * Math.log(zeros / 64.0);
        return Math.min(1.0, (distinct - 1) / (exchanges - 1));
    }

    /** Coefficient of variation of log inter-arrival gaps: low = machine-regular timing. */
    public double gapSpread() {
        return gaps < 2 ? 1.0 : Math.sqrt(gapM2 / (gaps - 1)) / Math.max(0.1, gapMean);
    }

    /** Exchanges per day over the subject's active span (at least six hours, to damp the start). */
    public double dailyRate() {
        if (exchanges == 0) {
            return 0;
        }
        double days = Math.max(0.25, (lastMs - firstMs) / 86_400_000.0);
        return exchanges / days;
    }

    public String subjectKey() {
        return org.hydraguard.core.model.Exchange.subjectKey(accountId, endUserId);
    }

    /** The independent entity behind the subject: its organization, else its account, else its end user. */
    public String entityKey() {
        if (endUserId != null) {
            return subjectKey();
        }
        return orgId != null ? "org:" + orgId : accountId;
    }

    public boolean hasJoined(long cohort) {
        for (long j : joined) {
            if (j == cohort) {
                return true;
            }
        }
        return false;
    }

    /** Replaces a joined cohort key after two families merged; drops it if {@code to} is already held. */
    public void rekeyJoined(long from, long to) {
        boolean hasTo = hasJoined(to);
        for (int i = 0; i < MAX_JOINED; i++) {
            if (joined[i] == from) {
                joined[i] = hasTo ? 0L : to;
                hasTo = true;
            }
        }
    }

    /** Records membership; returns false when the subject already holds {@link #MAX_JOINED} cohorts. */
    public boolean join(long cohort) {
        for (int i = 0; i < MAX_JOINED; i++) {
            if (joined[i] == 0L) {
                joined[i] = cohort;
                return true;
            }
        }
        return false;
    }

    /** Estimated heap bytes of this profile (object headers, fields, arrays, owned strings). */
    public int estimatedBytes() {
        int strings = 48 + 2 * accountId.length() + (endUserId == null ? 0 : 48 + 2 * endUserId.length())
                + (lastExampleId == null ? 0 : 48 + 2 * lastExampleId.length());
        return 16 + 220 + (16 + 4 * CAPS) + (16 + 32) + SkeletonCounts.BYTES + (16 + 32) + 64 + FamilyTrail.BYTES + strings
                + (facts == null ? 0 : 72);
    }

    public void writeTo(DataOutput out) throws IOException {
        ProfileCodec.write(this, out);
    }

    /** @param templateSlots template counters per subject in the snapshot being read ({@link SkeletonCounts}) */
    public static SubjectProfile readFrom(DataInput in, int templateSlots) throws IOException {
        return ProfileCodec.read(in, templateSlots);
    }
}
