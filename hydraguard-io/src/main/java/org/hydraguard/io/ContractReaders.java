package org.hydraguard.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.Label;

/**
 * Readers of contract files: the format follows each file's name ({@code .jsonl}, {@code .jsonl.gz},
 * and for exchanges and accounts also {@code .csv}, {@code .csv.gz}). Every file is checked before
 * reading starts; one that cannot be read at all fails the call with an {@link IOException} naming
 * it. After that nothing throws for bad input: every bad record goes to {@code rejects} and is
 * counted in the reader's {@link Reconciliation}. Several files are read in the order given, except
 * by {@link #exchangesMerged}. Exchanges are deduplicated by id across all files of one reader.
 * Accounts are not: a repeated {@code account_id} is an upsert (the later line wins) and is
 * accepted; applying the upsert is the caller's job.
 */
public final class ContractReaders {
    private ContractReaders() {}

    public static RecordReader<Exchange> exchanges(List<Path> files, Rejects rejects, ReadOptions options)
            throws IOException {
        Tally tally = new Tally();
        RecordSource<Exchange> all = concatenated("exchanges", files, ContractSchemas::exchange, true, tally, rejects, options);
        return reader(new Deduplicated(all, options.duplicateWindow().toMillis(), tally), tally, "exchanges", options);
    }

    public static RecordReader<Exchange> exchanges(Path file, Rejects rejects) throws IOException {
        return exchanges(List.of(file), rejects, ReadOptions.defaults());
    }

    /**
     * Exchanges of several files, each in time order, merged into one time order by {@code ts}
     * (ties: the earlier file first), for the engine. All files are open at once. Records out of
     * order within a file are passed on in that file's order; duplicates are found after merging.
     */
    public static RecordReader<Exchange> exchangesMerged(List<Path> files, Rejects rejects, ReadOptions options)
            throws IOException {
        Tally tally = new Tally();
        ObjectMapper mapper = mapper(options);
        List<RecordSource<Exchange>> sources = new ArrayList<>();
        List<FileFormat> formats = checkAll("exchanges", files, true);
        try {
            for (int i = 0; i < files.size(); i++) {
                sources.add(open(files.get(i), formats.get(i), ContractSchemas.exchange(), mapper, tally, rejects, options));
            }
        } catch (IOException | RuntimeException e) {
            for (RecordSource<Exchange> s : sources) {
                s.close();
            }
            throw e;
        }
        RecordSource<Exchange> merged = new MergedByTime(sources);
        return reader(new Deduplicated(merged, options.duplicateWindow().toMillis(), tally), tally, "exchanges", options);
    }

    public static RecordReader<Account> accounts(List<Path> files, Rejects rejects, ReadOptions options) throws IOException {
        Tally tally = new Tally();
        return reader(concatenated("accounts", files, ContractSchemas::account, true, tally, rejects, options),
                tally, "accounts", options);
    }

    public static RecordReader<Indicator> indicators(List<Path> files, Rejects rejects, ReadOptions options)
            throws IOException {
        Tally tally = new Tally();
        return reader(concatenated("indicators", files, ContractSchemas::indicator, false, tally, rejects, options),
                tally, "indicators", options);
    }

    public static RecordReader<Label> labels(List<Path> files, Rejects rejects, ReadOptions options) throws IOException {
        Tally tally = new Tally();
        return reader(concatenated("labels", files, ContractSchemas::label, false, tally, rejects, options),
                tally, "labels", options);
    }

    public static RecordReader<Campaign> campaigns(List<Path> files, Rejects rejects, ReadOptions options)
            throws IOException {
        Tally tally = new Tally();
        return reader(concatenated("campaigns", files, ContractSchemas::campaign, false, tally, rejects, options),
                tally, "campaigns", options);
    }

    public static RecordReader<Decision> decisions(List<Path> files, Rejects rejects, ReadOptions options)
            throws IOException {
        Tally tally = new Tally();
        return reader(concatenated("decisions", files, ContractSchemas::decision, false, tally, rejects, options),
                tally, "decisions", options);
    }

    /** Exchanges from one stream, read inline; for fuzzing and for adapters that own their stream. */
    static RecordReader<Exchange> exchanges(String name, InputStream in, FileFormat format, Rejects rejects,
            ReadOptions options) throws IOException {
        Tally tally = new Tally();
        RecordSource<Exchange> one = stream(name, in, format, ContractSchemas.exchange(), mapper(options), tally, rejects, options);
        return new InlineReader<>(new Deduplicated(one, options.duplicateWindow().toMillis(), tally), tally);
    }

    /** Accounts from one stream, read inline; for fuzzing. */
    static RecordReader<Account> accounts(String name, InputStream in, FileFormat format, Rejects rejects,
            ReadOptions options) throws IOException {
        Tally tally = new Tally();
        return new InlineReader<>(stream(name, in, format, ContractSchemas.account(), mapper(options), tally, rejects,
                options), tally);
    }

    private static <T> RecordSource<T> concatenated(String kind, List<Path> files, Supplier<RecordSchema<T>> schema,
            boolean csvAllowed, Tally tally, Rejects rejects, ReadOptions options) throws IOException {
        List<FileFormat> formats = checkAll(kind, files, csvAllowed);
        ObjectMapper mapper = mapper(options);
        RecordSchema<T> s = schema.get();
        List<Path> copy = List.copyOf(files);
        return new Concatenated<>(copy, file -> open(file, formats.get(copy.indexOf(file)), s, mapper, tally, rejects, options));
    }

    private static List<FileFormat> checkAll(String kind, List<Path> files, boolean csvAllowed) throws IOException {
        List<FileFormat> formats = new ArrayList<>(files.size());
        for (Path f : files) {
            formats.add(InputFiles.check(kind, f, csvAllowed));
        }
        return formats;
    }

    private static <T> RecordSource<T> open(Path file, FileFormat format, RecordSchema<T> schema, ObjectMapper mapper,
            Tally tally, Rejects rejects, ReadOptions options) throws IOException {
        InputStream in = InputFiles.open(file, format);
        if (format.gzip() && options.threads() == 2) {
            in = new InflateAhead(in, file.getFileName().toString());
        }
        try {
            return stream(file.toString(), in, format, schema, mapper, tally, rejects, options);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static <T> RecordSource<T> stream(String name, InputStream in, FileFormat format, RecordSchema<T> schema,
            ObjectMapper mapper, Tally tally, Rejects rejects, ReadOptions options) throws IOException {
        if (format.csv()) {
            return new CsvFile<>(name, in, schema, tally, rejects, options.maxLineBytes());
        }
        return new JsonLinesFile<>(name, in, new JsonRecordParser<>(schema, mapper), tally, rejects,
                options.maxLineBytes());
    }

    private static <T> RecordReader<T> reader(RecordSource<T> source, Tally tally, String kind, ReadOptions options) {
        return options.threads() > 0 ? new ReadAheadReader<>(source, tally, kind) : new InlineReader<>(source, tally);
    }

    /** One mapper per reader: strings may be as long as a line may be, field names are not interned. */
    static ObjectMapper mapper(ReadOptions options) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(options.maxLineBytes(), 1000))
                        .build())
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        return new ObjectMapper(factory);
    }
}
