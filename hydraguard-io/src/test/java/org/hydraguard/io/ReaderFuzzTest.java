package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.hydraguard.core.model.Exchange;

/**
 * Fuzzes the exchange and account readers with arbitrary bytes as file content. Invariants: nothing
 * throws, every reject is counted, and {@code read == accepted + rejected + duplicates}. Runs the seeds
 * in src/test/resources/org/hydraguard/io/ReaderFuzzTestInputs as a normal test; fuzz for real with
 * {@code JAZZER_FUZZ=1 ./mvnw test -pl hydraguard-io -Dtest=ReaderFuzzTest}. The first byte picks
 * the format (JSON Lines or CSV) and whether the line limit is small, so both paths get explored.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void exchangeReaderNeverThrowsAndReconciles(byte[] data) throws IOException {
        check(data, true);
    }

    @FuzzTest(maxDuration = "60s")
    void accountReaderNeverThrowsAndReconciles(byte[] data) throws IOException {
        check(data, false);
    }

    /** The fast path may only change speed: on any valid UTF-8 line it must agree with Jackson alone. */
    @FuzzTest(maxDuration = "60s")
    void fastPathAgreesWithJackson(byte[] line) {
        if (Utf8.firstInvalid(line, 0, line.length) >= 0) {
            return;
        }
        JsonRecordParser<Exchange> parser = new JsonRecordParser<>(ContractSchemas.exchange(),
                ContractReaders.mapper(ReadOptions.defaults()));
        assertThat(outcome(parser, line, true)).isEqualTo(outcome(parser, line, false));
    }

    private static Object outcome(JsonRecordParser<?> parser, byte[] b, boolean fast) {
        try {
            return fast ? parser.parse(b, 0, b.length) : parser.parseFully(b, 0, b.length);
        } catch (BadField e) {
            return e.field() + ": " + e.reason();
        }
    }

    private static void check(byte[] data, boolean exchanges) throws IOException {
        int mode = data.length == 0 ? 0 : data[0] & 0xFF;
        byte[] content = data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
        FileFormat format = (mode & 1) == 0 ? FileFormat.JSONL : FileFormat.CSV;
        ReadOptions options = ReadOptions.defaults().withThreads(0).withMaxLineBytes((mode & 2) == 0 ? 1 << 20 : 64);
        Rejects rejects = Rejects.inMemory();
        try (RecordReader<?> r = exchanges
                ? ContractReaders.exchanges("fuzz", new ByteArrayInputStream(content), format, rejects, options)
                : ContractReaders.accounts("fuzz", new ByteArrayInputStream(content), format, rejects, options)) {
            long n = 0;
            while (r.hasNext()) {
                assertThat(r.next()).isNotNull();
                n++;
            }
            Reconciliation counts = r.reconciliation();
            assertThat(counts.accepted()).isEqualTo(n);
            assertThat(counts.rejected()).isEqualTo(rejects.count());
            assertThat(counts.read()).isEqualTo(counts.accepted() + counts.rejected() + counts.duplicates());
        }
    }
}
