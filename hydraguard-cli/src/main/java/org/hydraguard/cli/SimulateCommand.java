package org.hydraguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hydraguard.sim.CampaignFile;
import org.hydraguard.sim.Scenarios;
import org.hydraguard.sim.SimulationRequest;
import org.hydraguard.sim.SimulationSummary;
import org.hydraguard.sim.Simulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hydraguard simulate}: writes a scenario's simulated traffic, accounts and ground truth. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Simulates a provider's API traffic with distillation campaigns hidden in an honest population.",
            "",
            "Writes into DIR: exchanges.jsonl.gz (sorted by ts, ties by id), accounts.jsonl, labels.jsonl "
                    + "(ground truth: benign or the campaign id per account, plus one line per campaign end user "
                    + "of a reseller) and scenario.json (parameters and true totals per campaign). The same "
                    + "seed, scale and corpus give byte-identical files. Memory does not grow with the number "
                    + "of exchanges.",
            "",
            "Scenarios:",
            "  quickstart   3,000 honest accounts, one campaign, 7 days (~270k exchanges)",
            "  seed-2026    the reported campaign (25,000 accounts, 28.8M exchanges,",
            "               45 days) in 260,000 honest accounts sending ~3x its traffic;",
            "               try --scale 0.01 first",
            "  four-actors  four concurrent campaigns (~24,000 accounts, ~16.6M",
            "               exchanges); one chases a model released mid-window",
            "  evasion      campaigns built not to be seen: paraphrased wrappers,",
            "               rotating residential IPs, popular fingerprints, human",
            "               rhythms, cover traffic, a reseller's end users",
            "  unwrapped    a campaign of bare dataset items with no wrapper: no",
            "               prompt template in common, only cards and sign-ups",
            "  dormant      a campaign on bought, long-dormant accounts woken in",
            "               waves: nothing young, no sign-up waves",
            "  See docs/scenarios.md.",
            "",
            "--campaigns FILE puts your own operators into the scenario's honest population, in place of",
            "its campaigns (JSON; keys and an example in docs/scenarios.md, \"Your own campaigns\").",
            ""
        },
        footer = {"", "Exit codes: 0 done, 1 internal error, 2 bad command line, 3 the corpus or output directory "
                + "cannot be read or written."})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", completionCandidates = ScenarioNames.class,
            description = "Scenario to simulate: ${COMPLETION-CANDIDATES}.")
    String scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1.0",
            description = "Scales every count, accounts and exchanges alike (default: ${DEFAULT-VALUE}); e.g. 0.01.")
    double scale;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Directory of real prompt files (*.jsonl.gz of {text, source, category}); read at run time. "
                    + "Without it, prompts come from the product's own generator.")
    Path corpus;

    @Option(names = "--campaigns", paramLabel = "FILE",
            description = "JSON file of campaign plans to simulate instead of the scenario's own campaigns; "
                    + "the scenario still gives the window, the models and the honest population.")
    Path campaigns;

    /** The scenario names, for picocli's completion and help. */
    static final class ScenarioNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scenarios.NAMES.iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        SimulationRequest request;
        try {
            request = new SimulationRequest(scenario, out, seed, scale, corpus, campaigns);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        SimulationSummary summary;
        try (Progress progress = Progress.start(err, "simulate " + scenario)) {
            long[] shown = {0};
            summary = Simulator.run(request, (done, window, exchanges) -> {
                progress.done(window <= 0 ? 0 : (double) done / window);
                for (long i = shown[0]; i < exchanges; i++) {
                    progress.tick();
                }
                shown[0] = exchanges;
            });
        } catch (CampaignFile.Invalid e) {
            err.println("hydraguard simulate: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %,d exchanges, %,d accounts written to %s%n", summary.scenario(), summary.exchanges(), summary.accounts(), out);
        o.printf("  honest: %,d accounts, %,d exchanges%n", summary.honest().accounts(), summary.honest().exchanges());
        for (SimulationSummary.Totals c : summary.campaigns()) {
            o.printf("  %s: %,d accounts, %,d end users, %,d exchanges%n", c.actor(), c.accounts(), c.endUsers(), c.exchanges());
        }
        o.flush();
        return ExitCodes.OK;
    }
}
