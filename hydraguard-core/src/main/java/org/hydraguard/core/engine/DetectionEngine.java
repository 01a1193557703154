package org.hydraguard.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.profile.AccountFacts;
import org.hydraguard.core.profile.SubjectProfile;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Skeleton;

/**
 * The event-time detection engine: consumes accounts, indicators and exchanges in time order and
 * decides as of stream time. Per exchange: signals, the subject's fingerprint, the prompt's template,
 * the template's cohort (re-scored on an amortised schedule), indicator matches, and the subject's
 * decision, emitted only when its action changes, with {@code decidedAt} = the exchange's time.
 *
 * <p>Free of I/O, global state and the wall clock; not thread-safe (one instance per key-partition);
 * {@link #snapshot()} and {@link #restore} give a byte-exact copy of the state, so a restored engine
 * produces the same outputs as one that was never interrupted.
 */
public final class DetectionEngine {
    /** Default template-index size: 2^20 slots (24 MB), enough for millions of distinct wrappers' bands. */
    public static final int DEFAULT_TEMPLATE_CAPACITY_LOG2 = 20;
    private static final long HOUR_MS = 3_600_000L;
    /** Bands per frame in the default skeleton layout: leading frame first, trailing frame next. */
    static final int FRAME_BANDS = 14;

    private final SignalExtractor extractor;
    private final Policy policy;
    private final EngineState state;
    private final Enforcer enforcer;
    private final CohortScoring scoring;
    private final List<Indicator> matched = new ArrayList<>(4);

    public DetectionEngine(SignalExtractor extractor, Policy policy) {
        this(extractor, policy, DEFAULT_TEMPLATE_CAPACITY_LOG2);
    }

    public DetectionEngine(SignalExtractor extractor, Policy policy, int templateCapacityLog2) {
        this(extractor, policy, new EngineState(templateCapacityLog2));
    }

    private DetectionEngine(SignalExtractor extractor, Policy policy, EngineState state) {
        if (extractor == null || policy == null) {
            throw new IllegalArgumentException("a detection engine needs a signal extractor and a policy");
        }
        this.extractor = extractor;
        this.policy = policy;
        this.state = state;
        this.enforcer = new Enforcer(state, policy);
        this.scoring = new CohortScoring(state, policy, enforcer);
    }

    /** Records or updates an account's sign-up facts and indexes its linkable values. */
    public void accept(Account a) {
        SubjectProfile p = state.subject(a.accountId(), null);
        p.facts = AccountFacts.of(a);
        if (a.orgId() != null) {
            p.orgId = a.orgId();
        }
        state.values.add(p.facts.paymentKey, a.paymentFp(), p.index);
        state.values.add(p.facts.emailKey, a.emailDomain(), p.index);
        state.values.add(p.facts.signupNetKey, AccountFacts.network(a.signupIp()), p.index);
        if (!state.indicators.isEmpty()) {
            java.time.Instant at = a.createdAt();
            matched.clear();
            state.indicators.match(IndicatorType.EMAIL_DOMAIN, a.emailDomain(), at, matched);
            state.indicators.match(IndicatorType.PAYMENT_FP, a.paymentFp(), at, matched);
            state.indicators.match(IndicatorType.ACCOUNT_ID, a.accountId(), at, matched);
            state.indicators.matchIp(a.signupIp() == null ? "" : a.signupIp(), at, matched);
            noteHits(p, "signup:" + a.accountId());
        }
    }

    /** Adds a known indicator; prompt templates are reduced to their skeleton here, once. */
    public void accept(Indicator ind) {
        Skeleton s = null;
        if (ind.type() == IndicatorType.PROMPT_TEMPLATE) {
            Exchange probe = Exchange.builder().id("indicator").ts(java.time.Instant.EPOCH).accountId("indicator")
                    .ip("0.0.0.0").api("indicator").model("indicator").prompt(ind.value()).build();
            s = extractor.extract(probe).skeleton();
        }
        state.indicators.add(ind, s);
    }

    /** Consumes one exchange; {@code out} receives the decisions whose action changed because of it. */
    public void accept(Exchange e, Consumer<Decision> out) {
        long ts = e.ts().toEpochMilli();
        state.streamMs = Math.max(state.streamMs, ts);
        state.streamStartMs = Math.min(state.streamStartMs, ts);
        state.exchanges++;
        int hour = (int) Math.floorDiv(ts, HOUR_MS);
        SubjectProfile p = state.subject(e.accountId(), e.endUserId());
        if (p.orgId == null && e.endUserId() == null && e.orgId() != null) {
            p.orgId = e.orgId();
        }
        ExchangeSignals s = extractor.extract(e);
        Skeleton sk = s.skeleton();
        p.update(e, s, state.models.isNew(e.model(), ts));
        if (sk.bands() >= 2 * FRAME_BANDS) {
            long lead = state.templates.resolve(sk, 0, FRAME_BANDS, hour);
            boolean leadKnown = state.templates.lastWasKnown();
            long trail = state.templates.resolve(sk, FRAME_BANDS, 2 * FRAME_BANDS, hour);
            boolean trailKnown = state.templates.lastWasKnown();
            if (leadKnown) {
                countTemplate(p, e, s, lead, ts, hour, out);
            }
            if (trailKnown && trail != lead) {
                countTemplate(p, e, s, trail, ts, hour, out);
            }
        } else {
            long template = state.templates.resolve(sk, hour);
            if (state.templates.lastWasKnown()) {
                countTemplate(p, e, s, template, ts, hour, out);
            }
        }
        if (state.rareCard(p, policy.detection().minEntities(), policy.detection().rareValueMaxAccounts()) != null) {
            countCard(p, e, s, p.facts.paymentKey, ts, hour, out);
        }
        if (!state.indicators.isEmpty()) {
            matchIndicators(p, e, s);
        }
        enforcer.decide(p, e.ts(), out);
    }

