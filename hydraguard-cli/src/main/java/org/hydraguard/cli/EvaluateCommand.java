package org.hydraguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.sim.eval.ActionHistory;
import org.hydraguard.sim.eval.Evaluation;
import org.hydraguard.sim.eval.EvaluationInputs;
import org.hydraguard.sim.eval.EvaluationJson;
import org.hydraguard.sim.eval.EvaluationResult;
import org.hydraguard.sim.eval.EvaluationTable;
import org.hydraguard.sim.eval.GroundTruth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores the results of a run against the labels of its data; the only command that reads labels. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Scores a run against its labels: recall and exchanges served before action per campaign,",
            "precision, honest accounts actioned, adjusted Rand index and purity of campaign membership.",
            "Reads DATA/labels.jsonl, DATA/exchanges.jsonl[.gz], DATA/scenario.json (optional),",
            "RESULTS/decisions.jsonl, RESULTS/campaigns.jsonl and RESULTS/run.json (optional);",
            "prints a table and writes RESULTS/evaluation.json."
        },
        footer = {"", ExitCodes.HELP_SECTION})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "directory with labels.jsonl and the exchanges")
    Path data;

    @Option(names = "--results", required = true, paramLabel = "DIR", description = "directory written by analyze")
    Path results;

    @Option(names = "--actioned-at", paramLabel = "ACTION", defaultValue = "throttle", converter = ActionConverter.class,
            description = "mildest action that counts as actioned: monitor, throttle, challenge or block (default: ${DEFAULT-VALUE})")
    Action actionedAt;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            GroundTruth truth = GroundTruth.of(EvaluationInputs.labels(data.resolve("labels.jsonl")));
            ActionHistory actions = new ActionHistory(actionedAt);
            EvaluationInputs.decisions(results.resolve("decisions.jsonl"), actions);
            List<Campaign> campaigns = EvaluationInputs.campaigns(results.resolve("campaigns.jsonl"));
            Evaluation evaluation = new Evaluation(truth, actions, campaigns);
            Path exchanges = exchangesFile();
            if (exchanges == null) {
                err.println("hydraguard evaluate: no exchanges.jsonl.gz or exchanges.jsonl in " + data
                        + "; exchange counts and timing are left out");
            } else {
                out.println("exchanges: " + EvaluationInputs.exchanges(exchanges, evaluation::acceptExchange));
            }
            Map<String, String> names = EvaluationInputs.campaignNames(data.resolve("scenario.json"));
            EvaluationResult result = evaluation.result(names, EvaluationInputs.runTime(results.resolve("run.json")));
            out.print(EvaluationTable.render(result));
            Path json = results.resolve("evaluation.json");
            EvaluationJson.write(result, json);
            out.println("wrote " + json);
            out.flush();
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            err.println("hydraguard evaluate: cannot read " + e.getFile() + ": no such file");
            return ExitCodes.INPUT;
        } catch (IOException | IllegalArgumentException e) {
            err.println("hydraguard evaluate: " + e.getMessage());
            return ExitCodes.INPUT;
        }
    }

    private Path exchangesFile() {
        for (String name : List.of("exchanges.jsonl.gz", "exchanges.jsonl")) {
            Path p = data.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Parses the contract spelling of an action; the message lists the accepted ones. */
    static final class ActionConverter implements CommandLine.ITypeConverter<Action> {
        @Override
        public Action convert(String value) {
            try {
                return Action.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
