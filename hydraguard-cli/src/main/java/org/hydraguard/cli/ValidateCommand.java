package org.hydraguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Reject;
import org.hydraguard.io.Rejects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hydraguard validate}: checks input files against the data contract without analysing them. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks contract files against the data contract without analysing them.%n",
            "Every record is read and checked: required fields present, types and ranges right, times RFC 3339 "
                    + "in UTC, text valid UTF-8. Bad records go to the rejects file as JSON lines "
                    + "{file, line, field, reason, record}; the first 20 are also printed to stderr as "
                    + "FILE:LINE: field F: reason. A repeated exchange id is a duplicate: counted, not rejected.%n",
            "Ends with one reconciliation line per kind of input on stdout, e.g.",
            "  exchanges: read 1000, accepted 990, rejected 7, duplicates 3",
            "where read = accepted + rejected + duplicates.%n",
            "Then checks the files against each other and prints each finding as 'inconsistent: ...' on stderr: "
                    + "exchanges out of time order within a file, accounts that sent exchanges but are not in the "
                    + "accounts files (with --accounts), and accounts without a label (with --labels).%n",
            "The format follows each file's name: JSON Lines (.jsonl or .jsonl.gz) for every kind, and CSV "
                    + "with a header row (.csv or .csv.gz) for exchanges and accounts."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class ValidateCommand implements Callable<Integer> {
    static final int SHOWN_ERRORS = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--exchanges", arity = "1..*", paramLabel = "FILE", description = "Exchange files.")
    List<Path> exchanges = new ArrayList<>();

    @Option(names = "--accounts", arity = "1..*", paramLabel = "FILE", description = "Account files.")
    List<Path> accounts = new ArrayList<>();

    @Option(names = "--indicators", arity = "1..*", paramLabel = "FILE", description = "Indicator files.")
    List<Path> indicators = new ArrayList<>();

    @Option(names = "--labels", arity = "1..*", paramLabel = "FILE", description = "Label files.")
    List<Path> labels = new ArrayList<>();

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "rejects.jsonl",
            description = "Where rejected records go (default: ${DEFAULT-VALUE}); written only when something "
                    + "is rejected, replacing an existing file.")
    Path rejectsFile;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "8388608",
            description = "Longest line accepted, in bytes (default: ${DEFAULT-VALUE}); longer lines are "
                    + "rejected without being read into memory.")
    int maxLineBytes;

    @Option(names = "--duplicate-window", paramLabel = "DURATION", defaultValue = "PT24H",
            description = "Repeated exchange ids are caught when their copies are at most this far apart in "
                    + "event time (ISO-8601, default: ${DEFAULT-VALUE}); memory grows with it, not with file size.")
    Duration duplicateWindow;

    /** One kind of input: its name and how to open a reader of its files. */
    private record Input(String kind, List<Path> files, Opener opener) {}

    @FunctionalInterface
    private interface Opener {
        RecordReader<?> open(List<Path> files, Rejects rejects, ReadOptions options) throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Input> inputs = new ArrayList<>();
        add(inputs, "exchanges", exchanges, ContractReaders::exchanges);
        add(inputs, "accounts", accounts, ContractReaders::accounts);
        add(inputs, "indicators", indicators, ContractReaders::indicators);
        add(inputs, "labels", labels, ContractReaders::labels);
        if (inputs.isEmpty()) {
            err.println("hydraguard validate: nothing to check; give at least one of --exchanges, --accounts, "
                    + "--indicators, --labels");
            spec.commandLine().usage(err);
            return ExitCodes.USAGE;
        }
        ReadOptions options;
        try {
            options = ReadOptions.defaults().withMaxLineBytes(maxLineBytes).withDuplicateWindow(duplicateWindow);
        } catch (IllegalArgumentException e) {
            err.println("hydraguard validate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<String> summary = new ArrayList<>();
        Consistency consistency = new Consistency();
        try (Rejects rejects = Rejects.toFile(rejectsFile)) {
            // open all readers first, so an unreadable file stops the run before anything is read
            List<RecordReader<?>> readers = new ArrayList<>();
            try {
                for (Input in : inputs) {
                    readers.add(in.opener().open(in.files(), rejects, options.withThreads(0)));
                }
                for (int i = 0; i < inputs.size(); i++) {
                    summary.add(inputs.get(i).kind() + ": " + drain(readers.get(i), inputs.get(i).kind(), err, consistency));
                }
                if (!exchanges.isEmpty() && exchanges.size() > 1) {
                    // order is a property of each file: check them one by one, without counting anything twice
                    checkOrderPerFile(options, consistency);
                }
            } catch (IOException | UncheckedIOException e) {
                err.println("hydraguard validate: " + e.getMessage());
                return ExitCodes.INPUT;
            } finally {
                for (RecordReader<?> r : readers) {
                    r.close();
                }
            }
            report(rejects, err);
            List<String> problems = consistency.problems(!accounts.isEmpty(), !labels.isEmpty());
            problems.forEach(p -> err.println("inconsistent: " + p));
            err.flush(); // errors first, then the summary, also when both go to one terminal
            summary.forEach(out::println);
            out.flush();
            return rejects.count() == 0 && problems.isEmpty() ? ExitCodes.OK : ExitCodes.REJECTS;
        }
    }

    private static void add(List<Input> inputs, String kind, List<Path> files, Opener opener) {
        if (!files.isEmpty()) {
            inputs.add(new Input(kind, files, opener));
        }
    }

    private static String drain(RecordReader<?> reader, String kind, PrintWriter err, Consistency consistency) {
        try (Progress progress = Progress.start(err, kind)) {
            while (reader.hasNext()) {
                consistency.observe(reader.next());
                progress.tick();
            }
        }
        return reader.reconciliation().toString();
    }

    /** With several exchange files, the drain above saw them concatenated; order is judged per file. */
    private void checkOrderPerFile(ReadOptions options, Consistency consistency) throws IOException {
        Consistency perFile = new Consistency();
        for (Path file : exchanges) {
            perFile.nextFile();
            try (Rejects ignored = Rejects.inMemory();
                    RecordReader<org.hydraguard.core.model.Exchange> in =
                            ContractReaders.exchanges(List.of(file), ignored, options.withThreads(0))) {
                in.forEachRemaining(perFile::observe);
            }
        }
        consistency.replaceOrderWith(perFile);
    }

    private void report(Rejects rejects, PrintWriter err) {
        List<Reject> first = rejects.first();
        for (int i = 0; i < Math.min(SHOWN_ERRORS, first.size()); i++) {
            err.println(first.get(i));
        }
        long more = rejects.count() - Math.min(SHOWN_ERRORS, first.size());
        if (more > 0) {
            err.println("... and " + more + " more, see " + rejectsFile);
        } else if (rejects.count() > 0) {
            err.println("rejected records are in " + rejectsFile);
        }
    }
}
