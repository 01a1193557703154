package org.hydraguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.Reconciliation;
import org.hydraguard.io.policy.PolicyYaml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the detection engine over files of exchanges and writes decisions, campaigns and a report. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Finds coordinated campaigns in files of exchanges. Reads the accounts and indicators first,",
            "then the exchanges of all files merged in time order, and writes OUT/decisions.jsonl (every",
            "change of an account's action, as it happens), OUT/campaigns.jsonl, OUT/rejects.jsonl (if any",
            "record was bad), OUT/run.json and OUT/report.html. Never reads labels."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class AnalyzeCommand implements Callable<Integer> {
    /**
     * Account age, sign-up waves, shared payment instruments, sign-up networks and e-mail domains, and
     * gated sign-ups carry about half of a group's coordination score, so without account records a
     * group seldom passes the coordination gate: the run is then mostly a scan, and should say so.
     */
    static final String NO_ACCOUNTS_WARNING = "hydraguard analyze: warning: no --accounts given. About half of the "
            + "coordination evidence comes from account records (account age, sign-up waves, shared payment "
            + "instruments, sign-up networks and e-mail domains, verification), so without them campaigns are seldom "
            + "actioned; pass the accounts file of the same period.";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--exchanges", required = true, arity = "1..*", paramLabel = "FILE",
            description = "exchange files (.jsonl, .jsonl.gz, .csv, .csv.gz), each in time order")
    List<Path> exchanges;

    @Option(names = "--accounts", arity = "1..*", paramLabel = "FILE", description = "account files")
    List<Path> accounts = List.of();

    @Option(names = "--indicators", arity = "1..*", paramLabel = "FILE", description = "indicator files")
    List<Path> indicators = List.of();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "policy YAML (see `hydraguard policy --print-defaults`); default: the shipped policy")
    Path policy;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for the outputs")
    Path out;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_LINE_BYTES,
            description = "longer input lines are rejected (default: ${DEFAULT-VALUE})")
    int maxLineBytes;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxLineBytes < 1) {
            err.println("hydraguard analyze: --max-line-bytes must be at least 1, got " + maxLineBytes);
            return ExitCodes.USAGE;
        }
        if (accounts == null || accounts.isEmpty()) {
            err.println(NO_ACCOUNTS_WARNING);
        }
        Analysis.Outcome o;
        try (Progress progress = Progress.start(err, "exchanges")) {
            Policy p = policy == null ? Policy.defaults() : PolicyYaml.load(policy);
            Analysis analysis = new Analysis(new EngineDetector(p), progress::tick);
            o = analysis.run(new Analysis.Request(exchanges, accounts == null ? List.of() : accounts,
                    indicators == null ? List.of() : indicators, out,
                    ReadOptions.defaults().withMaxLineBytes(maxLineBytes)));
        } catch (NoSuchFileException e) {
            err.println("hydraguard analyze: cannot read " + e.getFile() + ": no such file");
            return ExitCodes.INPUT;
        } catch (IOException e) {
            err.println("hydraguard analyze: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        for (Map.Entry<String, Reconciliation> e : o.reconciliation().entrySet()) {
            stdout.println(e.getKey() + ": " + e.getValue());
        }
        if (o.rejects() > 0) {
            stdout.println("rejected records are in " + out.resolve("rejects.jsonl"));
        }
        double seconds = o.wall().toNanos() / 1e9;
        stdout.println(String.format(Locale.ROOT, "%d campaign%s found, %d accounts actioned (throttle or stronger), "
                + "%d decisions; %.1f s, %.0f exchanges/s", o.campaigns().size(), o.campaigns().size() == 1 ? "" : "s",
                o.subjectsActioned(), o.decisions(), seconds, seconds <= 0 ? 0 : o.exchanges() / seconds));
        stdout.println("report: " + out.resolve("report.html"));
        stdout.flush();
        return ExitCodes.OK;
    }
}
