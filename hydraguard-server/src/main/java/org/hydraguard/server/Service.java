package org.hydraguard.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.hydraguard.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: store, live engine, HTTP server and (optionally) a directory follower, started
 * in that order and closed in the reverse one. {@link #start} returns once the port is bound; the
 * engine recovers its state from the store in the background ({@code /readyz} says when it is done,
 * ingest answers 503 until then, and the gateway check answers from the decisions already in the store).
 */
public final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);

    private final Store store;
    private final LiveEngine engine;
    private final HydraguardServer server;
    private final DirectoryFollower follower;
    private final ServiceParts parts;
    private final int port;

    private Service(Store store, LiveEngine engine, HydraguardServer server, DirectoryFollower follower,
            ServiceParts parts, int port) {
        this.store = store;
        this.engine = engine;
        this.server = server;
        this.follower = follower;
        this.parts = parts;
        this.port = port;
    }

    /** Opens the store, starts recovery and binds the port. */
    public static Service start(ServiceConfig config) throws IOException {
        createSqliteDirectory(config);
        Store store = Store.open(config.store());
        LiveEngine engine = null;
        HydraguardServer server = null;
        try {
            EnforcementMode mode = new EnforcementMode(store);
            if (config.mode() != null && config.mode() != mode.current()) {
                mode.set(config.mode(), "config", Instant.now());
            }
            DecisionBoard board = new DecisionBoard();
            long restored = store.decisions(board::restore);
            long keys = store.apiKeys(board::restoreKey);
            engine = new LiveEngine(store, board, config.engine(), config.checkpoints(), config.settings().queueBatches());
            ServiceParts parts = new ServiceParts(engine, board, store, mode, config.settings());
            server = new HydraguardServer(parts, config.tls());
            engine.start();
            int port = server.start(config.host(), config.port());
            DirectoryFollower follower = config.followDir() == null ? null
                    : DirectoryFollower.start(config.followDir(), server.ingest()::take);
            LOG.info("serving on {}://{}:{}; store {}; mode {}; {} decisions and {} api keys restored; follow_dir {}",
                    config.tls() == null ? "http" : "https", config.host(), port, store, mode.current().name().toLowerCase(
                            java.util.Locale.ROOT), restored, keys, config.followDir() == null ? "none" : config.followDir());
            return new Service(store, engine, server, follower, parts, port);
        } catch (RuntimeException | IOException e) {
            closeQuietly(server, engine, store);
            throw e;
        }
    }

    private static void createSqliteDirectory(ServiceConfig config) throws IOException {
        String url = config.store().url();
        if (url.startsWith("jdbc:sqlite:")) {
            Path dir = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "")).toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        }
    }

    /** The port the service listens on. */
    public int port() {
        return port;
    }

    public ServiceParts parts() {
        return parts;
    }

    /** Waits until recovery is done (ingest open); false on timeout or when the engine failed. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!engine.ready()) {
            if (!engine.healthy() || System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** For tests of recovery: stops as a crash would (see {@link LiveEngine#halt}), then closes the store. */
    void halt() throws InterruptedException {
        closeQuietly(follower, server);
        engine.halt();
        closeQuietly(store);
    }

    /** Stops the follower and the port, lets the engine finish its queue and snapshot, closes the store. */
    @Override
    public void close() {
        LOG.info("stopping");
        closeQuietly(follower, server, engine, store);
        LOG.info("stopped");
    }

    private static void closeQuietly(AutoCloseable... parts) {
        for (AutoCloseable p : parts) {
            if (p == null) {
                continue;
            }
            try {
                p.close();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warn("while stopping {}: {}", p.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
