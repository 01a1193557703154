package org.hydraguard.sim.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Label;

/**
 * Reads what an evaluation needs from a data directory (labels.jsonl, exchanges.jsonl[.gz],
 * scenario.json) and a results directory (decisions.jsonl, campaigns.jsonl, run.json). Errors name
 * the file, the line and the field. Exchanges are streamed and only their time, account and end user
 * are parsed, so a file of millions of exchanges needs no more memory than the labels.
 */
public final class EvaluationInputs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

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
        forEachObject(file, (node, line) -> out.add(new Label(text(node, "account_id", file, line, true),
                text(node, "end_user_id", file, line, false), text(node, "actor", file, line, true))));
        return out;
    }

    public static void decisions(Path file, ActionHistory into) throws IOException {
        forEachObject(file, (node, line) -> {
            String action = text(node, "action", file, line, true);
            Action parsed;
            try {
                parsed = Action.fromWire(action);
            } catch (IllegalArgumentException e) {
                throw new BadRecordException(file, line, "action", e.getMessage());
            }
            into.accept(new Decision(text(node, "account_id", file, line, true), parsed,
                    text(node, "campaign_id", file, line, false), node.path("score").asDouble(0), List.of(),
                    time(node, "decided_at", file, line, true), null, text(node, "end_user_id", file, line, false)));
        });
    }

    /** Campaign membership only: the fields an evaluation does not use are left at neutral values. */
    public static List<Campaign> campaigns(Path file) throws IOException {
        List<Campaign> out = new ArrayList<>();
        forEachObject(file, (node, line) -> {
            List<String> accounts = new ArrayList<>();
            for (JsonNode a : node.path("accounts")) {
                accounts.add(a.asText());
            }
            List<EndUserRef> endUsers = new ArrayList<>();
            for (JsonNode u : node.path("end_users")) {
                endUsers.add(new EndUserRef(text(u, "account_id", file, line, true),
                        text(u, "end_user_id", file, line, true)));
            }
            Instant first = time(node, "first_seen", file, line, false);
            Instant last = time(node, "last_seen", file, line, false);
            out.add(new Campaign(text(node, "campaign_id", file, line, true), accounts, accounts.size(), 0, 0, 0,
                    first == null ? Instant.EPOCH : first, last == null ? Instant.EPOCH : last, Map.of(),
                    Math.max(0, Math.min(1, node.path("score").asDouble(0))), List.of(), null, endUsers));
        });
        return out;
    }

    /** Streams the exchanges of a JSON Lines file (plain or gzip). */
    public static void exchanges(Path file, ExchangeSink sink) throws IOException {
        try (BufferedReader reader = open(file)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String ts = null;
                String account = null;
                String endUser = null;
                try (JsonParser p = FACTORY.createParser(text)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        throw new BadRecordException(file, line, null, "not a JSON object");
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken value = p.nextToken();
                        switch (name) {
                            case "ts" -> ts = p.getValueAsString();
                            case "account_id" -> account = p.getValueAsString();
                            case "end_user_id" -> endUser = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                            default -> p.skipChildren();
                        }
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new BadRecordException(file, line, null, "not valid JSON: " + e.getOriginalMessage());
                }
                if (account == null || account.isEmpty()) {
                    throw new BadRecordException(file, line, "account_id", "required but missing");
                }
                sink.accept(parseTime(ts, file, line, "ts"), account, endUser == null || endUser.isEmpty() ? null : endUser);
            }
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

    @FunctionalInterface
    private interface LineHandler {
        void accept(JsonNode node, long line) throws IOException;
    }

    private static void forEachObject(Path file, LineHandler handler) throws IOException {
        try (BufferedReader reader = open(file)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new BadRecordException(file, line, null, "not valid JSON: " + e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) {
                    throw new BadRecordException(file, line, null, "expected a JSON object");
                }
                try {
                    handler.accept(node, line);
                } catch (IllegalArgumentException e) {
                    throw new BadRecordException(file, line, null, e.getMessage());
                }
            }
        }
    }

    private static BufferedReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        InputStream in = Files.newInputStream(file);
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            in.close();
            throw new BadRecordException(file, 0, null, "not a gzip file: " + e.getMessage());
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String text(JsonNode node, String field, Path file, long line, boolean required)
            throws BadRecordException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            if (required) {
                throw new BadRecordException(file, line, field, "required but missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRecordException(file, line, field, "expected a string, got " + v);
        }
        return v.asText();
    }

    private static Instant time(JsonNode node, String field, Path file, long line, boolean required)
            throws BadRecordException {
        String value = text(node, field, file, line, required);
        return value == null ? null : parseTime(value, file, line, field);
    }

    private static Instant parseTime(String value, Path file, long line, String field) throws BadRecordException {
        if (value == null) {
            throw new BadRecordException(file, line, field, "required but missing");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRecordException(file, line, field, "expected an RFC 3339 UTC time, got '" + value + "'");
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
