package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.hydraguard.core.model.Capability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behaviour on real public prompt sets (skipped when the corpus directory is absent). The texts are
 * only read here; no detector keys on them. Full confusion matrix: run {@link SignalHarness}.
 */
class CorpusSignalsTest {
    private static List<Corpus.Prompt> prompts;
    private final SignalExtractor extractor = Signals.defaultExtractor();

    @BeforeAll
    static void load() {
        assumeTrue(Corpus.available(), "corpus directory " + Corpus.directory() + " is missing");
        prompts = Corpus.all();
    }

    private double share(String category, Integer tools, Predicate<ExchangeSignals> p) {
        long n = 0;
        long hit = 0;
        for (Corpus.Prompt c : prompts) {
            if (c.category().equals(category)) {
                n++;
                if (p.test(extractor.extract(Exchanges.base().prompt(c.text()).tools(tools).build()))) {
                    hit++;
                }
            }
        }
        assertThat(n).as("prompts in category %s", category).isPositive();
        return hit / (double) n;
    }

    @Test
    void capabilityFloorsFromTextAlone() {
        assertThat(share("task-swe", null, s -> s.capability() == Capability.SOFTWARE_ENGINEERING)).isGreaterThanOrEqualTo(0.85);
        assertThat(share("task-code", null, s -> s.capability() == Capability.SOFTWARE_ENGINEERING)).isGreaterThanOrEqualTo(0.8);
        assertThat(share("task-math", null, s -> s.capability() == Capability.MATH_REASONING)).isGreaterThanOrEqualTo(0.9);
        assertThat(share("benign", null, s -> s.capability() == Capability.AGENTIC)).isLessThan(0.05);
    }

    @Test
    void agenticTasksAsSentWithToolDefinitionsAreAgentic() {
        assertThat(share("task-agentic", 3, s -> s.capability() == Capability.AGENTIC)).isGreaterThanOrEqualTo(0.7);
        // text alone is weak for agentic items (many are plain questions) but still far above benign chat
        double textOnly = share("task-agentic", null, s -> s.capability() == Capability.AGENTIC);
        double benign = share("benign", null, s -> s.capability() == Capability.AGENTIC);
        assertThat(textOnly).isGreaterThan(5 * benign);
    }

    @Test
    void benchmarkItemsLookMoreTaskLikeThanChat() {
        double code = share("task-code", null, s -> s.taskLikeness() >= 0.4);
        double benign = share("benign", null, s -> s.taskLikeness() >= 0.4);
        assertThat(code).isGreaterThanOrEqualTo(0.7);
        assertThat(benign).isLessThan(0.25);
    }

    @Test
    void realUsersRarelyDemandVisibleReasoning() {
        assertThat(share("benign", null, s -> s.reasoningElicitation() >= 0.5)).isLessThan(0.05);
    }

    @Test
    void unrelatedRealPromptsRarelyShareABand() {
        assertThat(pairShare("benign")).isLessThan(0.01);
        assertThat(pairShare("task-math")).isLessThan(0.01);
        assertThat(pairShare("task-agentic")).isLessThan(0.01);
    }

    @Test
    void realPromptsInOneWrapperShareABand() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<String> tasks = prompts.stream().map(Corpus.Prompt::text)
                .filter(t -> t.split("\\s+").length >= 15).toList();
        String prefix = "You are grading material for a course. Solve the task below. Think step by step, show every "
                + "intermediate step and keep the final answer on its own line.\n\nTask: ";
        String suffix = "\n\nReturn the final answer after the words FINAL ANSWER and nothing else after it.";
        int pairs = 500;
        int shared = 0;
        for (int i = 0; i < pairs; i++) {
            Skeleton a = skeleton(prefix + tasks.get(rnd.nextInt(tasks.size())) + suffix);
            Skeleton b = skeleton(prefix + tasks.get(rnd.nextInt(tasks.size())) + suffix);
            shared += a.sharesBandWith(b) ? 1 : 0;
        }
        assertThat(shared / (double) pairs).isGreaterThanOrEqualTo(0.95);
    }

    private double pairShare(String category) {
        List<Skeleton> sk = prompts.stream().filter(p -> p.category().equals(category))
                .map(p -> skeleton(p.text())).toList();
        SplittableRandom rnd = new SplittableRandom(5);
        int pairs = 20_000;
        int shared = 0;
        for (int i = 0; i < pairs; i++) {
            int x = rnd.nextInt(sk.size());
            int y = rnd.nextInt(sk.size());
            if (x != y && sk.get(x).sharesBandWith(sk.get(y))) {
                shared++;
            }
        }
        return shared / (double) pairs;
    }

    private Skeleton skeleton(String prompt) {
        return extractor.extract(Exchanges.prompt(prompt)).skeleton();
    }
}
