package org.hydraguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.server.Role;
import org.hydraguard.server.Service;
import org.hydraguard.server.ServiceConfig;
import org.hydraguard.server.Tokens;
import org.hydraguard.store.StoreConfig;

/**
 * The live demo's service: a fresh embedded store under the demo directory, a one-run admin token,
 * and the loopback port asked for (or any free one when it is taken).
 */
final class LiveDemo implements AutoCloseable {
    private final Service service;
    private final String token;
    private volatile boolean closed;

    private LiveDemo(Service service, String token) {
        this.service = service;
        this.token = token;
    }

    static LiveDemo start(Path storeDir, int port) throws IOException, InterruptedException {
        wipe(storeDir); // each demo starts from nothing, so what appears is what this run found
        Files.createDirectories(storeDir);
        String token = System.getenv().getOrDefault("HYDRAGUARD_TOKEN_ADMIN", randomToken());
        Tokens tokens = new Tokens(Map.of(token, EnumSet.of(Role.ADMIN)));
        ServiceConfig config = ServiceConfig.defaults(tokens)
                .withStore(StoreConfig.sqlite(storeDir.resolve("hydraguard.db")))
                .withPort(port);
        Service service;
        try {
            service = Service.start(config);
        } catch (RuntimeException e) {
            if (port == 0 || !(rootCause(e) instanceof BindException)) {
                throw e;
            }
            service = Service.start(config.withPort(0)); // the asked-for port is taken: any free one will do
        }
        if (!service.awaitReady(Duration.ofSeconds(30))) {
            service.close();
            throw new IOException("the demo's service did not become ready within 30 s; see the log above");
        }
        return new LiveDemo(service, token);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + service.port() + "/");
    }

    URI consoleUrl() {
        return baseUrl().resolve("/console/");
    }

    String token() {
        return token;
    }

    /** Sends the accounts, then the exchanges paced by the stream, and waits until the engine caught up. */
    void stream(ExchangeStream stream, Path data, PrintWriter err) throws IOException, InterruptedException {
        Progress progress = Progress.start(err, "streaming");
        long invalid = stream.sendFiles(List.of(data.resolve("accounts.jsonl")), List.of(data.resolve("exchanges.jsonl.gz")),
                progress::tick);
        progress.done(1.0);
        if (invalid > 0) {
            err.println("demo: " + invalid + " simulated records were invalid and not sent");
        }
        // the console and describeCampaigns() read campaigns from the store: save them now, not at the next tick
        if (!service.parts().engine().checkpointNow(Duration.ofMinutes(2))) {
            err.println("demo: the engine had not caught up after 2 minutes; the campaigns shown may be behind");
        }
    }

    /** One line per campaign in the store, riskiest first. */
    String describeCampaigns() {
        List<Campaign> found = service.parts().store().investigation().campaignsByRisk(10);
        if (found.isEmpty()) {
            return "No campaign found yet.";
        }
        StringBuilder out = new StringBuilder("Campaigns found: " + found.size());
        found.forEach(c -> out.append(String.format(
                Locale.ROOT, "%n  %s  score %.2f  %d accounts  %d exchanges  first seen %s", c.campaignId(), c.score(),
                c.accountCount(), c.exchanges(), c.firstSeen())));
        return out.toString();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            service.close();
        }
    }

    private static String randomToken() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot clear the demo store " + dir + ": " + e.getMessage(), e);
                }
            });
        }
    }
}
