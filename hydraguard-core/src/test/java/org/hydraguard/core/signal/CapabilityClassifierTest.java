package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.hydraguard.core.model.Capability;
import org.junit.jupiter.api.Test;

class CapabilityClassifierTest {
    private final SignalExtractor extractor = Signals.defaultExtractor();

    private Capability area(String prompt) {
        return extractor.extract(Exchanges.prompt(prompt)).capability();
    }

    @Test
    void codeStackTracesAndIssuesAreSoftwareEngineering() {
        assertThat(area("Fix the bug in this Python function:\n```python\ndef mean(xs):\n    return sum(xs) / len(xs)\n```\n"
                + "It raises ZeroDivisionError on an empty list.")).isEqualTo(Capability.SOFTWARE_ENGINEERING);
        assertThat(area("Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    import numpy_utils\n"
                + "ModuleNotFoundError: No module named 'numpy_utils'")).isEqualTo(Capability.SOFTWARE_ENGINEERING);
        assertThat(area("Refactor the UserRepository class so the JDBC queries use prepared statements."))
                .isEqualTo(Capability.SOFTWARE_ENGINEERING);
    }

    @Test
    void toolsAndEnvironmentActionsAreAgentic() {
        var withTools = Exchanges.base().prompt("What's the weather in Paris tomorrow?").tools(4).build();
        assertThat(extractor.extract(withTools).capability()).isEqualTo(Capability.AGENTIC);
        assertThat(area("You have access to the following tools: search_web, open_url. Use the tools to find the "
                + "cheapest flight from Berlin to Rome and book a hotel near the station.")).isEqualTo(Capability.AGENTIC);
        assertThat(area("Navigate to the website, click on the checkout button and cancel my order."))
                .isEqualTo(Capability.AGENTIC);
    }

    @Test
    void manyTurnsAndMultiStageProjectsAreLongHorizon() {
        var longConversation = Exchanges.base().prompt("Continue with the next part.").turns(40).build();
        assertThat(extractor.extract(longConversation).capability()).isEqualTo(Capability.LONG_HORIZON);
        assertThat(area("Create a plan with milestones for a multi-stage project: phase 1 research, phase 2 design, "
                + "phase 3 rollout. Build a complete platform from scratch and keep going until every requirement "
                + "is done.")).isEqualTo(Capability.LONG_HORIZON);
    }

    @Test
    void equationsQuantitiesAndPuzzlesAreMathReasoning() {
        assertThat(area("Solve for x: 3x^2 - 2x - 5 = 0.")).isEqualTo(Capability.MATH_REASONING);
        assertThat(area("A train travels 120 km in 1.5 hours. How many km does it travel in 4 hours at the same speed?"))
                .isEqualTo(Capability.MATH_REASONING);
        assertThat(area("Prove that the sum of two odd integers is even.")).isEqualTo(Capability.MATH_REASONING);
        assertThat(area("Which of the following is true? (A) all cats are dogs (B) some dogs bark (C) none"))
                .isEqualTo(Capability.MATH_REASONING);
    }

    @Test
    void everydayChatIsOther() {
        assertThat(area("What should I cook for dinner tonight?")).isEqualTo(Capability.OTHER);
        assertThat(area("Write a short poem about the sea.")).isEqualTo(Capability.OTHER);
        assertThat(area("hi")).isEqualTo(Capability.OTHER);
        assertThat(extractor.extract(Exchanges.base().build()).capability()).isEqualTo(Capability.OTHER);
    }
}