    /**
     * Counts the exchange in the cohort of the subject's shared payment instrument: the holders of a
     * card that several independent accounts pay with are scored as a group on all their traffic, as
     * a template's users are on its uses. A campaign whose prompts share no template at all (bare
     * dataset items, no wrapper, no scripted follow-up) is still funded by a few cards; the group
     * needs the same distillation purpose and coordination as any other before anyone is restricted,
     * and accounts of one organisation count as one entity, so a company's or a lab's shared card
     * never makes a campaign.
     */
    private void countCard(SubjectProfile p, Exchange e, ExchangeSignals s, long card, long ts, int hour,
                           Consumer<Decision> out) {
        Cohort c = state.cohorts.get(card);
        if (c == null) {
            c = new Cohort(card);
            state.cohorts.put(card, c);
        }
        c.addExchange(p.index, ts, e.id(), s, e.turns(), e.tools(), e.inputTokens(), e.outputTokens());
        if (p.exchanges() >= policy.detection().joinExchanges() && !p.hasJoined(card) && p.join(card)) {
            c.addMember(p.index);
        }
        scoring.maybeRescore(c, e.ts(), hour, out);
    }

    /**
     * Counts one use of a known template by the subject: first in the template-family structure
     * (which may unite families), then in the subject's counters and the cohort, both keyed by family.
     */
    private void countTemplate(SubjectProfile p, Exchange e, ExchangeSignals s, long template, long ts, int hour,
                               Consumer<Decision> out) {
        long family = state.families.note(p, template, ts, state::foundedMs, state::uniteFamilies);
        int count = p.templates.add(state.countingKey(family), state::countingKey);
        Cohort c = state.cohorts.get(family);
        int join = policy.detection().joinExchanges();
        if (c == null && count >= join) {
            c = new Cohort(family);
            state.cohorts.put(family, c);
        }
        if (c != null) {
            c.addExchange(p.index, ts, e.id(), s, e.turns(), e.tools(), e.inputTokens(), e.outputTokens());
            if (count >= join && !p.hasJoined(family)
                    && (double) count / p.exchanges() >= policy.detection().joinShare() && p.join(family)) {
                c.addMember(p.index);
            }
            scoring.maybeRescore(c, e.ts(), hour, out);
        }
    }

    private void matchIndicators(SubjectProfile p, Exchange e, ExchangeSignals s) {
        matched.clear();
        state.indicators.matchIp(e.ip(), e.ts(), matched);
        state.indicators.match(IndicatorType.ASN, e.asn() == null ? null : e.asn().toString(), e.ts(), matched);
        state.indicators.match(IndicatorType.TLS_FP, e.tlsFp(), e.ts(), matched);
        state.indicators.match(IndicatorType.USER_AGENT, e.userAgent(), e.ts(), matched);
        state.indicators.match(IndicatorType.ACCOUNT_ID, e.accountId(), e.ts(), matched);
        state.indicators.matchSkeleton(s.skeleton(), e.ts(), matched);
        noteHits(p, e.id());
    }

    private void noteHits(SubjectProfile p, String exampleId) {
        for (Indicator ind : matched) {
            int conf = ind.confidence() == null ? 50 : ind.confidence();
            IndicatorHit prev = state.hits.get(p.index);
            if (prev == null || conf > prev.confidence()) {
                state.hits.put(p.index, new IndicatorHit(ind.actor(), conf, ind.type().wireName(), ind.value(), exampleId));
            }
        }
    }

    /** The decision in force for an account (endUserId null) or one of its end users; allow when unknown. */
    public Decision decisionFor(String accountId, String endUserId) {
        SubjectProfile p = state.subjects.get(Exchange.subjectKey(accountId, endUserId));
        if (p == null) {
            return new Decision(accountId, org.hydraguard.core.model.Action.ALLOW, null, 0.0, List.of(),
                    java.time.Instant.ofEpochMilli(Math.max(0, state.streamMs)), null, endUserId);
        }
        return enforcer.current(p);
    }

    /** The campaigns found so far, ordered by id. */
    public List<Campaign> campaigns() {
        return new CampaignReport(state, policy.detection()).campaigns();
    }

    public EngineStats stats() {
        return new EngineStats(state.byIndex.size(), state.cohorts.size(), state.campaigns(), state.exchanges,
                state.estimatedBytes());
    }

    /** The whole state in the versioned binary snapshot format. */
    public byte[] snapshot() {
        return state.snapshot();
    }

    /** An engine continuing from a snapshot; the policy and extractor are supplied again, not stored. */
    public static DetectionEngine restore(byte[] snapshot, SignalExtractor extractor, Policy policy) {
        return new DetectionEngine(extractor, policy, EngineState.restore(snapshot));
    }
}
