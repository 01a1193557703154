package org.hydraguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Sends JSON Lines batches to a running service's ingest routes. A 429 (the engine is behind) is
 * waited out for its {@code retry-after} and the same batch is sent again, which is safe because
 * ingest is idempotent on exchange id; any other failure is an error naming the route and status.
 */
final class IngestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;
    private long busyAnswers;

    /** What the service made of one batch. */
    record Receipt(long read, long accepted, long duplicates, long rejected) {
    }

    IngestClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    Receipt post(String route, List<String> jsonLines) throws IOException, InterruptedException {
        byte[] body = (String.join("\n", jsonLines) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(route))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        while (true) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                busyAnswers++;
                long wait = answer.headers().firstValueAsLong("retry-after").orElse(1);
                Thread.sleep(Math.min(wait, 5) * 1000L);
                continue;
            }
            if (answer.statusCode() != 202 && answer.statusCode() != 200) {
                throw new IOException("POST " + route + " answered " + answer.statusCode() + ": " + answer.body());
            }
            JsonNode r = JSON.readTree(answer.body());
            return new Receipt(r.path("read").asLong(), r.path("accepted").asLong(), r.path("duplicates").asLong(),
                    r.path("rejected").size());
        }
    }

    /** How often the service said it was busy (429) and the batch was sent again. */
    long busyAnswers() {
        return busyAnswers;
    }
}
