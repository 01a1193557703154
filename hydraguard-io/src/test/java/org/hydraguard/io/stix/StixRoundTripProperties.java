package org.hydraguard.io.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;

/** Export then import gives back the indicators exported, whatever their text. */
class StixRoundTripProperties {

    @Property(tries = 300)
    void exportThenImportGivesTheSameIndicators(@ForAll("indicators") List<Indicator> indicators) throws Exception {
        List<Indicator> distinct = indicators.stream().distinct().toList();
        String bundle = StixExport.bundle(StixTest.campaign(new Attribution("lab", 0.5, List.of())), indicators);
        StixImport.Result back = StixImport.read(bundle);
        assertThat(back.skipped()).isEmpty();
        assertThat(back.indicators()).containsExactlyInAnyOrderElementsOf(distinct);
        assertThat(StixExport.bundle(StixTest.campaign(new Attribution("lab", 0.5, List.of())), back.indicators()))
                .isEqualTo(bundle);
    }

    @Provide
    Arbitrary<List<Indicator>> indicators() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        Arbitrary<IndicatorType> type = Arbitraries.of(IndicatorType.IP, IndicatorType.CIDR, IndicatorType.EMAIL_DOMAIN,
                IndicatorType.USER_AGENT, IndicatorType.PAYMENT_FP, IndicatorType.TLS_FP, IndicatorType.PROMPT_TEMPLATE,
                IndicatorType.ACCOUNT_ID);
        Arbitrary<Instant> from = Arbitraries.longs().between(1_600_000_000_000L, 1_900_000_000_000L).map(Instant::ofEpochMilli);
        Arbitrary<Indicator> one = Combinators.combine(type, text, text, Arbitraries.integers().between(0, 100).injectNull(0.2),
                text, from, Arbitraries.longs().between(1, 10_000_000_000L).injectNull(0.5))
                .as((t, v, actor, conf, source, f, until) -> new Indicator(t, v, actor, conf, source, f,
                        until == null ? null : f.plusMillis(until)));
        Arbitrary<Indicator> asn = Arbitraries.integers().between(0, 4_000_000).map(n -> new Indicator(IndicatorType.ASN,
                Integer.toString(n), "lab", 50, "src", Instant.ofEpochMilli(1_700_000_000_000L), null));
        return Arbitraries.oneOf(one, asn).list().ofMaxSize(8);
    }
}
