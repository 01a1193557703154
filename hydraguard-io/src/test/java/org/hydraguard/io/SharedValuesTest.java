package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;

/**
 * Repeated values come back as one shared instance (short ids, and long texts such as a system
 * prompt), and sharing never changes a value: texts that look alike where the cache samples them
 * (same length, same ends, same middle) but differ elsewhere stay distinct.
 */
class SharedValuesTest {
    private final JsonRecordParser<Exchange> parser =
            new JsonRecordParser<>(ContractSchemas.exchange(), ContractReaders.mapper(ReadOptions.defaults()));

    @Test
    void aLongSystemPromptSentAgainIsTheSameInstance() throws BadField {
        String system = "You are a careful assistant for a bank's support desk. ".repeat(8);
        Exchange first = parse("ex_1", system);
        Exchange again = parse("ex_2", system);

        assertThat(again.system()).isEqualTo(system).isSameAs(first.system());
        assertThat(again.accountId()).isSameAs(first.accountId());
    }

    @Test
    void textsAlikeWhereSampledButDifferentElsewhereKeepTheirOwnValues() throws BadField {
        String head = "Answer as the operations runbook says. ".repeat(3);
        String a = head + "alpha-one " + head + "zulu-nine " + head;
        String b = head + "bravo-two " + head + "yank-8888 " + head;
        assertThat(a).hasSameSizeAs(b);
        for (int round = 0; round < 3; round++) {
            assertThat(parse("ex_a" + round, a).system()).isEqualTo(a);
            assertThat(parse("ex_b" + round, b).system()).isEqualTo(b);
        }
    }

    @Test
    void aTextLongerThanTheCacheTakesIsStillReadWhole() throws BadField {
        String system = "Follow the style guide. ".repeat(1_000);
        assertThat(parse("ex_1", system).system()).isEqualTo(system);
        assertThat(parse("ex_2", system).system()).isEqualTo(system);
    }

    @Test
    void shortValuesOfEveryLengthKeepTheirOwnValuesThroughSlotCollisions() throws BadField {
        // three times as many distinct values as the short-value cache has slots, of every length it
        // takes (the empty one too), each read five times in a row (so that sharing stays on for the
        // field: it needs three hits in four) and again after all the others
        java.util.List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < 3 * 8192; i++) {
            String base = Integer.toString(i, 36);
            int length = Math.max(base.length(), i % 65);
            values.add(i % 65 == 0 ? "" : base + "x".repeat(length - base.length()));
        }
        int repeats = 0;
        int shared = 0;
        for (int round = 0; round < 2; round++) {
            for (String v : values) {
                Exchange first = parseWith(v);
                assertThat(first.prompt()).isEqualTo(v);
                for (int again = 0; again < 4; again++) {
                    String read = parseWith(v).prompt();
                    assertThat(read).isEqualTo(v);
                    repeats++;
                    shared += read == first.prompt() ? 1 : 0;
                }
            }
        }
        // a value whose slot is that of another field's value on the same line (the account, the
        // model) takes turns with it and is not shared; nearly all others are
        assertThat(shared).isGreaterThan(repeats * 95 / 100);
    }

    private Exchange parseWith(String prompt) throws BadField {
        byte[] line = Inputs.exchange("ex_p", 15, "\"prompt\":\"" + prompt + "\"").getBytes(StandardCharsets.UTF_8);
        return (Exchange) parser.parse(line, 0, line.length);
    }

    private Exchange parse(String id, String system) throws BadField {
        byte[] line = Inputs.exchange(id, 15, "\"system\":\"" + system + "\"").getBytes(StandardCharsets.UTF_8);
        return (Exchange) parser.parse(line, 0, line.length);
    }
}
