package org.hydraguard.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.Label;

/**
 * Writers of contract files; the format follows the file name: {@code .jsonl}, {@code .jsonl.gz}
 * (gzip at the fastest level) or, for exchanges and accounts only, {@code .csv} / {@code .csv.gz}.
 * A file is created or truncated when its writer is opened.
 */
public final class ContractWriters {
    private ContractWriters() {}

    public static RecordWriter<Exchange> exchanges(Path file) throws IOException {
        FileFormat format = FileFormat.of(file);
        if (format.csv()) {
            return new CsvWriter<>(format.create(file), CsvColumns.EXCHANGE, CsvColumns::row);
        }
        return jsonLines(file, format, ContractJson::write);
    }

    public static RecordWriter<Account> accounts(Path file) throws IOException {
        FileFormat format = FileFormat.of(file);
        if (format.csv()) {
            return new CsvWriter<>(format.create(file), CsvColumns.ACCOUNT, CsvColumns::row);
        }
        return jsonLines(file, format, ContractJson::write);
    }

    public static RecordWriter<Label> labels(Path file) throws IOException {
        return jsonLines(file, jsonOnly(file, "labels"), ContractJson::write);
    }

    public static RecordWriter<Indicator> indicators(Path file) throws IOException {
        return jsonLines(file, jsonOnly(file, "indicators"), ContractJson::write);
    }

    public static RecordWriter<Campaign> campaigns(Path file) throws IOException {
        return jsonLines(file, jsonOnly(file, "campaigns"), ContractJson::write);
    }

    public static RecordWriter<Decision> decisions(Path file) throws IOException {
        return jsonLines(file, jsonOnly(file, "decisions"), ContractJson::write);
    }

    static FileFormat jsonOnly(Path file, String kind) {
        FileFormat format = FileFormat.of(file);
        if (format.csv()) {
            throw new IllegalArgumentException(kind + " are JSON Lines only, but '" + file
                    + "' is named as CSV; use .jsonl or .jsonl.gz");
        }
        return format;
    }

    private static <T> RecordWriter<T> jsonLines(Path file, FileFormat format, JsonLinesWriter.RecordBody<T> body)
            throws IOException {
        OutputStream out = format.create(file);
        try {
            return new JsonLinesWriter<>(out, body);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }
}
