package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskLikenessTest {
    private final SignalExtractor extractor = Signals.defaultExtractor();

    private double task(String prompt) {
        return extractor.extract(Exchanges.prompt(prompt)).taskLikeness();
    }

    @Test
    void benchmarkShapedItemsScoreHigh() {
        assertThat(task("Write a function that returns the n-th Fibonacci number.\n\nExample:\nInput: 5\nOutput: 5"))
                .isGreaterThanOrEqualTo(0.6);
        assertThat(task("def add(a, b):\n    \"\"\"Return the sum of a and b.\n    >>> add(2, 3)\n    5\n    \"\"\""))
                .isGreaterThanOrEqualTo(0.5);
        assertThat(task("Given that 3x + 5 = 20, find x. Put your final answer in \\boxed{}."))
                .isGreaterThanOrEqualTo(0.6);
        assertThat(task("Which planet is largest?\nOptions:\n(A) Mars\n(B) Jupiter\n(C) Venus\nAnswer:"))
                .isGreaterThanOrEqualTo(0.7);
        assertThat(task("Steps to reproduce:\n1. run the server\n2. send an empty body\nExpected behavior: 400\n"
                + "Actual behavior: 500 and a traceback")).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void conversationalRequestsScoreLow() {
        assertThat(task("hi, how are you today?")).isLessThan(0.1);
        assertThat(task("I'm feeling a bit stressed about my exams, any tips?")).isLessThan(0.2);
        assertThat(task("Thanks, that was helpful!")).isLessThan(0.1);
    }

    @Test
    void gradedRequestOutranksChat() {
        assertThat(task("Compute the remainder when 2^100 is divided by 7. Output only the number."))
                .isGreaterThan(task("Can you help me understand remainders? I always get confused."));
    }
}
