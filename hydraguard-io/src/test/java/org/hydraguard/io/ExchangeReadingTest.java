package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hydraguard.io.Inputs.exchange;
import static org.hydraguard.io.Inputs.exchanges;
import static org.hydraguard.io.Inputs.messages;
import static org.hydraguard.io.Inputs.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeReadingTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void readsTheContractExampleWithEveryThreadingMode(int threads) throws IOException {
        String example = "{\"id\":\"ex_01J9\",\"ts\":\"2026-04-22T03:14:15.926Z\",\"account_id\":\"acct_7731\",\"ip\":\"198.51.100.23\",\"asn\":64501,\"country\":\"SG\",\"proxy_type\":\"residential\",\"user_agent\":\"anthropic-python/0.49.0\",\"api\":\"anthropic.messages\",\"model\":\"model-large-2026-03\",\"prompt\":\"Solve the task below. Think step by step and show every intermediate step before the final answer.\\n\\nTask: ...\",\"turns\":1,\"tools\":0,\"max_tokens\":8192,\"temperature\":1.0,\"stream\":false,\"thinking\":true,\"status\":200,\"input_tokens\":412,\"output_tokens\":3120,\"latency_ms\":41200,\"stop_reason\":\"end_turn\"}";
        var read = exchanges(ReadOptions.defaults().withThreads(threads), write(dir.resolve("e.jsonl.gz"), example));
        assertThat(read.counts()).hasToString("read 1, accepted 1, rejected 0, duplicates 0");
        Exchange e = read.records().get(0);
        assertThat(e.id()).isEqualTo("ex_01J9");
        assertThat(e.ts()).isEqualTo(Instant.parse("2026-04-22T03:14:15.926Z"));
        assertThat(e.asn()).isEqualTo(64501);
        assertThat(e.prompt()).startsWith("Solve the task below.").contains("\n\nTask:");
        assertThat(e.temperature()).isEqualTo(1.0);
        assertThat(e.stream()).isFalse();
        assertThat(e.thinking()).isTrue();
        assertThat(e.latencyMs()).isEqualTo(41200);
        assertThat(e.endUserId()).isNull();
        assertThat(ContractJson.toJson(e)).as("written back, the example is unchanged").isEqualTo(example);
    }

    @Test
    void ignoresUnknownFieldsOfAnyShape() throws IOException {
        var read = exchanges(write(dir.resolve("e.jsonl"),
                exchange("a", 1, "\"x_new\":{\"deep\":[1,{\"y\":null}]},\"note\":\"hi\",\"n\":1e400")));
        assertThat(read.counts().accepted()).isEqualTo(1);
    }

    @Test
    void rejectsWrongTypesNamingFieldAndValue() throws IOException {
        var read = exchanges(write(dir.resolve("e.jsonl"),
                exchange("a", 1, "\"asn\":\"AS64501\""),
                exchange("b", 2, "\"stream\":\"yes\""),
                exchange("c", 3, "\"temperature\":\"hot\""),
                exchange("d", 4, "\"turns\":1.5"),
                exchange("e", 5, "\"prompt\":42"),
                exchange("f", 6, "\"asn\":99999999999"),
                exchange("g", 7, "\"tools\":[1]")));
        assertThat(messages(read)).containsExactly(
                "e.jsonl:1: field asn: expected an integer, found a string \"AS64501\"",
                "e.jsonl:2: field stream: expected true or false, found a string \"yes\"",
                "e.jsonl:3: field temperature: expected a number, found a string \"hot\"",
                "e.jsonl:4: field turns: expected an integer, found 1.5",
                "e.jsonl:5: field prompt: expected a string, found a number 42",
                "e.jsonl:6: field asn: must be between 0 and 2147483647, inclusive: 99999999999",
                "e.jsonl:7: field tools: expected an integer, found an array");
        assertThat(read.counts()).hasToString("read 7, accepted 0, rejected 7, duplicates 0");
    }

    @Test
    void acceptsIntegralFloatsForIntegers() throws IOException {
        var read = exchanges(write(dir.resolve("e.jsonl"), exchange("a", 1, "\"asn\":64501.0")));
        assertThat(read.records().get(0).asn()).isEqualTo(64501);
    }

    @Test
    void rejectsMissingAndEmptyRequiredFieldsAndBadRanges() throws IOException {
        var read = exchanges(write(dir.resolve("e.jsonl"),
                exchange("a").replace("\"account_id\":\"acct_7731\",", ""),
                exchange("b").replace("\"ip\":\"198.51.100.23\"", "\"ip\":\"\""),
                exchange("c").replace("\"model\":\"model-large\"", "\"model\":null"),
                exchange("d").replace("\"turns\":1", "\"turns\":0"),
                exchange("e").replace("\"status\":200", "\"status\":600"),
                exchange("f").replace("\"input_tokens\":412", "\"input_tokens\":-1")));
        assertThat(messages(read)).containsExactly(
                "e.jsonl:1: field account_id: required but missing",
                "e.jsonl:2: field ip: required but empty",
                "e.jsonl:3: field model: required but missing",
                "e.jsonl:4: field turns: must be between 1 and 2147483647, inclusive: 0",
                "e.jsonl:5: field status: must be between 100 and 599, inclusive: 600",
                "e.jsonl:6: field input_tokens: must be between 0 and 9223372036854775807, inclusive: -1");
    }

    @Test
    void rejectsBadTimestamps() throws IOException {
        var read = exchanges(write(dir.resolve("exchanges.jsonl.gz"),
                exchange("a").replace("2026-04-22T03:14:15.926Z", "2026-13-01T00:00:00Z"),
                exchange("b").replace("2026-04-22T03:14:15.926Z", "2026-04-22T05:14:15.926+02:00"),
                exchange("c").replace("\"2026-04-22T03:14:15.926Z\"", "1745291655"),
                exchange("d").replace("2026-04-22T03:14:15.926Z", "2026-04-22T03:14:15.926+00:00")));
        assertThat(messages(read)).containsExactly(
                "exchanges.jsonl.gz:1: field ts: not an RFC 3339 UTC time: '2026-13-01T00:00:00Z'",
                "exchanges.jsonl.gz:2: field ts: times must be UTC (Z or +00:00), found offset +02:00 in '2026-04-22T05:14:15.926+02:00'",
                "exchanges.jsonl.gz:3: field ts: expected an RFC 3339 UTC time string, found a number 1745291655");
        assertThat(read.counts()).hasToString("read 4, accepted 1, rejected 3, duplicates 0");
    }

    @Test
    void rejectsTruncatedAndMalformedLines() throws IOException {
        String ok = exchange("ok");
        var read = exchanges(write(dir.resolve("e.jsonl"),
                "[1,2]", "{\"id\":\"x\" \"ts\":1}", ok + " trailing", ok + "\n" + ok.substring(0, 40)));
        assertThat(messages(read)).containsExactly(
                "e.jsonl:1: not a JSON object: the line starts with an array",
                "e.jsonl:2: not valid JSON at column 11: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
                "e.jsonl:3: unexpected content after the end of the JSON object, near column 211 (two records on one line?)",
                "e.jsonl:5: truncated: the line ends before its JSON object is complete");
        assertThat(read.counts()).hasToString("read 5, accepted 1, rejected 4, duplicates 0");
        assertThat(read.rejects().get(3).record()).isEqualTo(ok.substring(0, 40));
    }

    @Test
    void rejectsInvalidUtf8WithItsOffsetAndKeepsTheRestOfTheFile() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(exchange("a").getBytes(StandardCharsets.UTF_8));
        b.write('\n');
        byte[] bad = exchange("b", 1, "\"prompt\":\"caf\u00e9\"").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bad, (byte) 0xC3);
        bad[at + 1] = (byte) 0x28;
        b.writeBytes(bad);
        b.write('\n');
        b.writeBytes(exchange("c").getBytes(StandardCharsets.UTF_8));
        var read = exchanges(write(dir.resolve("e.jsonl"), b.toByteArray()));
        assertThat(messages(read)).containsExactly("e.jsonl:2: invalid UTF-8 at byte offset " + at + " of the line (byte 0xC3)");
        assertThat(read.records()).extracting(Exchange::id).containsExactly("a", "c");
    }

    @Test
    void skipsLinesOfManyMegabytesWithoutBufferingThem() throws IOException {
        String huge = exchange("big", 1, "\"prompt\":\"" + "p".repeat(10 << 20) + "\"");
        Path file = write(dir.resolve("e.jsonl.gz"), exchange("a"), huge, exchange("c"));
        var read = exchanges(file);
        assertThat(messages(read)).containsExactly("e.jsonl.gz:2: line is " + huge.length()
                + " bytes, longer than the limit of 8388608; raise --max-line-bytes");
        assertThat(read.rejects().get(0).record()).startsWith("{\"id\":\"big\"").hasSizeLessThan(Reject.MAX_RECORD_CHARS + 64);
        assertThat(read.counts()).hasToString("read 3, accepted 2, rejected 1, duplicates 0");

        var raised = exchanges(ReadOptions.defaults().withMaxLineBytes(16 << 20), file);
        assertThat(raised.counts()).hasToString("read 3, accepted 3, rejected 0, duplicates 0");
        assertThat(raised.records().get(1).prompt()).hasSize(10 << 20);
    }

    @Test
    void emptyAndBlankFilesReadNothing() throws IOException {
        var read = exchanges(write(dir.resolve("a.jsonl"), new byte[0]), write(dir.resolve("b.jsonl.gz"), new byte[0]),
                write(dir.resolve("c.jsonl"), "", "  ", "\t"), write(dir.resolve("d.csv"), new byte[0]));
        Files.write(dir.resolve("e.jsonl.gz"), new byte[0]);
        assertThat(read.counts()).isEqualTo(Reconciliation.EMPTY);
        assertThat(exchanges(dir.resolve("e.jsonl.gz")).counts()).isEqualTo(Reconciliation.EMPTY);
    }

    @Test
    void countsRepeatedIdsAsDuplicatesAcrossFiles() throws IOException {
        var read = exchanges(write(dir.resolve("a.jsonl"), exchange("x", 1, ""), exchange("y", 2, ""), exchange("x", 3, "")),
                write(dir.resolve("b.jsonl.gz"), exchange("y", 4, ""), exchange("z", 5, "")));
        assertThat(read.records()).extracting(Exchange::id).containsExactly("x", "y", "z");
        assertThat(read.counts()).hasToString("read 5, accepted 3, rejected 0, duplicates 2");
    }

    @Test
    void findsDuplicatesOnlyWithinTheWindow() throws IOException {
        Path file = write(dir.resolve("a.jsonl"), exchange("x", 0, ""), exchange("y", 30, ""), exchange("x", 59, ""));
        assertThat(exchanges(ReadOptions.defaults().withDuplicateWindow(Duration.ofSeconds(10)), file).counts().duplicates())
                .isZero();
        assertThat(exchanges(ReadOptions.defaults().withDuplicateWindow(Duration.ofMinutes(2)), file).counts().duplicates())
                .isEqualTo(1);
    }

    @Test
    void aGzipFileCutShortRejectsItsTailAndTheRunGoesOnWithTheNextFile() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append(exchange("e" + i, i % 60, "\"prompt\":\"" + Long.toHexString(i * 0x9E3779B97F4A7C15L) + "\"")).append('\n');
        }
        Path whole = write(dir.resolve("whole.jsonl.gz"), lines.toString().getBytes(StandardCharsets.UTF_8));
        byte[] gz = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
        Path next = write(dir.resolve("next.jsonl"), exchange("after"));

        var read = exchanges(cut, next);
        assertThat(read.rejects()).hasSize(1);
        Reject tail = read.rejects().get(0);
        assertThat(tail.file()).endsWith("cut.jsonl.gz");
        assertThat(tail.reason()).startsWith("the file breaks off here and the rest cannot be read (Unexpected end of ZLIB input stream)");
        assertThat(tail.line()).isEqualTo(read.records().size());
        assertThat(read.records().get(read.records().size() - 1).id()).isEqualTo("after");
        assertThat(read.counts().rejected()).isEqualTo(1);
        assertThat(read.counts().read()).isEqualTo(read.counts().accepted() + 1);
    }

    @Test
    void filesThatCannotBeReadFailBeforeReadingStarts() throws IOException {
        Files.writeString(dir.resolve("plain.jsonl.gz"), exchange("a")); // named .gz, but plain text
        assertThatThrownBy(() -> exchanges(dir.resolve("plain.jsonl.gz")))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read exchanges file '" + dir.resolve("plain.jsonl.gz")
                        + "': its name ends in .gz but it is not gzip (it starts with '{\"'); gzip it, or drop .gz from its name");
        assertThatThrownBy(() -> exchanges(dir.resolve("missing.jsonl")))
                .hasMessage("cannot read exchanges file '" + dir.resolve("missing.jsonl") + "': no such file");
        assertThatThrownBy(() -> exchanges(write(dir.resolve("e.txt"), "x")))
                .hasMessageContaining("cannot tell the format");
        assertThatThrownBy(() -> exchanges(dir))
                .hasMessageEndingWith("it is a directory; give the files in it");
    }

    @Test
    void readsCsvWithHeaderInAnyOrderAndRejectsBadRows() throws IOException {
        Path csv = write(dir.resolve("e.csv"),
                "ts,id,account_id,ip,api,model,turns,status,input_tokens,output_tokens,extra,prompt",
                "2026-04-22T03:14:15.926Z,a,acct,1.2.3.4,openai.chat,m,1,200,5,6,zzz,\"multi",
                "line, \"\"quoted\"\"\"",
                "2026-04-22T03:14:16Z,b,acct,1.2.3.4,openai.chat,m,one,200,5,6,,",
                "2026-04-22T03:14:17Z,c,acct,1.2.3.4,openai.chat,m,1,200,5",
                "2026-04-22T03:14:18Z,a,acct,1.2.3.4,openai.chat,m,1,200,5,6,,");
        var read = exchanges(csv);
        assertThat(read.records()).hasSize(1);
        assertThat(read.records().get(0).prompt()).isEqualTo("multi\nline, \"quoted\"");
        assertThat(messages(read)).containsExactly(
                "e.csv:4: field turns: expected an integer, found 'one'",
                "e.csv:5: row has 9 cells but the header has 12");
        assertThat(read.counts()).hasToString("read 4, accepted 1, rejected 2, duplicates 1");
    }

    @Test
    void mergesFilesByTimeAndDeduplicatesAfterMerging() throws IOException {
        Path a = write(dir.resolve("a.jsonl"), exchange("a1", 1, ""), exchange("a3", 3, ""), exchange("s", 5, ""));
        Path b = write(dir.resolve("b.jsonl.gz"), exchange("b2", 2, ""), exchange("s", 5, ""), exchange("b6", 6, ""));
        Rejects rejects = Rejects.inMemory();
        try (RecordReader<Exchange> r = ContractReaders.exchangesMerged(java.util.List.of(a, b), rejects, ReadOptions.defaults())) {
            var read = Inputs.drain(r, rejects);
            assertThat(read.records()).extracting(Exchange::id).containsExactly("a1", "b2", "a3", "s", "b6");
            assertThat(read.counts()).hasToString("read 6, accepted 5, rejected 0, duplicates 1");
        }
    }

    @Test
    void closingEarlyStopsTheReadAheadThread() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            lines.append(exchange("e" + i)).append('\n');
        }
        Path file = write(dir.resolve("many.jsonl.gz"), lines.toString().getBytes(StandardCharsets.UTF_8));
        RecordReader<Exchange> r = ContractReaders.exchanges(java.util.List.of(file), Rejects.inMemory(),
                ReadOptions.defaults().withThreads(2));
        assertThat(r.next().id()).isEqualTo("e0");
        r.close();
        assertThat(r.hasNext()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("hydraguard-read-many")
                || t.getName().startsWith("hydraguard-inflate-many"));
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
