package org.hydraguard.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;

/** Builders of test input files and a way to read them all at once. */
final class Inputs {
    private Inputs() {}

    /** A valid exchange line with the given id and ts second; {@code extra} is spliced in as more fields. */
    static String exchange(String id, int second, String extra) {
        return "{\"id\":\"" + id + "\",\"ts\":\"2026-04-22T03:14:" + String.format("%02d", second) + ".926Z\","
                + "\"account_id\":\"acct_7731\",\"ip\":\"198.51.100.23\",\"api\":\"anthropic.messages\","
                + "\"model\":\"model-large\",\"turns\":1,\"status\":200,\"input_tokens\":412,\"output_tokens\":3120"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static String exchange(String id) {
        return exchange(id, 15, "");
    }

    static Path write(Path file, String... lines) throws IOException {
        return write(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] content) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(content);
            }
        } else {
            Files.write(file, content);
        }
        return file;
    }

    record Read<T>(List<T> records, Reconciliation counts, List<Reject> rejects) {}

    static Read<Exchange> exchanges(ReadOptions options, Path... files) throws IOException {
        Rejects rejects = Rejects.inMemory();
        try (RecordReader<Exchange> r = ContractReaders.exchanges(List.of(files), rejects, options)) {
            return drain(r, rejects);
        }
    }

    static Read<Exchange> exchanges(Path... files) throws IOException {
        return exchanges(ReadOptions.defaults(), files);
    }

    static Read<Account> accounts(Path... files) throws IOException {
        Rejects rejects = Rejects.inMemory();
        try (RecordReader<Account> r = ContractReaders.accounts(List.of(files), rejects, ReadOptions.defaults())) {
            return drain(r, rejects);
        }
    }

    static <T> Read<T> drain(RecordReader<T> r, Rejects rejects) {
        List<T> out = new ArrayList<>();
        while (r.hasNext()) {
            out.add(r.next());
        }
        Reconciliation counts = r.reconciliation();
        if (counts.rejected() != rejects.count()) {
            throw new AssertionError("rejects counted " + counts.rejected() + " but reported " + rejects.count());
        }
        return new Read<>(out, counts, rejects.first());
    }

    static List<String> messages(Read<?> read) {
        // the reader names files as given (absolute here); the tests compare the file name only
        return read.rejects().stream()
                .map(r -> new Reject(Path.of(r.file()).getFileName().toString(), r.line(), r.field(), r.reason(), r.record()))
                .map(Reject::toString).toList();
    }
}
