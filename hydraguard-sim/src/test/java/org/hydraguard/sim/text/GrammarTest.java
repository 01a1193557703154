package org.hydraguard.sim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GrammarTest {
    private static Grammar parse(String text) throws IOException {
        return Grammar.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void expandsBanksNumbersEscapesAndNewlines() throws IOException {
        Grammar g = parse("# comment\n@root\n{who} has {int:3-5} apples\\n\\{ok\\} {}\n@who\nAda\nBo\n");
        for (int seed = 0; seed < 50; seed++) {
            String s = g.expand("root", new SplittableRandom(seed));
            assertThat(s).matches("(Ada|Bo) has [345] apples\n\\{ok\\} \\{\\}");
        }
    }

    @Test
    void theSameRandomStateGivesTheSameText() throws IOException {
        Grammar g = Grammar.load();
        assertThat(g.expand("swe", new SplittableRandom(42))).isEqualTo(g.expand("swe", new SplittableRandom(42)));
    }

    @Test
    void generatedPromptsAreRarelyIdentical() {
        PromptBook book = PromptBook.generated();
        SplittableRandom r = new SplittableRandom(1);
        for (PromptKind kind : new PromptKind[] {PromptKind.CHAT, PromptKind.MATH, PromptKind.SWE, PromptKind.CODE}) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 1000; i++) {
                seen.add(book.task(kind, r));
            }
            assertThat(seen.size()).as("distinct %s prompts in 1000", kind).isGreaterThan(900);
        }
    }

    @Test
    void anEmptyOrUnknownBankIsAnErrorNamingIt() throws IOException {
        assertThatThrownBy(() -> parse("@root\n{missing}\n")).hasMessageContaining("@missing");
        assertThatThrownBy(() -> parse("@root\n{int:9-1}\n")).hasMessageContaining("{int:9-1}");
        assertThatThrownBy(() -> parse("@root\nunclosed {x\n")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> Grammar.load().bank("nope")).hasMessageContaining("@nope");
    }
}
