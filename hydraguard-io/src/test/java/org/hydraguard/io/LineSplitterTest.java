package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

    /**
     * Whether a line is plain ASCII is noted while its newline is searched for, so the flag must hold
     * for every byte of the line and none of the next, wherever the line starts within a word and
     * however the stream hands its bytes over.
     */
    @Property(tries = 300)
    void tellsWhetherEachLineIsPlainAscii(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 40) Integer> lengths,
                                          @ForAll @Size(max = 12) List<@IntRange(min = -1, max = 40) Integer> highAt,
                                          @ForAll @IntRange(min = 1, max = 9) int chunk) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        List<Boolean> expected = new ArrayList<>();
        for (int k = 0; k < lengths.size(); k++) {
            int n = lengths.get(k);
            int high = k < highAt.size() ? highAt.get(k) : -1;
            for (int i = 0; i < n; i++) {
                all.write(i == high ? 0xC3 : 'a' + i % 26);
            }
            all.write('\n');
            expected.add(!(high >= 0 && high < n));
        }
        byte[] bytes = all.toByteArray();
        java.io.InputStream trickle = new java.io.InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, chunk), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        List<Boolean> seen = new ArrayList<>();
        try (LineSplitter s = new LineSplitter(trickle, 1000)) {
            while (s.next()) {
                seen.add(s.ascii());
            }
        }
        assertThat(seen).isEqualTo(expected);
    }
}
