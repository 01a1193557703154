package org.hydraguard.core.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hydraguard.core.link.CampaignForest;
import org.hydraguard.core.link.Cohort;
import org.hydraguard.core.link.IndicatorIndex;
import org.hydraguard.core.link.LongLongMap;
import org.hydraguard.core.link.TemplateIndex;
import org.hydraguard.core.link.ValueIndex;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.policy.Detection;
import org.hydraguard.core.profile.Codec;
import org.hydraguard.core.profile.ModelCalendar;
import org.hydraguard.core.profile.SkeletonCounts;
import org.hydraguard.core.profile.SubjectProfile;
import org.hydraguard.core.score.MemberView;
import org.hydraguard.core.score.Purpose;

/**
 * Everything the engine knows, and its versioned binary form. Snapshot layout (big-endian):
 * magic {@code HGS1}, format version, stream time, then each structure in a fixed order with its
 * maps written in sorted key order, so equal states give byte-identical snapshots.
 */
final class EngineState implements MemberView {
    static final int MAGIC = 0x48475331;
    static final int VERSION = 4;
    /**
     * The oldest format still read: 2, before cohorts counted repeated openings (they start at zero);
     * formats before 4 hold ten template counters per subject instead of sixteen (the rest start free).
     */
    static final int OLDEST_READABLE = 2;

    final Map<String, SubjectProfile> subjects = new HashMap<>();
    final List<SubjectProfile> byIndex = new ArrayList<>();
    TemplateIndex templates;
    final Map<Long, Cohort> cohorts = new HashMap<>();
    final CampaignForest forest = new CampaignForest();
    TemplateFamilies families;
    final ValueIndex values = new ValueIndex();
    final IndicatorIndex indicators = new IndicatorIndex();
    final ModelCalendar models = new ModelCalendar();
    final Map<Integer, IndicatorHit> hits = new HashMap<>();
    long streamMs = Long.MIN_VALUE;
    /**
     * Event time of the earliest exchange seen. Not written to snapshots: it is the earliest first
     * exchange of any subject, so a restored state derives it from its profiles.
     */
    long streamStartMs = Long.MAX_VALUE;
    long exchanges;

    EngineState(int templateCapacityLog2) {
        templates = new TemplateIndex(templateCapacityLog2);
        families = new TemplateFamilies(templateCapacityLog2);
    }

    SubjectProfile subject(String accountId, String endUserId) {
        String key = org.hydraguard.core.model.Exchange.subjectKey(accountId, endUserId);
        SubjectProfile p = subjects.get(key);
        if (p == null) {
            p = new SubjectProfile(byIndex.size(), accountId, endUserId);
            subjects.put(key, p);
            byIndex.add(p);
        }
        return p;
    }

    /** The cohort of a template's family, or null. */
    Cohort cohortOf(long template) {
        return template == 0L ? null : cohorts.get(families.find(template));
    }

    /**
     * Two template families became one: the absorbed family's cohort is folded into the survivor's
     * (or re-keyed as it), members' joined keys follow, and the campaign forest links the two keys so
     * that a campaign that already held either keeps its id.
     */
    void uniteFamilies(long survivor, long absorbed) {
        Cohort gone = cohorts.remove(absorbed);
        if (gone == null) {
            return;
        }
        Cohort kept = cohorts.get(survivor);
        if (kept == null) {
            kept = new Cohort(survivor);
            cohorts.put(survivor, kept);
        }
        kept.absorb(gone, m -> byIndex.get(m).hasJoined(survivor));
        for (int i = 0; i < gone.memberCount(); i++) {
            byIndex.get(gone.member(i)).rekeyJoined(absorbed, survivor);
        }
        forest.union(survivor, absorbed, this::rootRank);
        campaignsChanged();
    }

    long foundedMs(long cohortKey) {
        Cohort c = cohortOf(cohortKey);
        return c == null ? Long.MAX_VALUE : c.firstMs;
    }

