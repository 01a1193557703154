package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static int count(PhraseMatcher m, String text, Cue cue) {
        int[] counts = new int[Cue.COUNT];
        m.count(new TokenizedText().of(text), counts);
        return counts[cue.ordinal()];
    }

    @Test
    void alternativesEndingsGapsAndOptionalSlots() {
        PhraseMatcher m = PhraseMatcher.builder()
                .add(Cue.SHOW_REASONING, "show{,s,ing} ~2 work|reasoning", "every single? step").build();
        assertThat(count(m, "Show your work", Cue.SHOW_REASONING)).isEqualTo(1);
        assertThat(count(m, "showing all the reasoning", Cue.SHOW_REASONING)).isEqualTo(1);
        assertThat(count(m, "show me all of the work", Cue.SHOW_REASONING)).isZero();
        assertThat(count(m, "every step, every single step", Cue.SHOW_REASONING)).isEqualTo(2);
        assertThat(count(m, "showcase work", Cue.SHOW_REASONING)).isZero();
    }

    @Test
    void patternsThatShareAFirstWordOrStartAtTheLastToken() {
        PhraseMatcher m = PhraseMatcher.builder().add(Cue.ANSWER_FORMAT, "in total", "in terms of")
                .add(Cue.EXPLAIN, "why ~2 not", "explain").build();
        assertThat(count(m, "in total, in terms of cost", Cue.ANSWER_FORMAT)).isEqualTo(2);
        assertThat(count(m, "in fact, in short, totals in", Cue.ANSWER_FORMAT)).isZero();
        assertThat(count(m, "terms of use, in", Cue.ANSWER_FORMAT)).as("the first word last in the text").isZero();
        assertThat(count(m, "why is it not so? explain", Cue.EXPLAIN)).as("a gap after the first word").isEqualTo(2);
    }

    @Test
    void structuralFlags() {
        PhraseMatcher m = PhraseMatcher.builder().add(Cue.ANSWER_FORMAT, "answer:").add(Cue.REASONING_TAGS, "<think")
                .add(Cue.SWE_CODE_LINE, "^def").build();
        assertThat(count(m, "Answer: 4", Cue.ANSWER_FORMAT)).isEqualTo(1);
        assertThat(count(m, "the answer is 4", Cue.ANSWER_FORMAT)).isZero();
        assertThat(count(m, "put it in <think> and </think>", Cue.REASONING_TAGS)).isEqualTo(2);
        assertThat(count(m, "think about it", Cue.REASONING_TAGS)).isZero();
        assertThat(count(m, "x = 1\ndef f(): pass", Cue.SWE_CODE_LINE)).isEqualTo(1);
        assertThat(count(m, "we def f", Cue.SWE_CODE_LINE)).isZero();
    }

    @Test
    void substringsForScriptsWithoutSpaces() {
        PhraseMatcher m = PhraseMatcher.builder().addSubstring(Cue.STEP_BY_STEP, "一步一步", "단계 별로").build();
        assertThat(count(m, "请一步一步地思考", Cue.STEP_BY_STEP)).isEqualTo(1);
        assertThat(count(m, "단계별로 풀어", Cue.STEP_BY_STEP)).isEqualTo(1);
        assertThat(count(m, "一步", Cue.STEP_BY_STEP)).isZero();
    }

    @Test
    void badPatternsAreRejectedWithTheOffendingPart() {
        assertThatThrownBy(() -> PhraseMatcher.builder().add(Cue.EXPLAIN, "~2 why"))
                .hasMessageContaining("must start with a required word slot").hasMessageContaining("~2 why");
        assertThatThrownBy(() -> PhraseMatcher.builder().add(Cue.EXPLAIN, "why ~9 not"))
                .hasMessageContaining("gap must be ~1 to ~8 tokens, got '~9'");
        assertThatThrownBy(() -> PhraseMatcher.builder().add(Cue.EXPLAIN, "c++ code"))
                .hasMessageContaining("word must be letters, digits or '_', got 'c++'");
        assertThatThrownBy(() -> PhraseMatcher.builder().addSubstring(Cue.EXPLAIN, "  "))
                .hasMessageContaining("must not be blank");
    }

    private static final List<String> PHRASES = List.of("一步一步", "一步步", "逐步", "步骤", "단계별로", "단계", "思考过程", "思考");
    private static final PhraseMatcher SUBSTRINGS = PhraseMatcher.builder()
            .addSubstring(Cue.STEP_BY_STEP, PHRASES.subList(0, 4).toArray(String[]::new))
            .addSubstring(Cue.EVERY_STEP, PHRASES.subList(4, 6).toArray(String[]::new))
            .addSubstring(Cue.SHOW_REASONING, PHRASES.subList(6, 8).toArray(String[]::new)).build();

    /**
     * Each substring counts once when it occurs anywhere, as a search for each in turn would find:
     * phrases that share first characters, overlap, or sit inside one another, in texts made of their
     * own characters so that near-misses are common.
     */
    @Property(tries = 500)
    void substringsCountAsASearchForEachWould(@ForAll("cjkTexts") String text) {
        TokenizedText t = new TokenizedText().of(text);
        String normalised = new String(t.buf, 0, t.bufLen);
        int[] expected = new int[Cue.COUNT];
        for (int k = 0; k < PHRASES.size(); k++) {
            if (normalised.contains(PHRASES.get(k))) {
                expected[(k < 4 ? Cue.STEP_BY_STEP : k < 6 ? Cue.EVERY_STEP : Cue.SHOW_REASONING).ordinal()]++;
            }
        }
        int[] counts = new int[Cue.COUNT];
        SUBSTRINGS.count(t, counts);
        assertThat(counts).containsExactly(expected);
    }

    @Provide
    Arbitrary<String> cjkTexts() {
        return Arbitraries.strings().withChars("一步逐骤단계별로思考过程请 ").ofMaxLength(40);
    }
}
