package org.hydraguard.core.link;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.profile.Codec;
import org.hydraguard.core.signal.ExchangeSignals;

/**
 * The subjects that use one prompt template for a real share of their traffic, and what the
 * template's exchanges ask for. A candidate group only: it becomes (part of) a campaign when its
 * score, which needs both purpose and coordination, passes the policy's thresholds.
 *
 * <p>Memory: fixed aggregates plus 4 bytes per member; members are subject indices in join order.
 */
public final class Cohort {
    private static final int EXAMPLES = 4;
    private static final int CAPS = Capability.values().length;
    public final long key;
    public long firstMs = Long.MAX_VALUE;
    public long lastMs = Long.MIN_VALUE;
    public long exchanges;
    public long inputTokens;
    public long outputTokens;
    double reasoningSum;
    double taskSum;
    double outputSeekingSum;
    final long[] capabilities = new long[CAPS];
    /**
     * Exchanges that are not a human's side of a conversation: single-turn requests, and follow-up
     * turns whose whole prompt is the template itself ({@link org.hydraguard.core.signal.Skeleton#coversWholePrompt()}).
     * A distiller harvesting long-horizon trajectories has no human to write follow-ups, so it drives
     * every conversation with a few scripted continuations ("Continue with the next step. Show your
     * work."), the same across its accounts; an honest user's follow-ups answer what the model said
     * and are written anew each time, so they rarely resolve to a shared template at all.
     */
    long singleTurn;
    long toolUse;
    /**
     * Opening prompts (first turns) sent in the template, and how many repeated word for word one
     * that a different subject sent among the last {@link #RECENT} openings. Distillers harvest answers
     * to many different tasks, so their openings differ; a class pasting the week's assignment, or
     * people sending the same FAQ, ask one and the same question. A subject repeating its own opening
     * (sampling several answers to one task) is not counted.
     */
    long openings;
    long repeatedOpenings;
    static final int RECENT = 16;
    private final long[] recentOpening = new long[RECENT];
    private final int[] recentSender = new int[RECENT];
    private int recentNext;
    private int[] members = new int[4];
    private int memberCount;
    private final String[] examples = new String[EXAMPLES];
    private int exampleCount;

    /** Scoring state, refreshed by the scorer on an amortised schedule. */
    public double score;
    public double purpose;
    public double coordination;
    public long scoredAtExchanges;
    public int scoredAtMembers;
    public Action action = Action.ALLOW;
    public List<Evidence> evidence = List.of();

    public Cohort(long key) {
        this.key = key;
    }

    /** @param subject the sending subject's index, to tell one subject's repeats from a shared question */
    public void addExchange(int subject, long tsMs, String exchangeId, ExchangeSignals s, int turns, Integer tools,
                            long in, long out) {
        if (turns == 1) {
            noteOpening(subject, s.skeleton().exactKey() * 0x9E3779B97F4A7C15L + s.promptChars());
        }
        firstMs = Math.min(firstMs, tsMs);
        lastMs = Math.max(lastMs, tsMs);
        exchanges++;
        inputTokens += in;
        outputTokens += out;
        reasoningSum += s.reasoningElicitation();
        taskSum += s.taskLikeness();
        outputSeekingSum += s.outputSeeking();
        capabilities[s.capability().ordinal()]++;
        if (turns == 1 || s.skeleton().coversWholePrompt()) {
            singleTurn++;
        }
        if (tools != null && tools > 0) {
            toolUse++;
        }
        if (exampleCount < EXAMPLES) {
            examples[exampleCount++] = exchangeId;
        }
    }

    private void noteOpening(int subject, long text) {
        long k = text == 0L ? 1L : text;
        openings++;
        for (int i = 0; i < RECENT; i++) {
            if (recentOpening[i] == k && recentSender[i] != subject) {
                repeatedOpenings++;
                break;
            }
        }
        recentOpening[recentNext] = k;
        recentSender[recentNext] = subject;
        recentNext = (recentNext + 1) % RECENT;
    }

    /**
     * Share of the template's openings that repeat another subject's recent one; 0 until there are
     * {@link #MIN_OPENINGS} openings to judge by.
     */
    public double repeatedOpeningShare() {
        return openings < MIN_OPENINGS ? 0.0 : (double) repeatedOpenings / openings;
    }

    static final int MIN_OPENINGS = 20;

    public void addMember(int subject) {
        if (memberCount == members.length) {
            members = Arrays.copyOf(members, members.length * 2);
        }
        members[memberCount++] = subject;
    }

    /**
     * Folds another cohort of the same template family into this one (its templates turned out to be
     * used by the same subjects). Aggregates add up; members of {@code other} are appended unless
     * {@code alreadyMember} says they are members here too. Scoring state is kept from whichever
     * cohort acted more strongly, and the merged cohort is due for re-scoring at once.
     */
    public void absorb(Cohort other, java.util.function.IntPredicate alreadyMember) {
        firstMs = Math.min(firstMs, other.firstMs);
        lastMs = Math.max(lastMs, other.lastMs);
        exchanges += other.exchanges;
        inputTokens += other.inputTokens;
        outputTokens += other.outputTokens;
        reasoningSum += other.reasoningSum;
        taskSum += other.taskSum;
        outputSeekingSum += other.outputSeekingSum;
        for (int i = 0; i < CAPS; i++) {
            capabilities[i] += other.capabilities[i];
        }
        singleTurn += other.singleTurn;
        toolUse += other.toolUse;
        openings += other.openings;
        repeatedOpenings += other.repeatedOpenings;
        for (int i = 0; i < other.memberCount; i++) {
            if (!alreadyMember.test(other.members[i])) {
                addMember(other.members[i]);
            }
        }
        for (int i = 0; i < other.exampleCount && exampleCount < EXAMPLES; i++) {
            examples[exampleCount++] = other.examples[i];
        }
        if (other.action.compareTo(action) > 0 || (other.action == action && other.score > score)) {
            score = other.score;
            purpose = other.purpose;
            coordination = other.coordination;
            action = other.action;
            evidence = other.evidence;
        }
        scoredAtMembers = 0;
        scoredAtExchanges = 0;
    }

