package org.hydraguard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The newcomer's first command: simulates the {@code quickstart} scenario, analyses it and scores
 * the result against the simulator's labels, all in one process, then says where the report is.
 * It runs the very same commands a user would run by hand, so it shows nothing they could not repeat.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates the quickstart scenario (a few thousand honest accounts and one distillation campaign),",
            "analyses it, evaluates the result against the true labels and prints where the report is."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", description = "Directory for the demo's files (default: ${DEFAULT-VALUE}).",
            defaultValue = "hydraguard-demo")
    Path out;

    @Option(names = "--seed", description = "Simulator seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--corpus", description = "Directory of real prompt files to draw prompt text from "
            + "(gzipped JSON Lines {text, source, category}); without it the built-in generator writes the text.")
    Path corpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path data = out.resolve("data");
        Path results = out.resolve("results");
        Files.createDirectories(out);
        String[] simulate = corpus == null
                ? new String[] {"simulate", "--scenario", "quickstart", "--seed", Long.toString(seed), "--out", data.toString()}
                : new String[] {"simulate", "--scenario", "quickstart", "--seed", Long.toString(seed), "--out", data.toString(),
                    "--corpus", corpus.toString()};
        String[][] steps = {
            simulate,
            {"analyze", "--exchanges", data.resolve("exchanges.jsonl.gz").toString(),
                "--accounts", data.resolve("accounts.jsonl").toString(), "--out", results.toString()},
            {"evaluate", "--data", data.toString(), "--results", results.toString()}
        };
        for (String[] step : steps) {
            stdout.println();
            stdout.println("$ hydraguard " + String.join(" ", step));
            stdout.flush();
            CommandLine line = HydraguardCommand.commandLine();
            line.setOut(stdout);
            line.setErr(err);
            int code = line.execute(step);
            if (code != ExitCodes.OK) {
                err.println("hydraguard demo: step '" + step[0] + "' failed with exit code " + code);
                return code;
            }
        }
        stdout.println();
        stdout.println("Report: " + results.resolve("report.html").toAbsolutePath());
        stdout.println("Campaigns: " + results.resolve("campaigns.jsonl").toAbsolutePath());
        return ExitCodes.OK;
    }
}
