package org.hydraguard.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;

/**
 * A detector for pipeline tests: every account whose id starts with {@code prefix} is in one
 * campaign and is blocked at its second exchange. Nothing here resembles real detection.
 */
final class FakeDetector implements Detector {
    private final String prefix;
    private final Map<String, Integer> seen = new TreeMap<>();
    private final TreeSet<String> members = new TreeSet<>();
    final List<Account> accounts = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    private Instant first;
    private Instant last;
    private long exchanges;

    FakeDetector(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void accept(Account account) {
        accounts.add(account);
    }

    @Override
    public void accept(Indicator indicator) {
        indicators.add(indicator);
    }

    @Override
    public void accept(Exchange e, Consumer<Decision> decisions) {
        if (!e.accountId().startsWith(prefix)) {
            return;
        }
        exchanges++;
        first = first == null ? e.ts() : first;
        last = e.ts();
        members.add(e.accountId());
        int n = seen.merge(e.accountId(), 1, Integer::sum);
        if (n == 2) {
            decisions.accept(new Decision(e.accountId(), Action.BLOCK, "fake-1", 0.9, List.of("fake"), e.ts(), null, null));
        }
    }

    @Override
    public List<Campaign> campaigns() {
        if (members.isEmpty()) {
            return List.of();
        }
        return List.of(new Campaign("fake-1", List.copyOf(members), members.size(), exchanges, 0, 0, first, last,
                Map.of("other", 1.0), 0.9, List.of(new Evidence("fake_signal", 1.0, "made up for a test", List.of())),
                null, List.of()));
    }

    @Override
    public Map<String, Number> stats() {
        return Map.of("subjects", seen.size());
    }
}
