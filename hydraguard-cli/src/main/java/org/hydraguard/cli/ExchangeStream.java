package org.hydraguard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.ContractJson;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Rejects;

/**
 * Paces exchanges to a service by event time: with speed s, an exchange at event time t is sent no
 * earlier than (t - t0) / s wall seconds after the first. A batch goes out when it is full or when
 * the stream is about to wait, so a slow stretch of traffic still arrives promptly.
 */
final class ExchangeStream {
    private final IngestClient client;
    private final int batchSize;
    private final double speed;
    private final LongSupplier nanoClock;
    private long read;
    private long accepted;
    private long duplicates;
    private long rejected;
    private long accounts;

    ExchangeStream(IngestClient client, int batchSize, double speed, LongSupplier nanoClock) {
        this.client = client;
        this.batchSize = batchSize;
        this.speed = speed;
        this.nanoClock = nanoClock;
    }

    /**
     * Sends the accounts of the files, then their exchanges merged in time order, paced.
     *
     * @return how many records in the files were invalid and not sent
     */
    long sendFiles(List<Path> accountFiles, List<Path> exchangeFiles, Runnable onEach)
            throws IOException, InterruptedException {
        try (Rejects rejects = Rejects.inMemory()) {
            if (!accountFiles.isEmpty()) {
                try (RecordReader<Account> in = ContractReaders.accounts(accountFiles, rejects, ReadOptions.defaults())) {
                    List<String> lines = new ArrayList<>();
                    in.forEachRemaining(a -> lines.add(ContractJson.toJson(a)));
                    sendAccounts(lines);
                }
            }
            try (RecordReader<Exchange> in = ContractReaders.exchangesMerged(exchangeFiles, rejects, ReadOptions.defaults())) {
                sendExchanges(in, onEach);
            }
            return rejects.count();
        }
    }

    void sendAccounts(List<String> jsonLines) throws IOException, InterruptedException {
        for (int from = 0; from < jsonLines.size(); from += batchSize) {
            IngestClient.Receipt r = client.post("/v1/accounts", jsonLines.subList(from, Math.min(jsonLines.size(), from + batchSize)));
            accounts += r.accepted();
            rejected += r.rejected();
        }
    }

    void sendExchanges(Iterator<Exchange> in, Runnable onEach) throws IOException, InterruptedException {
        List<String> pending = new ArrayList<>(batchSize);
        Instant first = null;
        long startNanos = nanoClock.getAsLong();
        while (in.hasNext()) {
            Exchange e = in.next();
            if (first == null) {
                first = e.ts();
            }
            if (speed > 0) {
                long dueNanos = startNanos + (long) ((e.ts().toEpochMilli() - first.toEpochMilli()) * 1e6 / speed);
                long wait = dueNanos - nanoClock.getAsLong();
                if (wait > 0) {
                    flush(pending);
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                }
            }
            pending.add(ContractJson.toJson(e));
            onEach.run();
            if (pending.size() >= batchSize) {
                flush(pending);
            }
        }
        flush(pending);
    }

    private void flush(List<String> pending) throws IOException, InterruptedException {
        if (pending.isEmpty()) {
            return;
        }
        IngestClient.Receipt r = client.post("/v1/exchanges", pending);
        read += r.read();
        accepted += r.accepted();
        duplicates += r.duplicates();
        rejected += r.rejected();
        pending.clear();
    }

    long accepted() {
        return accepted;
    }

    String summary() {
        return "replayed: accounts " + accounts + "; exchanges read " + read + ", accepted " + accepted + ", duplicates "
                + duplicates + ", rejected " + rejected + "; service busy (429, re-sent) " + client.busyAnswers() + " times";
    }
}
