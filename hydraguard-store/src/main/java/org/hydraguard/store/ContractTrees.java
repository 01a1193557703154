package org.hydraguard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;

/**
 * Reads back the campaign and decision JSON the store wrote with {@code ContractJson}. hydraguard-io
 * has single-record parsers only for the input records (exchanges, accounts), so this is the
 * inverse of {@code ContractJson.write(Campaign)} and {@code write(Decision)}; a round-trip test
 * keeps the two in step. Anything unreadable is reported as possible corruption.
 */
final class ContractTrees {
    private final ObjectMapper mapper = new ObjectMapper();

    Campaign campaign(String json, String where) {
        JsonNode n = tree(json, where);
        try {
            List<EndUserRef> endUsers = new ArrayList<>();
            for (JsonNode u : n.path("end_users")) {
                endUsers.add(new EndUserRef(text(u, "account_id"), text(u, "end_user_id")));
            }
            Map<String, Double> capabilities = new LinkedHashMap<>();
            n.path("capabilities").fields().forEachRemaining(f -> capabilities.put(f.getKey(), f.getValue().asDouble()));
            JsonNode a = n.path("attribution");
            Attribution attribution = a.isObject()
                    ? new Attribution(text(a, "actor"), a.path("confidence").asDouble(), evidence(a.path("evidence")))
                    : null;
            return new Campaign(text(n, "campaign_id"), strings(n.path("accounts")), n.path("account_count").asInt(),
                    n.path("exchanges").asLong(), n.path("input_tokens").asLong(), n.path("output_tokens").asLong(),
                    time(n, "first_seen"), time(n, "last_seen"), capabilities, n.path("score").asDouble(),
                    evidence(n.path("evidence")), attribution, endUsers);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw corrupt(where, e.getMessage());
        }
    }

    Decision decision(String json, String where) {
        JsonNode n = tree(json, where);
        try {
            JsonNode expires = n.path("expires_at");
            return new Decision(text(n, "account_id"), Action.fromWire(text(n, "action")),
                    n.hasNonNull("campaign_id") ? n.get("campaign_id").asText() : null, n.path("score").asDouble(),
                    strings(n.path("reasons")), time(n, "decided_at"),
                    expires.isTextual() ? Instant.parse(expires.asText()) : null,
                    n.hasNonNull("end_user_id") ? n.get("end_user_id").asText() : null);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw corrupt(where, e.getMessage());
        }
    }

    private JsonNode tree(String json, String where) {
        try {
            JsonNode n = mapper.readTree(json);
            if (n == null || !n.isObject()) {
                throw corrupt(where, "not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw corrupt(where, e.getOriginalMessage());
        }
    }

    private static List<Evidence> evidence(JsonNode list) {
        List<Evidence> out = new ArrayList<>();
        for (JsonNode e : list) {
            out.add(new Evidence(text(e, "signal"), e.path("weight").asDouble(), text(e, "detail"),
                    strings(e.path("examples"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : list) {
            out.add(s.asText());
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("field " + field + " is missing or not a string");
        }
        return v.asText();
    }

    private static Instant time(JsonNode n, String field) {
        return Instant.parse(text(n, field));
    }

    private static StoreException corrupt(String where, String why) {
        return new StoreException("Possible corruption: " + where + " is not a valid contract record: " + why);
    }
}
