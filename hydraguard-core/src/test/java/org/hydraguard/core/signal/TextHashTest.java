package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;

class TextHashTest {
    private final TextHash hash = new TextHash();

    @Property(tries = 1000)
    void isStringHashCodeForEveryLengthAndCharacter(@ForAll @StringLength(max = 70) String s) {
        assertThat(hash.unrolled(s)).isEqualTo(s.hashCode());
        assertThat(hash.of(s)).isEqualTo(s.hashCode());
    }

    /** Texts longer than the copied block, so that every block boundary and remainder is crossed. */
    @Property(tries = 200)
    void isStringHashCodeAcrossBlocks(@ForAll @StringLength(min = 1000, max = 5000) String s) {
        assertThat(hash.unrolled(s)).isEqualTo(s.hashCode());
    }

    @Test
    void theExtractorHandsOnThePromptsHashCode() {
        SignalExtractor x = Signals.defaultExtractor();
        String longPrompt = "Refactor this function and explain each step: ".repeat(40) + "\u00e9\u4e2d\ud83d\ude00";
        for (String p : new String[] {"continue", longPrompt}) {
            Exchange e = Exchanges.base().prompt(p).build();
            assertThat(x.extract(e).promptHash()).isEqualTo(p.hashCode());
        }
        assertThat(x.extract(Exchanges.base().prompt(null).build()).promptHash()).isZero();
    }
}
