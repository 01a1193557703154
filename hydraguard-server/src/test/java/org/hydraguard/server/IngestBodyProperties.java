package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.RecordParser;

class IngestBodyProperties {
    /** 0 = good record, 1 = bad record, 2 = blank line */
    @Property
    void everyNonBlankLineIsAcceptedOrRejectedWithItsOwnLineNumber(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 2) Integer> kinds, @ForAll boolean crlf) {
        StringBuilder body = new StringBuilder();
        List<Integer> badLines = new ArrayList<>();
        int good = 0;
        for (int i = 0; i < kinds.size(); i++) {
            switch (kinds.get(i)) {
                case 0 -> {
                    body.append(exchange("ex" + i));
                    good++;
                }
                case 1 -> {
                    body.append("{\"id\":\"bad").append(i).append("\"");
                    badLines.add(i + 1);
                }
                default -> body.append("  ");
            }
            body.append(crlf ? "\r\n" : "\n");
        }

        IngestBody<Exchange> parsed = IngestBody.parse(body.toString().getBytes(StandardCharsets.UTF_8), RecordParser.exchanges());

        assertThat(parsed.accepted()).hasSize(good);
        assertThat(parsed.rejected()).extracting(IngestBody.Rejected::line).containsExactlyElementsOf(badLines);
        assertThat(parsed.read()).isEqualTo(parsed.accepted().size() + parsed.rejected().size());
    }

    private static String exchange(String id) {
        return "{\"id\":\"" + id + "\",\"ts\":\"2026-04-22T03:14:15.926Z\",\"account_id\":\"a\",\"ip\":\"198.51.100.23\","
                + "\"api\":\"openai.chat\",\"model\":\"m\",\"turns\":1,\"status\":200,\"input_tokens\":1,\"output_tokens\":2}";
    }
}