    /**
     * Which of two campaign roots stays the root when they are joined: the earlier founded, except
     * that a template's cohort always outranks a card's. A campaign found through its prompts keeps
     * its id when the cards behind its accounts are linked to it; card groups only root a campaign
     * that has no template cohort at all.
     */
    long rootRank(long cohortKey) {
        Cohort c = cohortOf(cohortKey);
        if (c == null) {
            return Long.MAX_VALUE;
        }
        return isCardCohort(c) ? CARD_RANK + c.firstMs : c.firstMs;
    }

    private static final long CARD_RANK = Long.MAX_VALUE / 2;

    @Override
    public long newlyActiveFromMs() {
        return streamStartMs == Long.MAX_VALUE ? Long.MAX_VALUE : streamStartMs + NEWLY_ACTIVE_AFTER_START_MS;
    }

    /** How long after the engine's first exchange a first exchange says an account just became active. */
    static final long NEWLY_ACTIVE_AFTER_START_MS = 2 * 86_400_000L;

    @Override
    public SubjectProfile subject(int index) {
        return byIndex.get(index);
    }

    /** Share of the subject's traffic in templates whose cohort belongs to the campaign rooted at {@code root}. */
    @Override
    public double share(SubjectProfile p, long root) {
        return p.exchanges() == 0 ? 0 : Math.min(1.0, (double) campaignCount(p, root) / p.exchanges());
    }

    /**
     * The best score of a suspicious cohort in each campaign tree, keyed by forest root. Derived from
     * the cohorts alone (never written to a snapshot; rebuilt when stale), so a restored engine sees
     * exactly what the live one did. Marked stale whenever a cohort is re-scored or trees are joined.
     */
    private LongLongMap campaignScores = new LongLongMap();
    private boolean campaignScoresStale = true;

    void campaignsChanged() {
        campaignScoresStale = true;
    }

    /**
     * The best score among the suspicious cohorts of the campaign containing {@code key}; 0 if none.
     * Asked for every template slot of the subject on every exchange, so the scores sit in a primitive
     * map (a score is stored as the complement of its bits, which is never 0), and while no cohort is
     * suspicious the answer is 0 without a lookup.
     */
    double campaignScore(long key) {
        if (campaignScoresStale) {
            LongLongMap scores = new LongLongMap();
            for (Cohort c : cohorts.values()) {
                if (suspicious(c)) {
                    long root = forest.find(c.key);
                    long bits = scores.get(root);
                    double best = bits == 0L ? c.score : Math.max(Double.longBitsToDouble(~bits), c.score);
                    scores.put(root, ~Double.doubleToLongBits(best));
                }
            }
            campaignScores = scores;
            campaignScoresStale = false;
        }
        if (campaignScores.isEmpty()) {
            return 0.0;
        }
        long bits = campaignScores.get(forest.find(key));
        return bits == 0L ? 0.0 : Double.longBitsToDouble(~bits);
    }

    /**
     * The key under which a subject counts a use of {@code family}: the campaign's forest root once
     * the family is part of a suspicious campaign of several families, else the family itself. A
     * campaign that paraphrases heavily spreads every account over dozens of small wrapper families;
     * counted family by family in a subject's few slots, each use wears the others' counts down and
     * the account's share of campaign traffic reads far lower than it is. Counted at the campaign,
     * the uses add up in one slot.
     */
    long countingKey(long family) {
        long f = families.find(family);
        long root = forest.find(f);
        return root != f && campaignScore(root) > 0 ? root : f;
    }

    /**
     * The posting of the subject's payment instrument when between {@code minHolders} and
     * {@code rareMax} accounts pay with it; else null. Card-mates are actioned together from two
     * holders on; from {@code minEntities} holders the card groups them into a cohort of its own
     * (see {@code DetectionEngine.countCard}), whatever prompts they send.
     */
    ValueIndex.Posting rareCard(SubjectProfile p, int minHolders, int rareMax) {
        if (p.facts == null || p.facts.paymentKey == 0L) {
            return null;
        }
        ValueIndex.Posting pay = values.get(p.facts.paymentKey);
        return pay != null && pay.count >= minHolders && pay.count <= rareMax ? pay : null;
    }

