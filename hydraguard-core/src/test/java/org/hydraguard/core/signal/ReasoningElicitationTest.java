package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasoningElicitationTest {
    private final SignalExtractor extractor = Signals.defaultExtractor();

    private double elicitation(String prompt) {
        return extractor.extract(Exchanges.prompt(prompt)).reasoningElicitation();
    }

    @Test
    void explicitDemandForEveryIntermediateStepIsHigh() {
        assertThat(elicitation("Think step by step and show every intermediate step.")).isGreaterThanOrEqualTo(0.85);
        assertThat(elicitation("Solve the task below. Think step by step and show every intermediate step before "
                + "the final answer.\n\nTask: what is 17 * 23?")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void studentAskingForAStepByStepExplanationIsModerate() {
        double student = elicitation("can you explain step by step how photosynthesis works");
        assertThat(student).isBetween(0.4, 0.75);
        assertThat(student).isLessThan(elicitation("Think step by step and show every intermediate step."));
    }

    @Test
    void casualExplainIsLowAndPlainQuestionIsZero() {
        assertThat(elicitation("Explain what a mortgage is.")).isBetween(0.05, 0.3);
        assertThat(elicitation("What is the capital of France?")).isEqualTo(0.0);
        assertThat(elicitation("Write a haiku about autumn leaves.")).isEqualTo(0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Show your work.",
        "Please show all of your working.",
        "Explain your reasoning before you answer.",
        "Walk me through how you got there.",
        "Use chain-of-thought reasoning.",
        "Reason through the problem carefully.",
        "Let's think about this step-by-step.",
        "Write out your reasoning inside <thinking> tags, then answer.",
        "Do not skip any steps.",
        "Give the full derivation.",
    })
    void paraphrasesOfAReasoningRequestAreRecognised(String prompt) {
        assertThat(elicitation("Question: how many primes are below 30? " + prompt)).isGreaterThanOrEqualTo(0.4);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "请一步一步地思考，并展示你的推理过程。",
        "Думай шаг за шагом и покажи все промежуточные шаги.",
        "Piensa paso a paso y muestra tu razonamiento.",
        "Réfléchis étape par étape et montre ton raisonnement.",
        "Denke Schritt für Schritt und zeige deinen Rechenweg.",
        "ステップバイステップで考えて、途中式を示してください。",
        "단계별로 생각하고 풀이 과정을 보여주세요.",
    })
    void commonNonEnglishRequestsAreRecognised(String prompt) {
        assertThat(elicitation(prompt)).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void systemPromptCounts() {
        var e = Exchanges.base().system("Always think step by step and explain your reasoning.")
                .prompt("What is 12 squared?").build();
        assertThat(extractor.extract(e).reasoningElicitation()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void thinkingFlagAloneIsMediumAndAddsToText() {
        var flagOnly = Exchanges.base().prompt("What is 12 squared?").thinking(true).build();
        assertThat(extractor.extract(flagOnly).reasoningElicitation()).isEqualTo(0.5);
        var both = Exchanges.base().prompt("Think step by step.").thinking(true).build();
        assertThat(extractor.extract(both).reasoningElicitation())
                .isGreaterThan(elicitation("Think step by step."));
    }

    @Test
    void privacyModeKeepsOnlyTheFlag() {
        var e = Exchanges.base().thinking(true).build();
        ExchangeSignals s = extractor.extract(e);
        assertThat(s.reasoningElicitation()).isEqualTo(0.5);
        assertThat(s.skeleton()).isSameAs(Skeleton.NONE);
        assertThat(s.promptChars()).isZero();
        assertThat(s.taskLikeness()).isZero();
    }

    @Test
    void wordsThatMerelyContainTheCuesDoNotCount() {
        assertThat(elicitation("My stepfather is a thoughtful man who works on the show.")).isEqualTo(0.0);
    }
}
