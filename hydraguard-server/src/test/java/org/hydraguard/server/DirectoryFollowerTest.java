package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hydraguard.server.ServiceHarness.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow directory through a real service: plain and gzipped files, a file renamed into place
 * and one appended to in place, each read once and only when complete; bad lines set aside with
 * file, line and field; finished files not read again after a restart.
 */
class DirectoryFollowerTest {

    @Test
    void filesAreReadOnceWhenCompleteAndBadLinesAreSetAside(@TempDir Path store, @TempDir Path inbox) throws Exception {
        try (ServiceHarness h = ServiceHarness.sqlite(store, c -> c.withFollowDir(inbox))) {
            Files.writeString(inbox.resolve("a.jsonl"), lines("a", 3) + "{\"id\":\"a-bad\",\"ts\":\"yesterday\"}\n"
                    + exchange("a-3", "acct_a", null) + "\n", StandardCharsets.UTF_8);
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(inbox.resolve("b.jsonl.gz")))) {
                gz.write(lines("b", 4).getBytes(StandardCharsets.UTF_8));
            }
            // written under an ignored name, then renamed into place
            Path part = inbox.resolve(".c.jsonl");
            Files.writeString(part, lines("c", 2), StandardCharsets.UTF_8);
            Files.writeString(inbox.resolve("notes.txt"), "not an exchange file", StandardCharsets.UTF_8);
            // appended to in place, slower than the poll but faster than the settle time
            Path slow = inbox.resolve("d.jsonl");
            for (int i = 0; i < 5; i++) {
                Files.writeString(slow, exchange("d-" + i, "acct_d", null) + (i < 4 ? "\n" : ""), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Thread.sleep(400);
                assertThat(h.service().parts().store().investigation().exchangesById(List.of("d-0"))).as("d.jsonl read while growing").isEmpty();
            }
            Files.move(part, inbox.resolve("c.jsonl"), StandardCopyOption.ATOMIC_MOVE);

            long expected = 4 + 4 + 2 + 5;
            await(() -> h.engine().exchangesJournalled() == expected && done(inbox).size() == 4);
            h.awaitIdle();
            assertThat(h.engine().exchangesDecided()).isEqualTo(expected);
            assertThat(done(inbox)).containsExactlyInAnyOrder("a.jsonl", "b.jsonl.gz", "c.jsonl", "d.jsonl");

            Path rejects = inbox.resolve("a.jsonl" + DirectoryFollower.REJECTS_SUFFIX);
            assertThat(rejects).exists();
            List<String> rejected = Files.readAllLines(rejects, StandardCharsets.UTF_8);
            assertThat(rejected).hasSize(1);
            assertThat(rejected.get(0)).contains("a.jsonl\"", "\"line\":4", "\"field\":\"ts\"", "a-bad");
            assertThat(inbox.resolve("b.jsonl.gz" + DirectoryFollower.REJECTS_SUFFIX)).doesNotExist();

            // the rejects file beside the input is not followed itself, and a restart reads nothing again
            h.restart();
            Files.writeString(inbox.resolve("e.jsonl"), lines("e", 1) + exchange("a-0", "acct_a", null) + "\n",
                    StandardCharsets.UTF_8);
            await(() -> done(inbox).contains("e.jsonl"));
            h.awaitIdle();
            assertThat(h.engine().exchangesJournalled()).isEqualTo(expected + 1);
            assertThat(h.engine().exchangesDecided()).isEqualTo(expected + 1);
            assertThat(done(inbox)).hasSize(5);
        }
    }

    private static String lines(String prefix, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(exchange(prefix + "-" + i, "acct_" + prefix, "key_" + prefix)).append('\n');
        }
        return s.toString();
    }

    private static List<String> done(Path inbox) {
        try {
            Path f = inbox.resolve(DirectoryFollower.DONE);
            return Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