    /** The subject's shared-card cohort, or null. */
    Cohort cardCohort(SubjectProfile p) {
        return p.facts == null || p.facts.paymentKey == 0L ? null : cohorts.get(p.facts.paymentKey);
    }

    /** Whether a cohort groups the holders of one payment instrument rather than the users of a template. */
    boolean isCardCohort(Cohort c) {
        return values.get(c.key) != null;
    }

    /** Whether the subject is a member of a suspicious cohort of the campaign rooted at {@code root}. */
    boolean memberOfSuspicious(SubjectProfile p, long root) {
        for (long j : p.joined) {
            if (j == 0L) {
                continue;
            }
            long family = families.find(j);
            Cohort c = cohorts.get(family);
            if (c != null && suspicious(c) && forest.find(family) == root) {
                return true;
            }
        }
        return false;
    }

    int campaignCount(SubjectProfile p, long root) {
        return familyCount(p, root, false);
    }

    /**
     * The subject's exchanges in templates of the family rooted at {@code root}; with
     * {@code suspiciousOnly}, only in templates whose own cohort is suspicious. Enforcement uses the
     * latter, so that an honest template which happens to be united with a campaign's family (a
     * popular tool's wrapper that the campaign also uses) never drags its own users along.
     */
    int familyCount(SubjectProfile p, long root, boolean suspiciousOnly) {
        if (paysWithCampaignCard(p, root, suspiciousOnly)) {
            return p.exchanges(); // every exchange is paid with the campaign's card
        }
        int n = 0;
        for (int i = 0; i < p.templates.size(); i++) {
            long k = p.templates.keyAt(i);
            if (k == 0L) {
                continue;
            }
            long family = families.find(k);
            Cohort c = cohorts.get(family);
            boolean inFamily = family == root || (c != null && forest.find(family) == root);
            // a slot keyed by the campaign root itself holds the uses of all its families (countingKey)
            boolean campaignSlot = family == root && forest.find(family) == root && campaignScore(root) > 0;
            if (inFamily && (!suspiciousOnly || campaignSlot || (c != null && suspicious(c)))) {
                n += p.templates.countAt(i);
            }
        }
        return n;
    }

    /**
     * Whether {@code matches} of a campaign's templates in the subject's exchanges make it one of the
     * campaign's accounts, counted as exchanges ({@link #exchangesMatched}):
     * <ul>
     *   <li>enough of them: the newcomer's bar, or {@link #AGED_FACTOR} times it for an aged account
     *       (operators open accounts for a campaign, while an old honest account that happens to send a
     *       few prompts like the campaign's should not be pulled in by them);
     *   <li>a large enough share of its traffic ({@link #memberShareBar}), shown with confidence for an
     *       aged account ({@link #shownShare});
     *   <li>both bars times {@code barFactor}, which the enforcer lowers for a member it already holds:
     *       the counts are a Misra-Gries summary, which under-counts a template among many others (an
     *       operator's cover traffic), so a held member's count can dip below the entry bar for an
     *       exchange or two and would be released and served in between;
     *   <li>and, for an aged account, traffic of its own that is distillation-like, or a card of the
     *       campaign's: an old customer whose batch job has always sent a popular task format (an
     *       extraction or classification prompt) that a campaign sends too is not the campaign's account.
     * </ul>
     */
    boolean memberByTemplates(SubjectProfile p, long root, int matches, Detection d, double barFactor) {
        int inCampaign = exchangesMatched(p, matches);
        boolean aged = aged(p, root);
        if (inCampaign < (aged ? AGED_FACTOR : 1) * d.newcomerExchanges() * barFactor
                || shownShare(p, inCampaign, aged) < memberShareBar(p, root, d.minShare(), aged) * barFactor) {
            return false;
        }
        return !aged || Purpose.ofSubject(p) >= d.purposeGate() || paysWithCampaignCard(p, root, true);
    }

