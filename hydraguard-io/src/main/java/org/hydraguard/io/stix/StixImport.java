package org.hydraguard.io.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Indicator;

/**
 * The indicators of a STIX 2.1 bundle as contract {@link Indicator}s. The actor is the indicator's
 * {@code x_hydraguard_actor}, else the name of what it {@code indicates} (following a campaign's
 * {@code attributed-to} to its intrusion set or threat actor); the source is {@code x_hydraguard_source},
 * else the name of the creating identity. Objects that are not indicators are ignored; indicators
 * Hydraguard cannot use are listed as skipped with the reason.
 */
public final class StixImport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StixImport() {}

    /** One indicator that was not imported, and why. */
    public record Skipped(String object, String reason) {}

    /** What a bundle gave: the indicators understood, in bundle order, and the ones skipped. */
    public record Result(List<Indicator> indicators, List<Skipped> skipped) {
        public Result {
            indicators = List.copyOf(indicators);
            skipped = List.copyOf(skipped);
        }
    }

    public static Result read(String json) throws InvalidStixException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidStixException("the body is not JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject() || !"bundle".equals(root.path("type").asText())) {
            throw new InvalidStixException("expected a STIX 2.1 bundle ({\"type\": \"bundle\", \"objects\": [...]}), got "
                    + (root == null || root.isMissingNode() ? "nothing" : "a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + (root.isObject() ? " of type '" + root.path("type").asText() + "'" : "")));
        }
        JsonNode objects = root.path("objects");
        if (!objects.isArray()) {
            throw new InvalidStixException("the bundle has no 'objects' list");
        }
        Map<String, JsonNode> byId = new HashMap<>();
        Map<String, String> attributedTo = new HashMap<>();
        Map<String, String> indicates = new HashMap<>();
        for (JsonNode o : objects) {
            byId.put(o.path("id").asText(), o);
            if ("relationship".equals(o.path("type").asText())) {
                String kind = o.path("relationship_type").asText();
                if (kind.equals("indicates")) {
                    indicates.putIfAbsent(o.path("source_ref").asText(), o.path("target_ref").asText());
                } else if (kind.equals("attributed-to")) {
                    attributedTo.putIfAbsent(o.path("source_ref").asText(), o.path("target_ref").asText());
                }
            }
        }
        List<Indicator> out = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int n = 0;
        for (JsonNode o : objects) {
            n++;
            if (!"indicator".equals(o.path("type").asText())) {
                continue;
            }
            String id = o.path("id").isTextual() ? o.path("id").asText() : "object " + n;
            try {
                out.add(indicator(o, byId, indicates, attributedTo));
            } catch (IllegalArgumentException e) {
                skipped.add(new Skipped(id, e.getMessage()));
            }
        }
        return new Result(out, skipped);
    }

    private static Indicator indicator(JsonNode o, Map<String, JsonNode> byId, Map<String, String> indicates,
            Map<String, String> attributedTo) {
        if (!"stix".equals(o.path("pattern_type").asText("stix"))) {
            throw new IllegalArgumentException("pattern_type '" + o.path("pattern_type").asText() + "' is not stix");
        }
        if (!o.path("pattern").isTextual()) {
            throw new IllegalArgumentException("the indicator has no pattern");
        }
        StixPatterns.Parsed p = StixPatterns.parse(o.path("pattern").asText());
        if (p.problem() != null) {
            throw new IllegalArgumentException(p.problem());
        }
        String actor = text(o, "x_hydraguard_actor");
        if (actor == null) {
            String target = indicates.get(o.path("id").asText());
            String attributed = target == null ? null : attributedTo.get(target);
            actor = name(byId.get(attributed != null ? attributed : target));
        }
        if (actor == null) {
            throw new IllegalArgumentException("no actor: the indicator has no x_hydraguard_actor and indicates no named"
                    + " campaign, intrusion-set or threat-actor in the bundle");
        }
        String source = text(o, "x_hydraguard_source");
        if (source == null) {
            source = name(byId.get(o.path("created_by_ref").asText()));
        }
        Integer confidence = null;
        if (o.has("confidence")) {
            if (!o.path("confidence").canConvertToInt() || o.path("confidence").asInt() < 0 || o.path("confidence").asInt() > 100) {
                throw new IllegalArgumentException("confidence " + o.path("confidence") + " is not an integer from 0 to 100");
            }
            confidence = o.path("confidence").asInt();
        }
        return new Indicator(p.type(), p.value(), actor, confidence, source, time(o, "valid_from"), time(o, "valid_until"));
    }

    private static String name(JsonNode o) {
        if (o == null) {
            return null;
        }
        return switch (o.path("type").asText()) {
            case "campaign", "intrusion-set", "threat-actor", "identity" -> text(o, "name");
            default -> null;
        };
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static Instant time(JsonNode o, String field) {
        String v = text(o, field);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not an RFC 3339 UTC time such as 2026-04-22T03:14:15.926Z");
        }
    }
}
