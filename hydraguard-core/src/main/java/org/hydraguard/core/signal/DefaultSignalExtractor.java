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
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(this));

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
            SystemSignals sys = s.systems.get(system, 0L);
            Scratch.add(sys.cues(), allCues);
            systemHash = sys.sequenceHash();
        }
        String prompt = e.prompt();
        int promptHash = prompt == null ? 0 : s.hash.of(prompt);
        PromptSignals p = s.prompts.get(prompt, promptHash, systemHash);
        Scratch.add(p.cues(), allCues);

        double elicitation = reasoning.score(allCues, e.wantsThinking());
        int tools = e.tools() == null ? 0 : e.tools();
        Capability area = capability.classify(allCues, p.counts(), tools, e.turns());
        return new ExchangeSignals(clamp(elicitation), area, clamp(p.taskLike()), clamp(output.score(e)), p.skeleton(),
                prompt == null ? 0 : prompt.length(), promptHash);
    }

    /** What a system prompt yields: its cue counts and its sequence hash (0 when it has no tokens). Never mutated. */
    private record SystemSignals(int[] cues, long sequenceHash) {}

    /** What a prompt yields under one system prompt, whatever else its exchange says. Never mutated. */
    private record PromptSignals(int[] cues, TextCounts counts, double taskLike, Skeleton skeleton) {}

    private SystemSignals analyseSystem(String system, Scratch s) {
        int[] cues = new int[Cue.COUNT];
        TokenizedText text = s.text.of(system);
        if (text.isEmpty()) {
            return new SystemSignals(cues, 0L);
        }
        matcher.count(text, cues);
        return new SystemSignals(cues, text.sequenceHash());
    }

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

    /** Per-thread scratch and caches; never shared between threads. */
    private static final class Scratch {
        /**
         * Recent system prompts. Apps and agents send the same one with every request, often longer
         * than the prompt itself, so most exchanges find theirs here and skip tokenising it. Longer
         * ones are not kept, so this holds at most about 1 MB.
         */
        static final int SYSTEM_SLOTS = 64;
        static final int SYSTEM_MAX_CHARS = 16_384;
        /**
         * Recent prompts, keyed with their system prompt's hash. Half the exchanges in a busy stream
         * repeat a prompt seen shortly before ("continue", "yes, go ahead", "now run the tests");
         * their {@code hashCode} is one the engine needs later anyway. Longer prompts rarely repeat
         * and are not kept: at most about 5 MB.
         */
        static final int PROMPT_SLOTS = 2048;
        static final int PROMPT_MAX_CHARS = 1024;

        final TokenizedText text = new TokenizedText();
        final TextHash hash = new TextHash();
        final int[] allCues = new int[Cue.COUNT];
        final int[] mins = new int[SkeletonSketch.HASHES];
        final RecentTexts<SystemSignals> systems;
        final RecentTexts<PromptSignals> prompts;

        Scratch(DefaultSignalExtractor x) {
            systems = new RecentTexts<>(SYSTEM_SLOTS, SYSTEM_MAX_CHARS, (system, none) -> x.analyseSystem(system, this));
            prompts = new RecentTexts<>(PROMPT_SLOTS, PROMPT_MAX_CHARS, (prompt, systemHash) -> x.analyse(prompt, systemHash, this));
        }

        static void add(int[] from, int[] to) {
            for (int i = 0; i < Cue.COUNT; i++) {
                to[i] += from[i];
            }
        }
    }
}
