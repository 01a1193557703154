package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hydraguard.core.model.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replay client against a real HTTP listener that answers like the ingest route. */
class ExchangeStreamTest {
    private HttpServer server;
    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger busyFirst = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/exchanges", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (busyFirst.getAndDecrement() > 0) {
                ex.getResponseHeaders().add("retry-after", "1");
                ex.sendResponseHeaders(429, -1);
                ex.close();
                return;
            }
            int lines = (int) body.lines().filter(l -> !l.isBlank()).count();
            batchSizes.add(lines);
            byte[] answer = ("{\"read\":" + lines + ",\"accepted\":" + lines + ",\"duplicates\":0,\"rejected\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(202, answer.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsEveryExchangeInBatchesOfTheGivenSize() throws Exception {
        ExchangeStream stream = new ExchangeStream(client(), 4, 0, System::nanoTime);
        stream.sendExchanges(exchanges(10, 1).iterator(), () -> { });

        assertThat(batchSizes).containsExactly(4, 4, 2);
        assertThat(stream.accepted()).isEqualTo(10);
    }

    @Test
    void aBusyServiceIsWaitedOutAndTheBatchSentAgain() throws Exception {
        busyFirst.set(1);
        IngestClient client = client();
        ExchangeStream stream = new ExchangeStream(client, 100, 0, System::nanoTime);
        stream.sendExchanges(exchanges(3, 1).iterator(), () -> { });

        assertThat(client.busyAnswers()).isEqualTo(1);
        assertThat(batchSizes).containsExactly(3);
        assertThat(stream.summary()).contains("accepted 3").contains("busy (429, re-sent) 1 times");
    }

    @Test
    void pacingFlushesBeforeWaitingSoQuietStretchesStillArrive() throws Exception {
        // one exchange per event-time hour at 3600x: each waits ~1 s of wall time after the last, so each
        // goes out in its own batch instead of waiting for the batch to fill
        ExchangeStream stream = new ExchangeStream(client(), 100, 36_000, System::nanoTime);
        long start = System.nanoTime();
        stream.sendExchanges(exchanges(3, 3600).iterator(), () -> { });

        assertThat(batchSizes).containsExactly(1, 1, 1);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(150_000_000L); // 2 gaps of 0.1 s
    }

    private IngestClient client() {
        return new IngestClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "t".repeat(16));
    }

    private static List<Exchange> exchanges(int n, long secondsApart) {
        List<Exchange> out = new ArrayList<>();
        Instant t0 = Instant.parse("2026-04-22T00:00:00Z");
        for (int i = 0; i < n; i++) {
            out.add(Exchange.builder().id("ex_" + i).ts(t0.plusSeconds(i * secondsApart)).accountId("acct_1")
                    .ip("198.51.100.7").api("anthropic.messages").model("model-large").turns(1).status(200)
                    .inputTokens(10).outputTokens(20).build());
        }
        return out;
    }
}
