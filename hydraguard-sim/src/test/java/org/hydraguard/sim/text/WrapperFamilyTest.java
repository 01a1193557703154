package org.hydraguard.sim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WrapperFamilyTest {
    private final PromptBook book = PromptBook.generated();

    @Test
    void withoutParaphraseAFamilyUsesAtMostItsVariants() {
        WrapperFamily family = book.wrappers(11, 4, 0.0);
        SplittableRandom r = new SplittableRandom(3);
        Set<String> wrappers = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String p = family.wrap(PromptKind.MATH, "TASK-TEXT", r);
            assertThat(p).contains("TASK-TEXT");
            wrappers.add(p);
        }
        assertThat(wrappers.size()).isBetween(2, 4);
    }

    @Test
    void paraphraseMakesManyDistinctWrappers() {
        WrapperFamily family = book.wrappers(11, 4, 1.0);
        SplittableRandom r = new SplittableRandom(3);
        Set<String> wrappers = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            wrappers.add(family.wrap(PromptKind.SWE, "TASK-TEXT", r));
        }
        assertThat(wrappers.size()).isGreaterThan(40);
    }

    @Test
    void badParametersAreRejected() {
        assertThatThrownBy(() -> book.wrappers(1, 0, 0.5)).hasMessageContaining("at least one variant: 0");
        assertThatThrownBy(() -> book.wrappers(1, 3, 1.5)).hasMessageContaining("between 0 and 1, inclusive: 1.5");
    }
}
