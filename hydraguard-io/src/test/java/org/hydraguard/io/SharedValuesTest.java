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

    private Exchange parse(String id, String system) throws BadField {
        byte[] line = Inputs.exchange(id, 15, "\"system\":\"" + system + "\"").getBytes(StandardCharsets.UTF_8);
        return (Exchange) parser.parse(line, 0, line.length);
    }
}
