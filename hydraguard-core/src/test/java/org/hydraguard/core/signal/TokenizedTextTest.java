package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {
    /** Every length of lower-case run, odd and even, at the end of the text or before more text. */
    @Property(tries = 500)
    void aWordHashesAsTheLexiconHashesIt(@ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 24) String word,
                                         @ForAll @CharRange(from = 'A', to = 'Z') @StringLength(max = 2) String head) {
        TokenizedText t = new TokenizedText().of(head + word + " " + word + "_x9 next");
        assertThat(t.hash[0]).isEqualTo(TokenizedText.wordHash(head + word));
        assertThat(t.hash[1]).isEqualTo(TokenizedText.wordHash(word + "_x9"));
        assertThat(t.tokenIs(0, (head + word).toLowerCase(java.util.Locale.ROOT))).isTrue();
        assertThat(t.letters).isEqualTo(2 * (head.length() + word.length()) - head.length() + 2 + 4);
    }
    @Test
    void wordsAreLowerCasedAccentFoldedAndDigitRunsCollapse() {
        TokenizedText t = new TokenizedText().of("Étape 2026, über_all CamelCase!");
        assertThat(t.count).isEqualTo(4);
        assertThat(t.hash[0]).isEqualTo(TokenizedText.wordHash("etape"));
        assertThat(t.hash[1]).isEqualTo(TokenizedText.wordHash("7")).isEqualTo(TokenizedText.wordHash("123456"));
        assertThat(t.tokenIs(2, "uber_all")).isTrue();
        assertThat(t.codeIdentifiers).isEqualTo(2);
        assertThat(t.flags[1] & TokenizedText.NUMERIC).isNotZero();
    }

    @Test
    void chineseCharactersAreTokensAndHangulWordsAreWords() {
        TokenizedText t = new TokenizedText().of("请思考 단계별로 풀어");
        assertThat(t.count).isEqualTo(5);
        assertThat(t.cjk).isTrue();
        assertThat(t.hangul).isTrue();
    }

    @Test
    void lineStructureIsRecorded() {
        TokenizedText t = new TokenizedText().of("Intro text\n\n1. first\n2. second\n- bullet\n```\ncode\n```\nAnswer: x");
        assertThat(t.shape.numberedLines).isEqualTo(2);
        assertThat(t.shape.bulletLines).isEqualTo(1);
        assertThat(t.shape.fences).isEqualTo(2);
        assertThat(t.shape.labelLines).isEqualTo(1);
        assertThat(t.shape.blankLines).isEqualTo(1);
        assertThat(t.flags[t.count - 2] & TokenizedText.COLON_AFTER).isNotZero();
    }

    @Test
    void onlyHeadAndTailOfLongTextsAreRead() {
        String text = "head ".repeat(2000) + "middle ".repeat(5000) + "tail ".repeat(300);
        TokenizedText t = new TokenizedText().of(text);
        assertThat(t.chars).isEqualTo(text.length());
        assertThat(t.bufLen).isLessThanOrEqualTo(TokenizedText.HEAD_CHARS + TokenizedText.TAIL_CHARS);
        assertThat(t.tokenIs(0, "head")).isTrue();
        assertThat(t.tokenIs(t.count - 1, "tail")).isTrue();
        for (int i = 0; i < t.count; i++) {
            assertThat(t.tokenIs(i, "middle")).isFalse();
        }
    }

    @Test
    void refillingForgetsThePreviousText() {
        TokenizedText t = new TokenizedText().of("one {two}; three(x)\n\n1. a\n2. b");
        t.of("plain");
        assertThat(t.count).isEqualTo(1);
        assertThat(t.braces + t.semicolons + t.callTokens + t.shape.numberedLines).isZero();
        assertThat(t.of(null).isEmpty()).isTrue();
    }
}
