package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.hydraguard.core.model.Decision;
import org.hydraguard.sim.SimulationRequest;
import org.hydraguard.sim.Simulator;
import org.hydraguard.store.Store;
import org.hydraguard.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hydraguard serve} as a real process, killed with SIGKILL at random moments while batches
 * stream in; after each restart the client re-sends every batch, acknowledged or not. At the end
 * every distinct exchange id is journalled once and consumed by the engine once, and no decision is
 * recorded twice.
 */
class ServeKillNineIT {
    private static final String TOKEN = "kill-nine-admin-token-0123456789";
    private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void noAcceptedExchangeIsLostOrCountedTwiceAcrossKills(@TempDir Path dir) throws Exception {
        Path sim = dir.resolve("sim");
        Simulator.run(new SimulationRequest("quickstart", sim, 11, 0.05, null), (a, b, c) -> { });
        String accounts = Files.readString(sim.resolve("accounts.jsonl"));
        String[] lines;
        try (var in = new GZIPInputStream(Files.newInputStream(sim.resolve("exchanges.jsonl.gz")))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        List<String> batches = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 400) {
            batches.add(String.join("\n", Arrays.copyOfRange(lines, i, Math.min(lines.length, i + 400))));
        }
        Path db = dir.resolve("data").resolve("hydraguard.db");
        Path config = dir.resolve("serve.yaml");
        Files.writeString(config, "host: 127.0.0.1\nport: 0\nstore: {url: \"jdbc:sqlite:" + db + "\"}\n"
                + "snapshot_every: 2500\ncampaigns_interval: 500ms\ntemplate_capacity_log2: 16\n");

        Random random = new Random(2026);
        for (int round = 0; round < 3; round++) {
            Process p = start(config, dir.resolve("serve-" + round + ".log"));
            int port = port(p);
            List<Integer> acked = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> sendAll(port, accounts, batches, acked));
            // a different moment each round: after some batches were acknowledged, while the next is in flight
            int target = 4 + round * 10 + random.nextInt(8);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acked.size() < target && !sender.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(40));
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no final snapshot
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            sender.handle((v, e) -> null).get(30, TimeUnit.SECONDS);
            System.out.println("round " + round + ": killed after " + acked.size() + " of " + batches.size() + " batches acknowledged");
        }

        Process p = start(config, dir.resolve("serve-final.log"));
        int port = port(p);
        sendAll(port, accounts, batches, new ArrayList<>());
        String metrics = awaitCaughtUp(port, lines.length);
        assertThat(metric(metrics, "hydraguard_journal_exchanges_total")).isEqualTo(lines.length);
        assertThat(metric(metrics, "hydraguard_engine_exchanges_total")).isEqualTo(lines.length);
        p.destroy(); // SIGTERM: graceful
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (Store store = Store.open(StoreConfig.sqlite(db))) {
            assertThat(store.acceptedCount()).isEqualTo(lines.length);
            Set<String> ids = new HashSet<>();
            store.accounts(a -> ids.add(a.accountId()));
            int decisions = 0;
            for (String id : ids) {
                List<Decision> history = store.investigation().decisionsFor(id);
                assertThat(new HashSet<>(history)).as("decisions of %s recorded once each", id).hasSameSizeAs(history);
                decisions += history.size();
            }
            assertThat(decisions).as("the campaign must have been actioned").isPositive();
        }
    }

    private Process start(Path config, Path log) throws IOException {
        Path jar = Path.of("target", "hydraguard.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar (failsafe runs after package)").exists();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "serve", "--config", config.toString(), "--log-format", "json")
                .redirectErrorStream(false).redirectError(log.toFile());
        pb.environment().put("HYDRAGUARD_TOKEN_ADMIN", TOKEN);
        return pb.start();
    }

    private static int port(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("serve ended before it was serving; exit " + p.exitValue());
    }

    /** Sends the accounts and every batch in order, waiting out 429 and 503; stops at the first connection failure. */
    private void sendAll(int port, String accounts, List<String> batches, List<Integer> acked) {
        try {
            post(port, "/v1/accounts", accounts);
            for (int i = 0; i < batches.size(); i++) {
                post(port, "/v1/exchanges", batches.get(i));
                acked.add(i);
            }
        } catch (IOException killed) {
            // the process was killed mid-stream: what was not acknowledged is re-sent after the restart
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void post(int port, String path, String body) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 202) {
                return;
            }
            assertThat(r.statusCode()).as(r.body()).isIn(429, 503);
            Thread.sleep(50);
        }
    }

    private String awaitCaughtUp(int port, long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String metrics;
        do {
            Thread.sleep(100);
            metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } while ((metric(metrics, "hydraguard_engine_lag_exchanges") > 0
                || metric(metrics, "hydraguard_engine_exchanges_total") < expected) && System.nanoTime() < deadline);
        return metrics;
    }

    private static long metric(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " ([0-9.E]+)$").matcher(metrics);
        assertThat(m.find()).as("metric " + name + " in\n" + metrics).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