    /**
     * The subject's exchanges among {@code matches} of a campaign's templates: a long prompt's opening
     * and its closing can each match one, so the matches can outnumber the exchanges, which the bar
     * and the share count.
     */
    static int exchangesMatched(SubjectProfile p, int matches) {
        return Math.min(matches, p.exchanges());
    }

    /** Whether the subject pays with a card whose cohort is in the campaign (and suspicious, if asked). */
    private boolean paysWithCampaignCard(SubjectProfile p, long root, boolean suspiciousOnly) {
        Cohort card = cardCohort(p);
        return card != null && forest.find(card.key) == root && (!suspiciousOnly || suspicious(card));
    }

    /**
     * Whether the account existed well before the campaign's templates were first seen and was not
     * woken for it: an account with a history of its own, not one opened or bought for the campaign.
     */
    boolean aged(SubjectProfile p, long root) {
        if (p.facts == null) {
            return false;
        }
        long founded = foundedMs(root);
        return founded != Long.MAX_VALUE && p.facts.createdMs < founded - AGED_BEFORE_MS && !wokenAfter(p, founded);
    }

    /**
     * Share of its own traffic a subject needs in the campaign's templates to be actioned with it:
     * the policy's {@code minShare}, or a third of it for a subject that has JOINED one of the
     * campaign's suspicious cohorts (at least {@code joinExchanges} uses that were at least
     * {@code joinShare} of its traffic when it joined). A campaign that paraphrases every wrapper and
     * mixes in cover chat leaves each account with a modest share in the templates the engine can
     * recognise, but its accounts keep joining the campaign's cohorts; an honest user who merely sent
     * a prompt phrased like the campaign's a few times is not a member, and keeps the full bar. An aged
     * account gets no discount: an old account that sends a fifth of its prompts in a popular task
     * format the campaign also uses is a customer with a history, not an operator's account.
     */
    double memberShareBar(SubjectProfile p, long root, double minShare, boolean aged) {
        return !aged && memberOfSuspicious(p, root) ? minShare / MEMBER_SHARE_DIVISOR : minShare;
    }

    static final int MEMBER_SHARE_DIVISOR = 3;

    /**
     * The share of its traffic a subject's exchanges show in the campaign's templates. For an aged
     * account, the share its history shows with confidence: the lower end of a 95% Wilson interval,
     * so that an old customer sending a fifth of its prompts in a shared format is not caught by the
     * chance run of a few dozen exchanges (12 of its first 36), while an account that sends nothing
     * else (12 of 12) still shows at least three quarters.
     */
    static double shownShare(SubjectProfile p, int inCampaign, boolean aged) {
        double n = Math.max(1, p.exchanges());
        double share = inCampaign / n;
        if (!aged) {
            return share;
        }
        double z2 = 1.96 * 1.96;
        double centre = share + z2 / (2 * n);
        double spread = 1.96 * Math.sqrt(share * (1 - share) / n + z2 / (4 * n * n));
        return Math.max(0, (centre - spread) / (1 + z2 / n));
    }

    /** Whether an old account sent its first exchange only after {@code ms}: bought or dormant, woken then. */
    private boolean wokenAfter(SubjectProfile p, long ms) {
        return p.firstMs() >= Math.max(ms, newlyActiveFromMs());
    }

    static final long AGED_BEFORE_MS = 7 * 86_400_000L;
    static final int AGED_FACTOR = 4;

    @Override
    public boolean inCampaign(int subjectIndex, long root) {
        for (long j : byIndex.get(subjectIndex).joined) {
            if (j != 0L && forest.find(families.find(j)) == root) {
                return true;
            }
        }
        return false;
    }

    int campaigns() {
        return (int) cohorts.values().stream().filter(c -> c.action.restricts()).map(c -> forest.find(c.key)).distinct().count();
    }

