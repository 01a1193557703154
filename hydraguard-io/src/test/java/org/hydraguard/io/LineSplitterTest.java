package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private static List<String> lines(byte[] input, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineSplitter s = new LineSplitter(new ByteArrayInputStream(input), max)) {
            while (s.next()) {
                out.add(s.oversizeLength() >= 0 ? s.lineNumber() + ":TOO LONG " + s.oversizeLength()
                        : s.lineNumber() + ":" + new String(s.buffer(), s.start(), s.length(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> lines(String input, int max) throws IOException {
        return lines(input.getBytes(StandardCharsets.UTF_8), max);
    }

    @Test
    void splitsAtNewlinesDroppingCarriageReturnsAndKeepsAnUnterminatedLastLine() throws IOException {
        assertThat(lines("a\r\nbb\n\nccc", 100)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("x\n", 100)).containsExactly("1:x");
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(lines("\uFEFF{}\n", 100)).containsExactly("1:{}");
    }

    @Test
    void skipsLinesLongerThanTheLimitWithoutLosingTheirNeighbours() throws IOException {
        assertThat(lines("ok\n" + "x".repeat(11) + "\nnext\n" + "y".repeat(12), 10))
                .containsExactly("1:ok", "2:TOO LONG 11", "3:next", "4:TOO LONG 12");
    }

    @Test
    void growsItsBufferForLongLinesUpToTheLimitAndSkipsBeyond() throws IOException {
        String big = "z".repeat(300_000);
        String huge = "h".repeat(5_000_000);
        assertThat(lines(big + "\n" + huge + "\nend", 1_000_000))
                .containsExactly("1:" + big, "2:TOO LONG 5000000", "3:end");
    }
}
