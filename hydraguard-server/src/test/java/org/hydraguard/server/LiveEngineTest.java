package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hydraguard.server.ServiceHarness.INGEST;
import static org.hydraguard.server.ServiceHarness.exchange;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveEngineTest {
    @TempDir
    Path dir;

    @Test
    void anEngineThatIsBehindGets429BeforeAnythingIsJournalled() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SignalExtractor slow = e -> {
            try {
                release.await();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return Signals.defaultExtractor().extract(e);
        };
        try (ServiceHarness h = ServiceHarness.sqlite(dir, c -> {
            ServerSettings s = c.settings();
            return c.withEngine(new EngineRecipe(slow, Policy.defaults(), 12)).withSettings(new ServerSettings(
                    s.tokens(), s.accountHeader(), s.keyHeader(), s.endUserHeader(), true, s.maxBodyBytes(), 3));
        })) {
            int sent = 0;
            HttpResponse<String> r;
            do {
                r = h.post("/v1/exchanges", INGEST, exchange("ex" + sent, "acct", null));
                if (r.statusCode() == 202) {
                    sent++;
                }
            } while (r.statusCode() == 202 && sent < 20);

            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("retry-after")).hasValue("1");
            assertThat(sent).isBetween(1, 4); // one running, at most two queued, one slot kept for checkpoints
            assertThat(h.service().parts().store().acceptedCount()).isEqualTo(sent);
            assertThat(h.get("/metrics", null, java.util.Map.of()).body()).contains("hydraguard_ingest_throttled_total 1.0");

            release.countDown();
            h.awaitIdle();
            HttpResponse<String> again = h.post("/v1/exchanges", INGEST, exchange("ex" + sent, "acct", null));
            assertThat(again.body()).contains("\"accepted\":1,\"duplicates\":0"); // the refused one was not taken
            h.awaitIdle();
            assertThat(h.engine().exchangesDecided()).isEqualTo(sent + 1);
            assertThat(h.engine().healthy()).isTrue();
        }
    }
}
