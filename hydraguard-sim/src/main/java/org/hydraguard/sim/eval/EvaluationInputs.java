package org.hydraguard.sim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Label;
import org.hydraguard.io.ContractReaders;
import org.hydraguard.io.ReadOptions;
import org.hydraguard.io.RecordReader;
import org.hydraguard.io.Reconciliation;
import org.hydraguard.io.Reject;
import org.hydraguard.io.Rejects;

/**
 * Reads what an evaluation needs from a data directory (labels.jsonl, exchanges.jsonl[.gz],
 * scenario.json) and a results directory (decisions.jsonl, campaigns.jsonl, run.json) with the
 * contract readers. Labels, decisions and campaigns must be complete: the first bad record fails the
 * read with its file, line and field. Exchanges are streamed, never held.
 */
public final class EvaluationInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationInputs() {}

    /** Thrown for a record that cannot be used; the message is {@code FILE:LINE: field F: reason}. */
    public static final class BadRecordException extends IOException {
        private static final long serialVersionUID = 1L;

        BadRecordException(Path file, long line, String field, String reason) {
            super(file.getFileName() + ":" + line + ": " + (field == null ? "" : "field " + field + ": ") + reason);
        }
    }

    /** Callback for the three fields of an exchange an evaluation looks at. */
    @FunctionalInterface
    public interface ExchangeSink {
        void accept(Instant ts, String accountId, String endUserId);
    }

    public static List<Label> labels(Path file) throws IOException {
        List<Label> out = new ArrayList<>();
        readAll(file, (rejects, options) -> ContractReaders.labels(List.of(file), rejects, options), out::add);
        return out;
    }

    public static void decisions(Path file, ActionHistory into) throws IOException {
        readAll(file, (rejects, options) -> ContractReaders.decisions(List.of(file), rejects, options), into::accept);
    }

    public static List<Campaign> campaigns(Path file) throws IOException {
        List<Campaign> out = new ArrayList<>();
        readAll(file, (rejects, options) -> ContractReaders.campaigns(List.of(file), rejects, options), out::add);
        return out;
    }

    /**
     * Streams the exchanges of a file exactly as {@code analyze} reads them: a bad record is skipped
     * and a repeated id counted once, so both see the same exchanges.
     *
     * @return the reconciliation of the file
     */
    public static Reconciliation exchanges(Path file, ExchangeSink sink) throws IOException {
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<Exchange> in = ContractReaders.exchanges(List.of(file), rejects, ReadOptions.defaults())) {
            while (in.hasNext()) {
                Exchange e = in.next();
                sink.accept(e.ts(), e.accountId(), e.endUserId());
            }
            return in.reconciliation();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Opener<T> {
        RecordReader<T> open(Rejects rejects, ReadOptions options) throws IOException;
    }

    /** Reads every record or fails on the first bad one: an evaluation needs all of its truth. */
    private static <T> void readAll(Path file, Opener<T> opener, Consumer<T> sink) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        try (Rejects rejects = Rejects.inMemory();
                RecordReader<T> in = opener.open(rejects, ReadOptions.defaults())) {
            while (in.hasNext() && rejects.count() == 0) {
                sink.accept(in.next());
            }
            if (rejects.count() > 0) {
                Reject r = rejects.first().get(0);
                throw new BadRecordException(file, r.line(), r.field(), r.reason());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Readable names of the scenario's campaigns by actor id; empty when the file or names are absent. */
    public static Map<String, String> campaignNames(Path scenarioJson) throws IOException {
        Map<String, String> names = new HashMap<>();
        if (!Files.isRegularFile(scenarioJson)) {
            return names;
        }
        JsonNode root = readJson(scenarioJson);
        for (JsonNode c : root.path("campaigns")) {
            String id = firstText(c, "actor", "id", "campaign_id");
            String name = firstText(c, "name", "description");
            if (id != null && name != null) {
                names.put(id, name);
            }
        }
        return names;
    }

    /** The run time recorded by {@code analyze}, or {@code null} when there is no run.json. */
    public static EvaluationResult.RunTime runTime(Path runJson) throws IOException {
        if (!Files.isRegularFile(runJson)) {
            return null;
        }
        JsonNode root = readJson(runJson);
        if (!root.has("wall_seconds")) {
            return null;
        }
        return new EvaluationResult.RunTime(root.path("exchanges").asLong(0), root.path("wall_seconds").asDouble(),
                root.path("exchanges_per_second").asDouble());
    }

    private static JsonNode readJson(Path file) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRecordException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.isTextual() && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return null;
    }
}