    long estimatedBytes() {
        long b = templates.estimatedBytes() + values.estimatedBytes() + 200L * hits.size();
        for (SubjectProfile p : byIndex) {
            b += p.estimatedBytes() + 64; // map entry and key
        }
        for (Cohort c : cohorts.values()) {
            b += c.estimatedBytes() + 48;
        }
        b += families.estimatedBytes();
        return b;
    }

    byte[] snapshot() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(streamMs);
            out.writeLong(exchanges);
            out.writeInt(byIndex.size());
            for (SubjectProfile p : byIndex) {
                p.writeTo(out);
            }
            templates.writeTo(out);
            Map<Long, Cohort> sorted = new TreeMap<>(cohorts);
            out.writeInt(sorted.size());
            for (Cohort c : sorted.values()) {
                c.writeTo(out);
            }
            forest.writeTo(out);
            families.writeTo(out);
            values.writeTo(out);
            indicators.writeTo(out);
            models.writeTo(out);
            Map<Integer, IndicatorHit> sortedHits = new TreeMap<>(hits);
            out.writeInt(sortedHits.size());
            for (Map.Entry<Integer, IndicatorHit> e : sortedHits.entrySet()) {
                out.writeInt(e.getKey());
                e.getValue().writeTo(out);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a snapshot to memory failed", e);
        }
    }

    static EngineState restore(byte[] snapshot) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new IllegalArgumentException("Possible corruption: not a Hydraguard engine snapshot (magic "
                        + Integer.toHexString(magic) + ", expected " + Integer.toHexString(MAGIC) + ")");
            }
            int version = in.readInt();
            if (version < OLDEST_READABLE || version > VERSION) {
                throw new IllegalArgumentException("snapshot format version " + version
                        + " is not supported; this engine reads versions " + OLDEST_READABLE + " to " + VERSION);
            }
            long streamMs = in.readLong();
            long exchanges = in.readLong();
            int n = Codec.readCount(in, 1 << 28, "subject");
            List<SubjectProfile> profiles = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                SubjectProfile p = SubjectProfile.readFrom(in,
                        version >= 4 ? SkeletonCounts.SLOTS : SkeletonCounts.SLOTS_BEFORE_FORMAT_4);
                if (p.index != i) {
                    throw new IOException("Possible corruption: subject " + i + " has index " + p.index);
                }
                profiles.add(p);
            }
            TemplateIndex templates = TemplateIndex.readFrom(in);
            EngineState s = new EngineState(10);
            s.templates = templates;
            s.streamMs = streamMs;
            s.exchanges = exchanges;
            for (SubjectProfile p : profiles) {
                s.byIndex.add(p);
                s.subjects.put(p.subjectKey(), p);
                if (p.exchanges() > 0) {
                    s.streamStartMs = Math.min(s.streamStartMs, p.firstMs());
                }
            }
            int nc = Codec.readCount(in, 1 << 28, "cohort");
            for (int i = 0; i < nc; i++) {
                Cohort c = Cohort.readFrom(in, version >= 3);
                s.cohorts.put(c.key, c);
            }
            s.forest.readFrom(in);
            s.families = TemplateFamilies.readFrom(in);
            s.values.readFrom(in);
            s.indicators.readFrom(in);
            s.models.readFrom(in);
            int nh = Codec.readCount(in, 1 << 28, "indicator hit");
            for (int i = 0; i < nh; i++) {
                s.hits.put(in.readInt(), IndicatorHit.readFrom(in));
            }
            if (in.read() != -1) {
                throw new IOException("Possible corruption: bytes left after the end of the snapshot");
            }
            return s;
        } catch (IOException e) {
            throw new IllegalArgumentException("snapshot is unreadable: " + e.getMessage(), e);
        }
    }

    static boolean suspicious(Cohort c) {
        return c.action.compareTo(Action.MONITOR) >= 0;
    }
}
