package org.hydraguard.io;

import java.nio.charset.StandardCharsets;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.Label;

/**
 * Parses single contract records from JSON bytes with exactly the checks and messages of the file
 * readers, for adapters that receive records one at a time (HTTP ingest). Not thread-safe (it reuses
 * buffers): keep one per thread. Creating one costs about a millisecond; parsing, microseconds.
 */
public final class RecordParser<T> {
    private final JsonRecordParser<T> parser;

    private RecordParser(RecordSchema<T> schema, int maxBytes) {
        this.parser = new JsonRecordParser<>(schema, ContractReaders.mapper(ReadOptions.defaults().withMaxLineBytes(maxBytes)));
    }

    public static RecordParser<Exchange> exchanges() {
        return new RecordParser<>(ContractSchemas.exchange(), ReadOptions.DEFAULT_MAX_LINE_BYTES);
    }

    public static RecordParser<Account> accounts() {
        return new RecordParser<>(ContractSchemas.account(), ReadOptions.DEFAULT_MAX_LINE_BYTES);
    }

    public static RecordParser<Indicator> indicators() {
        return new RecordParser<>(ContractSchemas.indicator(), ReadOptions.DEFAULT_MAX_LINE_BYTES);
    }

    public static RecordParser<Label> labels() {
        return new RecordParser<>(ContractSchemas.label(), ReadOptions.DEFAULT_MAX_LINE_BYTES);
    }

    /** Parses one JSON object (UTF-8); never returns null. */
    public T parse(byte[] json, int off, int len) throws InvalidRecordException {
        int bad = Utf8.firstInvalid(json, off, len);
        if (bad >= 0) {
            throw new InvalidRecordException(null, String.format("invalid UTF-8 at byte offset %d (byte 0x%02X)", bad,
                    json[off + bad] & 0xFF));
        }
        try {
            return parser.parse(json, off, len);
        } catch (BadField b) {
            throw new InvalidRecordException(b.field(), b.reason());
        }
    }

    public T parse(byte[] json) throws InvalidRecordException {
        return parse(json, 0, json.length);
    }

    public T parse(String json) throws InvalidRecordException {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
