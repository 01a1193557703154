package org.hydraguard.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.io.RecordParser;

/**
 * {@code POST /v1/exchanges}, {@code POST /v1/accounts} and {@code POST /v1/indicators}: JSON Lines bodies of contract records.
 * Answers 202 with {@code {read, accepted, duplicates, rejected: [{line, field, reason}]}}, where
 * read = accepted + duplicates + rejected, once the accepted records are committed to the store
 * (durable); duplicates are ids the journal accepted before, in any batch, before any restart. An
 * engine that is behind answers 429 with {@code retry-after}, one still recovering 503, and both take
 * nothing from the batch, so the client can simply send it again.
 */
final class IngestRoutes {
    private static final ThreadLocal<RecordParser<Exchange>> EXCHANGES = ThreadLocal.withInitial(RecordParser::exchanges);
    private static final ThreadLocal<RecordParser<Account>> ACCOUNTS = ThreadLocal.withInitial(RecordParser::accounts);
    private static final ThreadLocal<RecordParser<Indicator>> INDICATORS = ThreadLocal.withInitial(RecordParser::indicators);
    private final Auth auth;
    private final LiveEngine engine;
    private final ServiceMetrics metrics;

    IngestRoutes(Auth auth, LiveEngine engine, ServiceMetrics metrics) {
        this.auth = auth;
        this.engine = engine;
        this.metrics = metrics;
    }

    void exchanges(Context ctx) {
        auth.require(ctx, Role.INGEST);
        IngestBody<Exchange> body = IngestBody.parse(ctx.bodyAsBytes(), EXCHANGES.get());
        Outcome outcome = take(body);
        if (outcome.refused() != null) {
            refuse(ctx, outcome.refused());
            return;
        }
        answer(ctx, body.read(), outcome.fresh(), body.accepted().size() - outcome.fresh(), body.rejected());
    }

    /** The same path for a file the directory follower read: journal, queue, count. */
    Outcome take(IngestBody<Exchange> body) {
        if (body.accepted().isEmpty()) {
            metrics.ingested(0, 0, body.rejected().size());
            return new Outcome(0, null);
        }
        LiveEngine.Admission admission = engine.ingest(body.accepted(), body.acceptedLines());
        if (admission instanceof LiveEngine.Admission.Refused r) {
            return new Outcome(0, r);
        }
        int fresh = ((LiveEngine.Admission.Taken) admission).fresh().size();
        metrics.ingested(fresh, body.accepted().size() - fresh, body.rejected().size());
        return new Outcome(fresh, null);
    }

    /** What became of one body: how many exchanges were new, or why none was taken. */
    record Outcome(int fresh, LiveEngine.Admission.Refused refused) {}

    void accounts(Context ctx) {
        auth.require(ctx, Role.INGEST);
        IngestBody<Account> body = IngestBody.parse(ctx.bodyAsBytes(), ACCOUNTS.get());
        Optional<LiveEngine.Admission.Refused> refused = engine.ingestAccounts(body.accepted());
        if (refused.isPresent()) {
            refuse(ctx, refused.get());
            return;
        }
        metrics.accountsIngested(body.accepted().size(), body.rejected().size());
        answer(ctx, body.read(), body.accepted().size(), 0, body.rejected());
    }

    /**
     * {@code POST /v1/indicators} (analyst or admin): contract indicator records. Stored before the
     * answer, so they are fed to the engine again after a restart; an indicator stored before counts
     * as a duplicate.
     */
    void indicators(Context ctx) {
        auth.require(ctx, Role.ANALYST, Role.ADMIN);
        IngestBody<Indicator> body = IngestBody.parse(ctx.bodyAsBytes(), INDICATORS.get());
        LiveEngine.Admission admission = engine.ingestIndicators(body.accepted());
        if (admission instanceof LiveEngine.Admission.Refused r) {
            refuse(ctx, r);
            return;
        }
        int fresh = ((LiveEngine.Admission.Stored) admission).fresh();
        answer(ctx, body.read(), fresh, body.accepted().size() - fresh, body.rejected());
    }

    private void refuse(Context ctx, LiveEngine.Admission.Refused r) {
        if (r.status() == 429) {
            metrics.throttled();
        }
        ctx.status(r.status()).header("retry-after", Integer.toString(r.retryAfterSeconds()))
                .contentType("application/json").result(Json.of(Map.of("error", r.reason())));
    }

    private void answer(Context ctx, int read, int accepted, int duplicates, List<IngestBody.Rejected> rejected) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", read);
        out.put("accepted", accepted);
        out.put("duplicates", duplicates);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (IngestBody.Rejected r : rejected) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", r.line());
            line.put("field", r.field());
            line.put("reason", r.reason());
            lines.add(line);
        }
        out.put("rejected", lines);
        ctx.status(202).contentType("application/json").result(Json.of(out));
    }
}
