package org.hydraguard.sim;

import java.util.EnumMap;
import java.util.Map;
import org.hydraguard.sim.text.PromptKind;

/**
 * The parameters of one distillation operator, at scale 1. Built with {@link #builder(String)};
 * every value has the default of the reference campaign and is checked when built.
 */
record CampaignPlan(
        String id,
        int accounts,
        long exchanges,
        double startDay,
        double endDay,
        int waveMin,
        int waveMax,
        double lifetimeDays,
        int wrappers,
        double paraphrase,
        IpStrategy ip,
        double datacenterShare,
        Fingerprint fingerprint,
        boolean humanRhythm,
        double coverShare,
        double resellerShare,
        Map<PromptKind, Double> mix,
        double chaseShare,
        double chaseDelayHours,
        double thinkingShare,
        int maxTokens,
        Double temperature,
        boolean jitterParams,
        double multiTurnShare,
        double programShare,
        double verifiedShare,
        int cardMin,
        int cardMax,
        double throwawayShare,
        double agedShare,
        double cardShare) {

    /** Where requests come from. */
    enum IpStrategy { RESIDENTIAL_ROTATING, RESIDENTIAL_STICKY, DATACENTER, MIXED }

    /** Which client fingerprints accounts show. */
    enum Fingerprint { FIXED_SDK, PER_ACCOUNT_POPULAR }

    CampaignPlan {
        if (id == null || id.isBlank() || id.equals("benign")) {
            throw new IllegalArgumentException("campaign id must be a non-empty name other than benign: " + id);
        }
        if (accounts < 1 || exchanges < 1) {
            throw new IllegalArgumentException("campaign " + id + " needs at least one account and one exchange: " + accounts + ", " + exchanges);
        }
        if (!(startDay >= 0 && endDay > startDay)) {
            throw new IllegalArgumentException("campaign " + id + " must end after it starts: days " + startDay + " to " + endDay);
        }
        if (waveMin < 1 || waveMax < waveMin) {
            throw new IllegalArgumentException("campaign " + id + " wave size must be 1 <= min <= max: " + waveMin + ".." + waveMax);
        }
        if (wrappers < 0) {
            throw new IllegalArgumentException("campaign " + id + " wrapper variants must be 0 (bare items) or more: " + wrappers);
        }
        if (cardMin < 1 || cardMax < cardMin) {
            throw new IllegalArgumentException("campaign " + id + " accounts per card must be 1 <= min <= max: " + cardMin + ".." + cardMax);
        }
        for (double share : new double[] {paraphrase, datacenterShare, coverShare, resellerShare, chaseShare, thinkingShare, multiTurnShare, programShare, verifiedShare, throwawayShare, agedShare, cardShare}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("campaign " + id + ": every share must be between 0 and 1, inclusive: " + share);
            }
        }
        mix = Map.copyOf(mix);
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("campaign " + id + " needs a capability mix");
        }
    }

    static Builder builder(String id) {
        return new Builder(id);
    }

    /** Fluent construction; defaults are those of the reference (seed-2026) operator. */
    static final class Builder {
        private final String id;
        private int accounts = 1000;
        private long exchanges = 1_150_000;
        private double startDay;
        private double endDay = Double.NaN;
        private int waveMin = 40;
        private int waveMax = 250;
        private double lifetimeDays = 9;
        private int wrappers = 8;
        private double paraphrase = 0.15;
        private IpStrategy ip = IpStrategy.MIXED;
        private double datacenterShare = 0.3;
        private Fingerprint fingerprint = Fingerprint.FIXED_SDK;
        private boolean humanRhythm;
        private double coverShare = 0.03;
        private double resellerShare;
        private final Map<PromptKind, Double> mix = new EnumMap<>(PromptKind.class);
        private double chaseShare;
        private double chaseDelayHours = 12;
        private double thinkingShare = 0.7;
        private int maxTokens = 16000;
        private Double temperature = 1.0;
        private boolean jitterParams;
        private double multiTurnShare = 0.04;
        private double programShare = 0.25;
        private double verifiedShare = 0.08;
        private int cardMin = 5;
        private int cardMax = 40;
        private double throwawayShare = 0.55;
        private double agedShare;
        private double cardShare = 1;

        private Builder(String id) {
            this.id = id;
        }

        Builder size(int accounts, long exchanges) {
            this.accounts = accounts;
            this.exchanges = exchanges;
            return this;
        }

        Builder days(double startDay, double endDay) {
            this.startDay = startDay;
            this.endDay = endDay;
            return this;
        }

        Builder waves(int min, int max, double lifetimeDays) {
            this.waveMin = min;
            this.waveMax = max;
            this.lifetimeDays = lifetimeDays;
            return this;
        }

        Builder wrappers(int count, double paraphrase) {
            this.wrappers = count;
            this.paraphrase = paraphrase;
            return this;
        }

        Builder ip(IpStrategy ip, double datacenterShare) {
            this.ip = ip;
            this.datacenterShare = datacenterShare;
            return this;
        }

        Builder fingerprint(Fingerprint f) {
            this.fingerprint = f;
            return this;
        }

        Builder humanRhythm(boolean human) {
            this.humanRhythm = human;
            return this;
        }

        Builder cover(double share) {
            this.coverShare = share;
            return this;
        }

        Builder reseller(double share) {
            this.resellerShare = share;
            return this;
        }

        Builder target(PromptKind kind, double weight) {
            mix.put(kind, weight);
            return this;
        }

        Builder chase(double share, double delayHours) {
            this.chaseShare = share;
            this.chaseDelayHours = delayHours;
            return this;
        }

        Builder params(double thinkingShare, int maxTokens, Double temperature, boolean jitter) {
            this.thinkingShare = thinkingShare;
            this.maxTokens = maxTokens;
            this.temperature = temperature;
            this.jitterParams = jitter;
            return this;
        }

        Builder multiTurn(double share) {
            this.multiTurnShare = share;
            return this;
        }

        Builder signups(double programShare, double verifiedShare, int cardMin, int cardMax, double throwawayShare) {
            this.programShare = programShare;
            this.verifiedShare = verifiedShare;
            this.cardMin = cardMin;
            this.cardMax = cardMax;
            this.throwawayShare = throwawayShare;
            return this;
        }

        /**
         * Share of accounts bought old (or long dormant): created 60-660 days before the operator
         * wakes them, instead of signed up for the campaign.
         */
        Builder aged(double share) {
            this.agedShare = share;
            return this;
        }

        /** Share of accounts that give a payment instrument; the others stay on the free tier without one. */
        Builder cards(double share) {
            this.cardShare = share;
            return this;
        }

        CampaignPlan build(double windowDays) {
            if (mix.isEmpty()) {
                target(PromptKind.SWE, 0.30).target(PromptKind.AGENTIC, 0.25).target(PromptKind.PLANNING, 0.15)
                        .target(PromptKind.CODE, 0.10).target(PromptKind.MATH, 0.10).target(PromptKind.REASONING, 0.10);
            }
            return new CampaignPlan(id, accounts, exchanges, startDay, Double.isNaN(endDay) ? windowDays : endDay, waveMin, waveMax,
                    lifetimeDays, wrappers, paraphrase, ip, datacenterShare, fingerprint, humanRhythm, coverShare, resellerShare, mix,
                    chaseShare, chaseDelayHours, thinkingShare, maxTokens, temperature, jitterParams, multiTurnShare, programShare,
                    verifiedShare, cardMin, cardMax, throwawayShare, agedShare, cardShare);
        }
    }
}
