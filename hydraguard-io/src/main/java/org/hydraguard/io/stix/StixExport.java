package org.hydraguard.io.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Indicator;

/**
 * A campaign as a STIX 2.1 bundle: the Hydraguard identity, a {@code campaign} (and an
 * {@code intrusion-set} it is {@code attributed-to} when attributed), one {@code indicator} per value,
 * and an {@code indicates} relationship from each indicator to the campaign. Output is deterministic:
 * ids are UUIDv5 of the content, times come from the campaign, indicators are ordered by type and value.
 */
public final class StixExport {
    /** The media type of a STIX 2.1 bundle. */
    public static final String MEDIA_TYPE = "application/stix+json;version=2.1";
    static final String PRODUCER = "Hydraguard";
    /** The producer identity is the same object in every bundle, so its times are fixed too. */
    private static final Instant IDENTITY_CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StixExport() {}

    /**
     * The bundle for {@code campaign} with {@code indicators}; values that have no STIX pattern (such
     * as a non-numeric ASN) are left out. An indicator without {@code valid_from} gets the campaign's
     * {@code first_seen}.
     */
    public static String bundle(Campaign campaign, List<Indicator> indicators) {
        if (campaign == null || indicators == null) {
            throw new IllegalArgumentException("a STIX export needs a campaign and a list of indicators");
        }
        String modified = time(campaign.lastSeen());
        ArrayNode objects = MAPPER.createArrayNode();
        String identity = StixIds.of("identity", PRODUCER);
        ObjectNode id = sdo(objects, "identity", identity, time(IDENTITY_CREATED), time(IDENTITY_CREATED));
        id.put("name", PRODUCER).put("identity_class", "system");

        String campaignRef = StixIds.of("campaign", campaign.campaignId());
        ObjectNode c = sdo(objects, "campaign", campaignRef, modified, modified).put("created_by_ref", identity);
        c.put("name", campaign.campaignId());
        c.put("description", String.format(Locale.ROOT,
                "Coordinated cluster of %d accounts that sent %d exchanges (risk score %.2f), detected by Hydraguard.",
                campaign.accountCount(), campaign.exchanges(), campaign.score()));
        c.put("first_seen", time(campaign.firstSeen())).put("last_seen", modified);
        c.put("x_hydraguard_score", campaign.score()).put("x_hydraguard_account_count", campaign.accountCount());
        List<ObjectNode> relationships = new ArrayList<>();
        if (campaign.attribution() != null) {
            String set = StixIds.of("intrusion-set", campaign.attribution().actor());
            sdo(objects, "intrusion-set", set, modified, modified).put("created_by_ref", identity)
                    .put("name", campaign.attribution().actor());
            ObjectNode r = relationship(campaignRef, "attributed-to", set, modified, identity);
            r.put("confidence", (int) Math.round(campaign.attribution().confidence() * 100));
            relationships.add(r);
        }
        // ordered by all of an indicator's content, so the input order never shows in the output
        List<Indicator> ordered = indicators.stream().distinct().sorted(Comparator.comparing(Indicator::type)
                .thenComparing(Indicator::value).thenComparing(Indicator::actor).thenComparing(Indicator::toString)).toList();
        for (Indicator i : ordered) {
            Optional<String> pattern = StixPatterns.of(i.type(), i.value());
            if (pattern.isEmpty()) {
                continue;
            }
            // every property in the id: two indicators of one value (say, different validity) stay two objects
            String ref = StixIds.of("indicator", String.join("|", i.type().wireName(), i.value(), i.actor(),
                    String.valueOf(i.confidence()), String.valueOf(i.source()), String.valueOf(i.validFrom()),
                    String.valueOf(i.validUntil())));
            ObjectNode n = sdo(objects, "indicator", ref, modified, modified).put("created_by_ref", identity);
            n.put("name", i.type().wireName() + " " + i.value());
            n.putArray("indicator_types").add("malicious-activity");
            n.put("pattern", pattern.get()).put("pattern_type", "stix").put("pattern_version", "2.1");
            Instant from = i.validFrom() == null ? campaign.firstSeen() : i.validFrom();
            n.put("valid_from", time(from));
            if (i.validUntil() != null && i.validUntil().isAfter(from)) {
                n.put("valid_until", time(i.validUntil())); // STIX wants it strictly later than valid_from
            }
            if (i.confidence() != null) {
                n.put("confidence", i.confidence());
            }
            n.put("x_hydraguard_type", i.type().wireName()).put("x_hydraguard_actor", i.actor());
            if (i.source() != null) {
                n.put("x_hydraguard_source", i.source());
            }
            relationships.add(relationship(ref, "indicates", campaignRef, modified, identity));
        }
        relationships.forEach(objects::add);
        StringBuilder content = new StringBuilder();
        objects.forEach(o -> content.append(o.get("id").asText()).append(' '));
        ObjectNode bundle = MAPPER.createObjectNode();
        bundle.put("type", "bundle").put("id", StixIds.of("bundle", content.toString()));
        bundle.set("objects", objects);
        try {
            return MAPPER.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a STIX bundle could not be written as JSON", e);
        }
    }

    private static ObjectNode sdo(ArrayNode objects, String type, String id, String created, String modified) {
        ObjectNode o = objects.addObject();
        o.put("type", type).put("spec_version", "2.1").put("id", id).put("created", created).put("modified", modified);
        return o;
    }

    private static ObjectNode relationship(String source, String type, String target, String at, String identity) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("type", "relationship").put("spec_version", "2.1")
                .put("id", StixIds.of("relationship", source + "|" + type + "|" + target))
                .put("created", at).put("modified", at).put("created_by_ref", identity)
                .put("relationship_type", type).put("source_ref", source).put("target_ref", target);
        return r;
    }

    static String time(Instant t) {
        return TIME.format(t);
    }
}