    public int memberCount() {
        return memberCount;
    }

    public int member(int i) {
        return members[i];
    }

    public List<String> examples() {
        return List.of(Arrays.copyOf(examples, exampleCount));
    }

    public double reasoning() { return exchanges == 0 ? 0 : reasoningSum / exchanges; }
    public double taskLikeness() { return exchanges == 0 ? 0 : taskSum / exchanges; }
    public double outputSeeking() { return exchanges == 0 ? 0 : outputSeekingSum / exchanges; }
    /** Share of single-turn requests and scripted follow-ups (see {@link #singleTurn}). */
    public double singleTurnShare() { return exchanges == 0 ? 0 : (double) singleTurn / exchanges; }
    public double toolShare() { return exchanges == 0 ? 0 : (double) toolUse / exchanges; }
    public long capabilityCount(Capability c) { return capabilities[c.ordinal()]; }

    public double targetedCapabilityShare() {
        return exchanges == 0 ? 0 : 1.0 - (double) capabilities[Capability.OTHER.ordinal()] / exchanges;
    }

    public long estimatedBytes() {
        return 200 + 12L * RECENT + 4L * members.length + 64L * exampleCount + 120L * evidence.size();
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeLong(key);
        out.writeLong(firstMs);
        out.writeLong(lastMs);
        out.writeLong(exchanges);
        out.writeLong(inputTokens);
        out.writeLong(outputTokens);
        out.writeDouble(reasoningSum);
        out.writeDouble(taskSum);
        out.writeDouble(outputSeekingSum);
        for (long c : capabilities) {
            out.writeLong(c);
        }
        out.writeLong(singleTurn);
        out.writeLong(toolUse);
        out.writeLong(openings);
        out.writeLong(repeatedOpenings);
        for (int i = 0; i < RECENT; i++) {
            out.writeLong(recentOpening[i]);
            out.writeInt(recentSender[i]);
        }
        out.writeInt(recentNext);
        out.writeInt(memberCount);
        for (int i = 0; i < memberCount; i++) {
            out.writeInt(members[i]);
        }
        out.writeInt(exampleCount);
        for (int i = 0; i < exampleCount; i++) {
            out.writeUTF(examples[i]);
        }
        out.writeDouble(score);
        out.writeDouble(purpose);
        out.writeDouble(coordination);
        out.writeLong(scoredAtExchanges);
        out.writeInt(scoredAtMembers);
        out.writeByte(action.ordinal());
        out.writeInt(evidence.size());
        for (Evidence e : evidence) {
            EvidenceCodec.write(e, out);
        }
    }

    public static Cohort readFrom(DataInput in) throws IOException {
        return readFrom(in, true);
    }

    /** @param withOpenings false for snapshots of format 2, written before openings were counted */
    public static Cohort readFrom(DataInput in, boolean withOpenings) throws IOException {
        Cohort c = new Cohort(in.readLong());
        c.firstMs = in.readLong();
        c.lastMs = in.readLong();
        c.exchanges = in.readLong();
        c.inputTokens = in.readLong();
        c.outputTokens = in.readLong();
        c.reasoningSum = in.readDouble();
        c.taskSum = in.readDouble();
        c.outputSeekingSum = in.readDouble();
        for (int i = 0; i < CAPS; i++) {
            c.capabilities[i] = in.readLong();
        }
        c.singleTurn = in.readLong();
        c.toolUse = in.readLong();
        if (withOpenings) {
            c.openings = in.readLong();
            c.repeatedOpenings = in.readLong();
            for (int i = 0; i < RECENT; i++) {
                c.recentOpening[i] = in.readLong();
                c.recentSender[i] = in.readInt();
            }
            c.recentNext = in.readInt();
            if (c.recentNext < 0 || c.recentNext >= RECENT || c.repeatedOpenings < 0 || c.repeatedOpenings > c.openings) {
                throw new IOException("Possible corruption: cohort opening counts out of range");
            }
        }
        int n = Codec.readCount(in, 1 << 28, "cohort member");
        c.members = new int[Math.max(4, n)];
        for (int i = 0; i < n; i++) {
            c.members[i] = in.readInt();
        }
        c.memberCount = n;
        c.exampleCount = Codec.readCount(in, EXAMPLES, "cohort example");
        for (int i = 0; i < c.exampleCount; i++) {
            c.examples[i] = in.readUTF();
        }
        c.score = in.readDouble();
        c.purpose = in.readDouble();
        c.coordination = in.readDouble();
        c.scoredAtExchanges = in.readLong();
        c.scoredAtMembers = in.readInt();
        int a = in.readByte();
        if (a < 0 || a >= Action.values().length) {
            throw new IOException("Possible corruption: cohort action ordinal out of range: " + a);
        }
        c.action = Action.values()[a];
        int ne = Codec.readCount(in, 1024, "cohort evidence");
        List<Evidence> ev = new ArrayList<>(ne);
        for (int i = 0; i < ne; i++) {
            ev.add(EvidenceCodec.read(in));
        }
        c.evidence = List.copyOf(ev);
        return c;
    }
}
