package org.hydraguard.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.hydraguard.sim.text.PromptBook;

/**
 * Runs a scenario and writes {@code exchanges.jsonl.gz} (sorted by {@code ts}, ties by id),
 * {@code accounts.jsonl}, {@code labels.jsonl} and {@code scenario.json} into the output directory.
 * Deterministic: the same request gives byte-identical files. Memory is bounded by the number of
 * accounts (one compact actor each) and the corpus, never by the number of exchanges.
 */
public final class Simulator {
    /** Progress callback: simulated time done of the window, and exchanges written so far. */
    @FunctionalInterface
    public interface Progress {
        void at(long simulatedMillis, long windowMillis, long exchanges);
    }

    private Simulator() {}

    public static SimulationSummary run(SimulationRequest req, Progress progress) throws IOException {
        Scenario scenario = Scenarios.byName(req.scenario());
        if (req.campaigns() != null) {
            scenario = scenario.withCampaigns(CampaignFile.read(req.campaigns(), scenario.days()));
        }
        PromptBook book = req.corpus() == null ? PromptBook.generated() : PromptBook.withCorpus(req.corpus());
        Files.createDirectories(req.out());
        Simulation sim;
        try (Outputs out = new Outputs(req.out())) {
            sim = new Simulation(req.seed(), scenario, req.scale(), book, out);
            HonestPopulation.build(sim, scenario);
            long seed = req.seed();
            for (CampaignPlan plan : scenario.campaigns()) {
                DistillationOperator op = new DistillationOperator(sim, plan, seed = Dist.mix(seed + 1));
                sim.add(op, op.startAt - 6 * Times.HOUR);
            }
            sim.run(progress);
        }
        List<SimulationSummary.Totals> campaigns = new ArrayList<>();
        for (Tally t : sim.campaigns) {
            campaigns.add(SimulationSummary.Totals.of(t));
        }
        SimulationSummary summary = new SimulationSummary(scenario.name(), req.seed(), req.scale(), SimulationSummary.Totals.of(sim.honest), campaigns);
        ScenarioReport.write(req.out(), scenario, req, summary, sim.end);
        return summary;
    }
}
