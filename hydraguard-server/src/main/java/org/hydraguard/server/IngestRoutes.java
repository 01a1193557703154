package org.hydraguard.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.RecordParser;

/**
 * {@code POST /v1/exchanges} and {@code POST /v1/accounts}: JSON Lines bodies of contract records.
 * Answers 202 with {@code {read, accepted, duplicates, rejected: [{line, field, reason}]}}, where
 * read = accepted + duplicates + rejected; a full engine queue answers 429 with {@code retry-after}
 * and takes nothing from the batch, so the client can simply send it again.
 */
final class IngestRoutes {
    private static final ThreadLocal<RecordParser<Exchange>> EXCHANGES = ThreadLocal.withInitial(RecordParser::exchanges);
    private static final ThreadLocal<RecordParser<Account>> ACCOUNTS = ThreadLocal.withInitial(RecordParser::accounts);
    private final Auth auth;
    private final LiveEngine engine;
    private final RecentIds recent;
    private final ServiceMetrics metrics;

    IngestRoutes(Auth auth, LiveEngine engine, RecentIds recent, ServiceMetrics metrics) {
        this.auth = auth;
        this.engine = engine;
        this.recent = recent;
        this.metrics = metrics;
    }

    void exchanges(Context ctx) {
        auth.require(ctx, Role.INGEST);
        IngestBody<Exchange> body = IngestBody.parse(ctx.bodyAsBytes(), EXCHANGES.get());
        List<Exchange> fresh = recent.claim(body.accepted());
        if (!fresh.isEmpty() && !engine.offer(fresh)) {
            recent.release(fresh);
            busy(ctx);
            return;
        }
        answer(ctx, body.read(), fresh.size(), body.accepted().size() - fresh.size(), body.rejected());
    }

    void accounts(Context ctx) {
        auth.require(ctx, Role.INGEST);
        IngestBody<Account> body = IngestBody.parse(ctx.bodyAsBytes(), ACCOUNTS.get());
        if (!body.accepted().isEmpty() && !engine.offerAccounts(body.accepted())) {
            busy(ctx);
            return;
        }
        answer(ctx, body.read(), body.accepted().size(), 0, body.rejected());
    }

    private static void busy(Context ctx) {
        ctx.status(429).header("retry-after", "1").contentType("application/json")
                .result(Json.of(Map.of("error", "the engine is behind; nothing from this batch was taken, send it again")));
    }

    private void answer(Context ctx, int read, int accepted, int duplicates, List<IngestBody.Rejected> rejected) {
        metrics.ingested(accepted, duplicates, rejected.size());
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
