package org.hydraguard.io.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;
import org.junit.jupiter.api.Test;

class StixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FIRST = Instant.parse("2026-04-22T03:14:15.926Z");
    private static final Instant LAST = Instant.parse("2026-06-05T10:00:00Z");

    static Campaign campaign(Attribution a) {
        return new Campaign("camp_7", List.of("a1", "a2"), 2, 100, 1, 1, FIRST, LAST, Map.of(), 0.87, List.of(), a, List.of());
    }

    private static Indicator ind(IndicatorType t, String v) {
        return new Indicator(t, v, "lab-x", 80, "hydraguard", FIRST, null);
    }

    @Test
    void uuid5MatchesTheRfc4122KnownAnswer() {
        // python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(StixIds.uuid5(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void theBundleHasTheRequiredPropertiesAndIsTheSameEveryTime() throws Exception {
        List<Indicator> in = List.of(ind(IndicatorType.IP, "203.0.113.9"), ind(IndicatorType.EMAIL_DOMAIN, "mail.example"),
                ind(IndicatorType.PAYMENT_FP, "pfp_1"), ind(IndicatorType.USER_AGENT, "bot's \"agent\" \\ 1.0"),
                ind(IndicatorType.ASN, "AS-not-a-number"));
        Campaign c = campaign(new Attribution("lab-x", 0.7, List.of()));
        String bundle = StixExport.bundle(c, in);
        assertThat(StixExport.bundle(c, List.of(in.get(3), in.get(2), in.get(1), in.get(0), in.get(4)))).isEqualTo(bundle);
        JsonNode root = JSON.readTree(bundle);
        assertThat(root.path("type").asText()).isEqualTo("bundle");
        assertThat(root.has("spec_version")).isFalse(); // a 2.1 bundle has none of its own
        List<String> types = new ArrayList<>();
        for (JsonNode o : root.path("objects")) {
            types.add(o.path("type").asText());
            assertThat(o.path("spec_version").asText()).isEqualTo("2.1");
            assertThat(o.path("id").asText()).matches(o.path("type").asText()
                    + "--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(o.path("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            if (!o.path("type").asText().equals("identity")) {
                assertThat(o.path("modified").asText()).isEqualTo("2026-06-05T10:00:00.000Z");
            }
            if (o.path("type").asText().equals("indicator")) {
                assertThat(o.path("pattern_type").asText()).isEqualTo("stix");
                assertThat(o.path("valid_from").asText()).isEqualTo("2026-04-22T03:14:15.926Z");
                assertThat(o.path("indicator_types").get(0).asText()).isEqualTo("malicious-activity");
            }
        }
        assertThat(types).containsExactly("identity", "campaign", "intrusion-set", "indicator", "indicator", "indicator",
                "indicator", "relationship", "relationship", "relationship", "relationship", "relationship");
        assertThat(StixImport.read(bundle).indicators()).containsExactlyInAnyOrderElementsOf(in.subList(0, 4));
    }

    @Test
    void importTakesActorsFromRelationshipsAndSkipsWhatItCannotUse() throws Exception {
        String bundle = """
                {"type":"bundle","id":"bundle--x","objects":[
                 {"type":"identity","id":"identity--p","name":"Partner CERT"},
                 {"type":"intrusion-set","id":"intrusion-set--1","name":"Lab Y"},
                 {"type":"indicator","id":"indicator--1","created_by_ref":"identity--p","pattern_type":"stix",
                  "pattern":"[ipv4-addr:value ISSUBSET '198.51.100.0/24']","valid_from":"2026-01-01T00:00:00Z","confidence":60},
                 {"type":"relationship","id":"relationship--1","relationship_type":"indicates",
                  "source_ref":"indicator--1","target_ref":"intrusion-set--1"},
                 {"type":"indicator","id":"indicator--2","pattern_type":"stix","pattern":"[ipv4-addr:value = '1.2.3.4']"},
                 {"type":"indicator","id":"indicator--3","pattern_type":"sigma","pattern":"title: x"},
                 {"type":"indicator","id":"indicator--4","pattern_type":"stix","pattern":"[email-addr:value MATCHES '.*']",
                  "x_hydraguard_actor":"z"},
                 {"type":"indicator","id":"indicator--5","pattern_type":"stix","pattern":"[ipv4-addr:value = '1.2.3.4'",
                  "x_hydraguard_actor":"z"},
                 {"type":"indicator","id":"indicator--6","pattern_type":"stix","pattern":"[domain-name:value = 'x.example']",
                  "x_hydraguard_actor":"z"}]}""";
        StixImport.Result r = StixImport.read(bundle);
        assertThat(r.indicators()).containsExactly(new Indicator(IndicatorType.CIDR, "198.51.100.0/24", "Lab Y", 60,
                "Partner CERT", Instant.parse("2026-01-01T00:00:00Z"), null));
        assertThat(r.skipped()).extracting(StixImport.Skipped::object)
                .containsExactly("indicator--2", "indicator--3", "indicator--4", "indicator--5", "indicator--6");
        assertThat(r.skipped().get(0).reason()).startsWith("no actor");
        assertThat(r.skipped().get(1).reason()).contains("'sigma'");
        assertThat(r.skipped().get(2).reason()).contains("not of the form '@<domain>$'");
        assertThat(r.skipped().get(3).reason()).contains("expected AND or ]");
        assertThat(r.skipped().get(4).reason()).contains("domain-name:value");
    }

    @Test
    void inputThatIsNotABundleIsAClearError() {
        assertThatThrownBy(() -> StixImport.read("{oops")).isInstanceOf(InvalidStixException.class)
                .hasMessageStartingWith("the body is not JSON");
        assertThatThrownBy(() -> StixImport.read("[]")).hasMessageContaining("expected a STIX 2.1 bundle")
                .hasMessageContaining("got a JSON array");
        assertThatThrownBy(() -> StixImport.read("{\"type\":\"indicator\"}")).hasMessageContaining("of type 'indicator'");
        assertThatThrownBy(() -> StixImport.read("{\"type\":\"bundle\"}")).hasMessage("the bundle has no 'objects' list");
        assertThatThrownBy(() -> StixImport.read("")).hasMessageContaining("got nothing");
    }
}
