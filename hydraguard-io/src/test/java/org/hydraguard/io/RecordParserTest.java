package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;

class RecordParserTest {
    private final RecordParser<Exchange> parser = RecordParser.exchanges();

    @Test
    void parsesOneRecordAsTheFileReadersDo() throws InvalidRecordException {
        Exchange e = parser.parse(Inputs.exchange("ex_1"));
        assertThat(e.id()).isEqualTo("ex_1");
        assertThat(parser.parse(ContractJson.toJson(e))).isEqualTo(e);
    }

    @Test
    void namesTheFieldAndReason() {
        assertThatThrownBy(() -> parser.parse(Inputs.exchange("x").replace("\"status\":200", "\"status\":99")))
                .isInstanceOfSatisfying(InvalidRecordException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("status");
                    assertThat(ex.reason()).isEqualTo("must be between 100 and 599, inclusive: 99");
                    assertThat(ex).hasMessage("field status: must be between 100 and 599, inclusive: 99");
                });
        assertThatThrownBy(() -> parser.parse(new byte[] {'{', (byte) 0xFF, '}'}))
                .hasMessage("invalid UTF-8 at byte offset 1 (byte 0xFF)");
    }
}
