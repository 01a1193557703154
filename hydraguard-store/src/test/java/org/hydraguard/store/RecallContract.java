package org.hydraguard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hydraguard.store.Fixtures.T0;
import static org.hydraguard.store.Fixtures.decision;
import static org.hydraguard.store.Fixtures.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;
import org.junit.jupiter.api.Test;

/**
 * What the service must recall after a restart besides the journal (schema 3): the indicators it
 * was given, which of them a snapshot holds, and the account behind each API key id; plus the
 * batched id claiming of the journal, on every database.
 */
abstract class RecallContract extends AtomicityContract {

    private static Indicator indicator(IndicatorType type, String value, String actor) {
        return new Indicator(type, value, actor, 80, "intel", T0, null);
    }

    @Test
    void indicatorsAreStoredOnceInTheOrderFirstSavedAndSurviveARestart() {
        Indicator ip = indicator(IndicatorType.IP, "203.0.113.9", "actor-1");
        Indicator domain = indicator(IndicatorType.EMAIL_DOMAIN, "mail.example", "actor-1");
        Indicator template = indicator(IndicatorType.PROMPT_TEMPLATE, "Explain step by step how {x} works", "actor-2");

        List<StoredIndicator> first = store.saveIndicators(List.of(ip, domain, ip));
        assertThat(first).extracting(StoredIndicator::indicator).containsExactly(ip, domain);
        assertThat(first.get(1).id()).isGreaterThan(first.get(0).id());
        // the same indicator again is a no-op; only the new one gets an id
        List<StoredIndicator> second = store.saveIndicators(List.of(domain, template));
        assertThat(second).extracting(StoredIndicator::indicator).containsExactly(template);
        assertThat(second.get(0).id()).isGreaterThan(first.get(1).id());
        reopen();

        List<Indicator> all = new ArrayList<>();
        assertThat(store.indicators(all::add)).isEqualTo(3);
        assertThat(all).containsExactly(ip, domain, template);
        List<Indicator> later = new ArrayList<>();
        assertThat(store.indicatorsAfter(first.get(1).id(), s -> later.add(s.indicator()))).isEqualTo(second.get(0).id());
        assertThat(later).containsExactly(template);
        assertThat(store.indicatorsAfter(second.get(0).id(), s -> later.add(s.indicator()))).isEqualTo(second.get(0).id());
    }

    @Test
    void aSnapshotRemembersWhichIndicatorsItsStateHolds() {
        store.append(List.of(exchange("a")));
        store.saveSnapshot(1, 7, new byte[] {1});
        reopen();
        assertThat(store.latestSnapshot()).hasValueSatisfying(s -> {
            assertThat(s.coveredSequence()).isEqualTo(1);
            assertThat(s.indicatorsThrough()).isEqualTo(7);
        });
        store.saveSnapshot(1, new byte[] {2});
        assertThat(store.latestSnapshot().orElseThrow().indicatorsThrough()).isZero();
    }

    @Test
    void apiKeysKeepTheirFirstAccountAcrossRestarts() {
        store.append(List.of(exchange("a")));
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("key_1", "acct_1");
        keys.put("key_2", "acct_2");
        store.recordDecisions(List.of(decision("acct_1", null, Action.MONITOR, 1)), 1, keys);
        store.recordDecisions(List.of(), 1, Map.of("key_1", "acct_9", "key_3", "acct_3"));
        reopen();

        Map<String, String> back = new LinkedHashMap<>();
        assertThat(store.apiKeys(back::put)).isEqualTo(3);
        assertThat(back).containsExactly(Map.entry("key_1", "acct_1"), Map.entry("key_2", "acct_2"),
                Map.entry("key_3", "acct_3"));
        assertThat(store.decidedThrough()).isEqualTo(1);
    }

    @Test
    void largeBatchesClaimIdsInChunksAndKeepSequenceOrder() {
        List<org.hydraguard.core.model.Exchange> batch = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            batch.add(exchange("big_" + i));
        }
        store.append(batch.subList(300, 700));
        List<JournalEntry> fresh = store.appendFresh(batch);

        assertThat(fresh).hasSize(600);
        assertThat(fresh).extracting(e -> e.exchange().id()).doesNotContainAnyElementsOf(
                batch.subList(300, 700).stream().map(org.hydraguard.core.model.Exchange::id).toList());
        for (int i = 1; i < fresh.size(); i++) {
            assertThat(fresh.get(i).sequence()).isGreaterThan(fresh.get(i - 1).sequence());
        }
        assertThat(fresh.get(0).exchange().id()).isEqualTo("big_0");
        assertThat(fresh.get(599).exchange().id()).isEqualTo("big_999");
        assertThat(store.acceptedCount()).isEqualTo(1_000);
    }

    @Test
    void theJournalKeepsTheLineAsReceivedWhenGivenOne() {
        org.hydraguard.core.model.Exchange full = Fixtures.fullExchange("ex_line");
        String line = org.hydraguard.io.ContractJson.toJson(full).replace("{", "{ ");
        org.hydraguard.core.model.Exchange other = exchange("ex_other");
        store.appendFresh(List.of(full, other, full), List.of(line, org.hydraguard.io.ContractJson.toJson(other), "not used"));

        List<org.hydraguard.core.model.Exchange> back = new ArrayList<>();
        store.replay(0, back::add);
        assertThat(back).containsExactly(full, other);
        assertThat(store.investigation().exchangesById(List.of("ex_line"))).containsExactly(full);
    }
}
