package org.hydraguard.core.signal;

import java.util.Arrays;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;

/**
 * The standard extractor: tokenises the system prompt and the prompt once each (bounded windows), counts
 * every cue family in one pass per text, and lets each detector score from the counts; what a text
 * yields is kept per thread for texts that come back (system prompts, stock follow-ups). Immutable
 * after construction; scratch and caches live in a per-thread object, so one instance serves any
 * number of threads without locking, and a call allocates only its result and, for a prompt not seen
 * recently, the prompt's cached analysis.
 */
final class DefaultSignalExtractor implements SignalExtractor {
    private final PhraseMatcher matcher;
    private final ReasoningElicitation reasoning = new ReasoningElicitation();
    private final CapabilityClassifier capability = new CapabilityClassifier();
    private final TaskLikeness task = new TaskLikeness();
    private final OutputSeeking output = new OutputSeeking();
    private final SkeletonSketch skeleton = new SkeletonSketch();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    DefaultSignalExtractor() {
        PhraseMatcher.Builder b = PhraseMatcher.builder();
        ReasoningElicitation.register(b);
        TaskLikeness.register(b);
        CapabilityClassifier.register(b);
        matcher = b.build();
    }

    @Override
    public ExchangeSignals extract(Exchange e) {
        Scratch s = scratch.get();
        int[] allCues = s.allCues;
        Arrays.fill(allCues, 0);

        long systemHash = 0L;
        String system = e.system();
        if (system != null && !system.isEmpty()) {
            systemHash = s.system(system, matcher, allCues);
        }
        String prompt = e.prompt();
        PromptSignals p = s.prompt(prompt, systemHash, this);
        Scratch.add(p.cues(), allCues);

        double elicitation = reasoning.score(allCues, e.wantsThinking());
        int tools = e.tools() == null ? 0 : e.tools();
        Capability area = capability.classify(allCues, p.counts(), tools, e.turns());
        return new ExchangeSignals(clamp(elicitation), area, clamp(p.taskLike()), clamp(output.score(e)), p.skeleton(),
                prompt == null ? 0 : prompt.length());
    }

    /** What a prompt yields under one system prompt, whatever else its exchange says. Never mutated. */
    private record PromptSignals(int[] cues, TextCounts counts, double taskLike, Skeleton skeleton) {}

    private PromptSignals analyse(String prompt, long systemHash, Scratch s) {
        TokenizedText text = s.text.of(prompt);
        int[] cues = new int[Cue.COUNT];
        matcher.count(text, cues);
        double taskLike = text.isEmpty() ? 0.0 : task.score(cues, text);
        Skeleton sk = text.isEmpty() ? Skeleton.NONE : skeleton.of(text, systemHash, s.mins);
        return new PromptSignals(cues, TextCounts.of(text), taskLike, sk);
    }

    private static double clamp(double v) {
        return v < 0.0 ? 0.0 : Math.min(v, 1.0);
    }

    @Override
    public String toString() {
        return "Signals.defaultExtractor()";
    }

    /** Per-thread scratch; never shared between threads. */
    private static final class Scratch {
        /**
         * Recent system prompts and what they yield. Apps and agents send the same system prompt with
         * every request, often longer than the prompt itself, so most exchanges find theirs here and
         * skip tokenising it: one hash and one comparison instead. Direct-mapped by the text's hash.
         */
        static final int SYSTEM_SLOTS = 64;
        /** Longer system prompts are not kept, so the cache holds at most about 1 MB per thread. */
        static final int SYSTEM_MAX_CHARS = 16_384;

        /**
         * Recent prompts and what they yield. Agents and scripted users resend short stock turns
         * ("continue", "yes, go ahead", "now run the tests") many times a day; half the exchanges
         * in a busy stream repeat a prompt seen shortly before. Keyed by the prompt's
         * {@code hashCode}, which the engine needs later anyway and which the String keeps.
         */
        static final int PROMPT_SLOTS = 2048;
        /** Longer prompts rarely repeat and are not kept: at most about 5 MB per thread. */
        static final int PROMPT_MAX_CHARS = 1024;

        final TokenizedText text = new TokenizedText();
        final int[] allCues = new int[Cue.COUNT];
        final int[] mins = new int[SkeletonSketch.HASHES];
        private final String[] systemText = new String[SYSTEM_SLOTS];
        private final long[] systemHash = new long[SYSTEM_SLOTS];
        private final int[][] systemCues = new int[SYSTEM_SLOTS][Cue.COUNT];
        private final String[] promptText = new String[PROMPT_SLOTS];
        private final long[] promptSystem = new long[PROMPT_SLOTS];
        private final PromptSignals[] promptSignals = new PromptSignals[PROMPT_SLOTS];

        PromptSignals prompt(String prompt, long systemHash, DefaultSignalExtractor x) {
            if (prompt == null || prompt.length() > PROMPT_MAX_CHARS) {
                return x.analyse(prompt, systemHash, this);
            }
            int slot = (prompt.hashCode() ^ (int) (systemHash ^ (systemHash >>> 32))) & (PROMPT_SLOTS - 1);
            if (promptSystem[slot] != systemHash || !prompt.equals(promptText[slot])) {
                promptSignals[slot] = x.analyse(prompt, systemHash, this);
                promptText[slot] = prompt;
                promptSystem[slot] = systemHash;
            }
            return promptSignals[slot];
        }

        /** Adds the system prompt's cue counts to {@code cues}; returns its sequence hash (0 when it has no tokens). */
        long system(String system, PhraseMatcher matcher, int[] cues) {
            if (system.length() > SYSTEM_MAX_CHARS) {
                return count(system, matcher, cues);
            }
            int slot = system.hashCode() & (SYSTEM_SLOTS - 1);
            if (!system.equals(systemText[slot])) {
                Arrays.fill(systemCues[slot], 0);
                systemHash[slot] = count(system, matcher, systemCues[slot]);
                systemText[slot] = system;
            }
            add(systemCues[slot], cues);
            return systemHash[slot];
        }

        private long count(String system, PhraseMatcher matcher, int[] cues) {
            if (text.of(system).isEmpty()) {
                return 0L;
            }
            matcher.count(text, cues);
            return text.sequenceHash();
        }

        static void add(int[] from, int[] to) {
            for (int i = 0; i < Cue.COUNT; i++) {
                to[i] += from[i];
            }
        }
    }
}
