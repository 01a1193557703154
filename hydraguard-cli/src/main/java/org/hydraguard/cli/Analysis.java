package org.hydraguard.cli;

import java.io.IOException;
import org.hydraguard.core.signal.ExchangeSignals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ContractWriters;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.RecordWriter;
import org.hydraguard.io.Reconciliation;
import org.hydraguard.io.Rejects;
import org.hydraguard.io.report.DailyActivity;
import org.hydraguard.io.report.HtmlReport;
import org.hydraguard.io.report.ReportData;

/**
 * One offline analysis: accounts and indicators first, then the exchanges of all files merged in
 * time order through the detector, writing decisions as they happen and campaigns, rejects, run.json
 * and report.html at the end.
 *
 * <p>Threads: the readers parse on their own thread and hand over batches through a bounded queue
 * ({@link ReadOptions#readAhead()}), so parsing overlaps detection; the detector runs on the calling
 * thread only, as it is single-threaded by design. Memory beyond the detector's state: the daily
 * counts of {@link DailyActivity} and one action per subject that was ever decided.
 */
final class Analysis {
    /** Exchanges per batch handed between the reader, the signal worker and the detector. */
    private static final int BATCH = 2048;
    /** Batches whose signals the worker may prepare before the detector asks for them. */
    private static final int PREPARED_AHEAD = 8;

    /** What to analyse and where to write it. */
    record Request(List<Path> exchanges, List<Path> accounts, List<Path> indicators, Path out, ReadOptions options) {
        Request {
            exchanges = List.copyOf(exchanges);
            accounts = List.copyOf(accounts);
            indicators = List.copyOf(indicators);
        }
    }

    /** What the run did, for the command's summary; {@code cpu} is where its CPU went, up to the outputs. */
    record Outcome(Map<String, Reconciliation> reconciliation, long exchanges, Duration wall, List<Campaign> campaigns,
            long subjectsActioned, long decisions, long rejects, StageCpu.Split cpu) {}

    private final Detector detector;
    private final Runnable tick;
    private final DailyActivity daily = new DailyActivity();
    private final Map<String, Action> latestAction = new HashMap<>();
    private Instant first;
    private Instant last;
    private long inputTokens;
    private long outputTokens;
    private long decisions;

    /** @param tick called once per exchange accepted, for a progress display */
    Analysis(Detector detector, Runnable tick) {
        this.detector = detector;
        this.tick = tick;
    }

    Outcome run(Request request) throws IOException {
        try (StageCpu meter = new StageCpu()) {
            return run(request, meter);
        }
    }

    private Outcome run(Request request, StageCpu meter) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(request.out());
        Map<String, Reconciliation> counts = new LinkedHashMap<>();
        Path rejectsFile = request.out().resolve("rejects.jsonl");
        Files.deleteIfExists(rejectsFile); // a stale file from an earlier run must not look like this run's
        long exchanges;
        long rejected;
        // the rejects file is complete once this block closes it, before anything refers to it
        try (Rejects rejects = Rejects.toFile(rejectsFile)) {
            if (!request.accounts().isEmpty()) {
                try (RecordReader<Account> in = ContractReaders.accounts(request.accounts(), rejects, request.options())) {
                    in.forEachRemaining(detector::accept);
                    counts.put("accounts", in.reconciliation());
                }
            }
            if (!request.indicators().isEmpty()) {
                try (RecordReader<Indicator> in = ContractReaders.indicators(request.indicators(), rejects, request.options())) {
                    in.forEachRemaining(detector::accept);
                    counts.put("indicators", in.reconciliation());
                }
            }
            try (RecordReader<Exchange> in = ContractReaders.exchangesMerged(request.exchanges(), rejects, request.options());
                    RecordWriter<Decision> out = ContractWriters.decisions(request.out().resolve("decisions.jsonl"))) {
                exchanges = detect(in, out);
                counts.put("exchanges", in.reconciliation());
            }
            rejected = rejects.count();
        }
        List<Campaign> campaigns = detector.campaigns().stream()
                .sorted(Comparator.comparingDouble(Campaign::score).reversed().thenComparing(Campaign::campaignId))
                .toList();
        try (RecordWriter<Campaign> out = ContractWriters.campaigns(request.out().resolve("campaigns.jsonl"))) {
            for (Campaign c : campaigns) {
                out.write(c);
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        StageCpu.Split cpu = meter.stop();
        long actioned = latestAction.values().stream().filter(Action::restricts).count();
        Outcome outcome = new Outcome(counts, exchanges, wall, campaigns, actioned, decisions, rejected, cpu);
        RunJson.write(request.out().resolve("run.json"), outcome, detector.stats());
        HtmlReport.write(report(request, outcome), request.out().resolve("report.html"));
        return outcome;
    }

    /**
     * Feeds the detector in time order. A worker prepares the signals of the batches ahead (they
     * depend on the exchange alone) while the detector decides the current one on this thread, so on
     * a multi-core machine reading, signals and decisions overlap. The order in which the detector
     * sees exchanges, and so every output, is the same as without the worker.
     */
    private long detect(RecordReader<Exchange> in, RecordWriter<Decision> out) throws IOException {
        long n = 0;
        DecisionSink sink = new DecisionSink(out);
        try (PreparedBatches batches = new PreparedBatches(in, detector::prepare, BATCH, PREPARED_AHEAD)) {
            for (PreparedBatches.Batch batch = batches.next(); batch != null; batch = batches.next()) {
                List<Exchange> exchanges = batch.exchanges();
                ExchangeSignals[] signals = batch.signals();
                for (int i = 0; i < exchanges.size(); i++) {
                    Exchange e = exchanges.get(i);
                    detector.accept(e, signals == null ? null : signals[i], sink);
                    if (sink.failure != null) {
                        throw sink.failure;
                    }
                    observe(e);
                    n++;
                    tick.run();
                }
            }
        }
        return n;
    }

    private void observe(Exchange e) {
        daily.accept(e);
        if (first == null) {
            first = e.ts();
        }
        if (last == null || e.ts().isAfter(last)) {
            last = e.ts();
        }
        inputTokens += e.inputTokens();
        outputTokens += e.outputTokens();
    }

    /** Writes decisions as they happen; an I/O failure is kept and rethrown after the detector returns. */
    private final class DecisionSink implements java.util.function.Consumer<Decision> {
        private final RecordWriter<Decision> out;
        IOException failure;

        DecisionSink(RecordWriter<Decision> out) {
            this.out = out;
        }

        @Override
        public void accept(Decision d) {
            if (failure != null) {
                return;
            }
            try {
                out.write(d);
                decisions++;
                latestAction.put(Exchange.subjectKey(d.accountId(), d.endUserId()),
                        d.action());
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    private ReportData report(Request request, Outcome outcome) {
        List<String> inputs = new ArrayList<>();
        for (List<Path> files : List.of(request.exchanges(), request.accounts(), request.indicators())) {
            for (Path p : files) {
                inputs.add(p.getFileName().toString());
            }
        }
        List<ReportData.CampaignView> views = new ArrayList<>();
        for (Campaign c : outcome.campaigns()) {
            views.add(new ReportData.CampaignView(c, daily.seriesFor(c)));
        }
        return new ReportData(inputs, first, last, outcome.exchanges(), daily.accounts(), inputTokens, outputTokens,
                outcome.reconciliation().getOrDefault("exchanges", Reconciliation.EMPTY).toString(),
                outcome.subjectsActioned(), outcome.wall(), views);
    }
}
