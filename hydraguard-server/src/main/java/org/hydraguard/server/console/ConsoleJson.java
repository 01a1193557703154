package org.hydraguard.server.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.store.AuditEntry;
import org.hydraguard.store.CaseNote;
import org.hydraguard.store.CaseRecord;

/**
 * The console's JSON shapes (snake_case, RFC 3339 UTC times, as in docs/console-api.md). Contract
 * records are embedded as the contract writes them. Jackson escapes every string, so attacker text
 * stays data; the front end inserts it with {@code textContent}.
 */
final class ConsoleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConsoleJson() {}

    static String write(Object value) {
        return org.hydraguard.server.Json.of(value);
    }

    /** A JSON object from a request body; 400 naming the problem when it is not one. */
    static JsonNode object(String body) {
        try {
            JsonNode n = MAPPER.readTree(body == null ? "" : body);
            if (n == null || !n.isObject()) {
                throw ConsoleError.badRequest("the body must be a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw ConsoleError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Contract JSON (as {@code ContractJson} wrote it) as a tree to embed in a response. */
    static JsonNode tree(String contractJson) {
        try {
            return MAPPER.readTree(contractJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract JSON could not be read back", e);
        }
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    static String status(CaseRecord k) {
        return k.status().name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Object> caseSummary(CaseRecord k) {
        if (k == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case_id", k.caseId());
        m.put("status", status(k));
        return m;
    }

    static Map<String, Object> caseFull(CaseRecord k) {
        if (k == null) {
            return null;
        }
        Map<String, Object> m = caseSummary(k);
        m.put("opened_by", k.openedBy());
        m.put("opened_at", time(k.openedAt()));
        m.put("closed_by", k.closedBy());
        m.put("closed_at", time(k.closedAt()));
        List<Map<String, Object>> notes = new ArrayList<>();
        for (CaseNote n : k.notes()) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("author", n.author());
            note.put("at", time(n.at()));
            note.put("text", n.text());
            notes.add(note);
        }
        m.put("notes", notes);
        return m;
    }

    static List<Map<String, Object>> audit(List<AuditEntry> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuditEntry a : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actor", a.who());
            m.put("at", time(a.at()));
            m.put("action", a.action());
            m.put("detail", a.detail());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> samples(List<Exchange> exchanges) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Exchange e : exchanges) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("exchange_id", e.id());
            m.put("account_id", e.accountId());
            m.put("ts", time(e.ts()));
            m.put("model", e.model());
            m.put("system", e.system());
            m.put("prompt", e.prompt());
            out.add(m);
        }
        return out;
    }
}
