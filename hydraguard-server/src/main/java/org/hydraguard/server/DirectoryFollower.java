package org.hydraguard.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.io.RecordParser;
import org.hydraguard.io.Reject;
import org.hydraguard.io.Rejects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests {@code *.jsonl} and {@code *.jsonl.gz} files of exchanges dropped into a directory, through
 * the same path as {@code POST /v1/exchanges} (journal, then engine; 429 and 503 are waited out).
 *
 * <p>The rule for writers: write the file under a name the follower ignores, then rename it into
 * place (a rename within one file system is atomic). Ignored are names starting with {@code .},
 * names not ending in {@code .jsonl} / {@code .jsonl.gz} (say {@code x.jsonl.part}), and the
 * follower's own {@code *.rejects.jsonl}. As a second guard a file is taken only once it has not
 * changed for two seconds, so a writer that appends in place and pauses less than that is not read
 * half-written. Files are taken in name order.
 *
 * <p>A file done is listed in {@code .hydraguard-done} in the directory, so a restart does not read it
 * again; a file cut short by a crash is read again whole, and the journal counts its exchanges once.
 * Rejected lines are logged with file, line, field and reason and written, with the raw line, to
 * {@code <file>.rejects.jsonl} beside the file (only when there are any).
 */
final class DirectoryFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryFollower.class);
    static final String DONE = ".hydraguard-done";
    static final String REJECTS_SUFFIX = ".rejects.jsonl";
    private static final int CHUNK_LINES = 5_000;
    private static final long SETTLE_MS = 2_000;

    private final Path dir;
    private final Function<IngestBody<Exchange>, IngestRoutes.Outcome> ingest;
    private final Set<String> done = new HashSet<>();
    private final ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hydraguard-follow");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean closed;

    private DirectoryFollower(Path dir, Function<IngestBody<Exchange>, IngestRoutes.Outcome> ingest) {
        this.dir = dir;
        this.ingest = ingest;
    }

    static DirectoryFollower start(Path dir, Function<IngestBody<Exchange>, IngestRoutes.Outcome> ingest)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("follow_dir " + dir + " is not a directory; create it or remove the setting");
        }
        DirectoryFollower f = new DirectoryFollower(dir, ingest);
        Path doneFile = dir.resolve(DONE);
        if (Files.exists(doneFile)) {
            f.done.addAll(Files.readAllLines(doneFile, StandardCharsets.UTF_8));
        }
        f.poller.scheduleWithFixedDelay(f::poll, 0, 1, TimeUnit.SECONDS);
        return f;
    }

    private void poll() {
        try {
            List<Path> ready = new ArrayList<>();
            long now = System.currentTimeMillis();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{jsonl,jsonl.gz}")) {
                for (Path p : files) {
                    String name = p.getFileName().toString();
                    if (!name.startsWith(".") && !name.endsWith(REJECTS_SUFFIX) && !done.contains(name)
                            && now - Files.getLastModifiedTime(p).toMillis() >= SETTLE_MS) {
                        ready.add(p);
                    }
                }
            }
            ready.sort(null);
            for (Path p : ready) {
                if (closed) {
                    return;
                }
                read(p);
                done.add(p.getFileName().toString());
                Files.writeString(dir.resolve(DONE), p.getFileName() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("follow_dir {}: {}; trying again in a second", dir, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Path file) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        RecordParser<Exchange> parser = RecordParser.exchanges();
        int[] totals = new int[3];
        Path rejectsFile = file.resolveSibling(file.getFileName() + REJECTS_SUFFIX);
        Files.deleteIfExists(rejectsFile); // from an earlier, interrupted read of the same file
        try (Rejects rejects = Rejects.toFile(rejectsFile);
                InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> chunk = new ArrayList<>(CHUNK_LINES);
            int firstLine = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                chunk.add(line);
                if (chunk.size() == CHUNK_LINES) {
                    send(file, firstLine, chunk, parser, totals, rejects);
                    firstLine += chunk.size();
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                send(file, firstLine, chunk, parser, totals, rejects);
            }
        }
        LOG.info("follow_dir: {} read {}, accepted {}, duplicates {}, rejected {} in {} ms", file.getFileName(),
                totals[1] + totals[2], totals[0], totals[1] - totals[0], totals[2], (System.nanoTime() - t0) / 1_000_000);
    }

    /** totals: [fresh, accepted by the parser, rejected] */
    private void send(Path file, int firstLine, List<String> chunk, RecordParser<Exchange> parser, int[] totals,
            Rejects rejects) throws InterruptedException {
        IngestBody<Exchange> body = IngestBody.parse(String.join("\n", chunk).getBytes(StandardCharsets.UTF_8), parser);
        for (IngestBody.Rejected r : body.rejected()) {
            int line = firstLine - 1 + r.line();
            LOG.warn("follow_dir: {}:{}: field {}: {}", file.getFileName(), line, r.field(), r.reason());
            rejects.add(new Reject(file.toString(), line, r.field(), r.reason(), chunk.get(r.line() - 1)));
        }
        while (true) {
            IngestRoutes.Outcome outcome = ingest.apply(body);
            if (outcome.refused() == null) {
                totals[0] += outcome.fresh();
                totals[1] += body.accepted().size();
                totals[2] += body.rejected().size();
                return;
            }
            if (closed) {
                throw new InterruptedException("stopping while " + file + " was being read; it is read again at the next start");
            }
            Thread.sleep(outcome.refused().retryAfterSeconds() * 1000L);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        poller.shutdownNow();
        poller.awaitTermination(10, TimeUnit.SECONDS);
    }
}
