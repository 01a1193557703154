package org.hydraguard.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;

/** Runs a synthetic stream through an engine and summarises who was actioned, and when. */
final class Runs {
    final DetectionEngine engine;
    final List<Decision> decisions = new ArrayList<>();
    /** subject key -> whether it was ever restricted. */
    final Map<String, Boolean> restricted = new HashMap<>();
    /** subject key -> exchanges served before its first restriction. */
    final Map<String, Integer> servedBefore = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    Runs(Policy policy) {
        engine = new DetectionEngine(new TaggedSignals(), policy, 12);
    }

    Runs feed(SyntheticStream s) {
        for (Account a : s.accounts) {
            engine.accept(a);
        }
        return feed(s.exchanges);
    }

    Runs feed(List<Exchange> exchanges) {
        for (Exchange e : exchanges) {
            String key = e.subjectKey();
            int n = seen.merge(key, 1, Integer::sum);
            engine.accept(e, d -> {
                decisions.add(d);
                String k = d.endUserId() == null ? d.accountId() : d.accountId() + '\u001f' + d.endUserId();
                if (d.action().restricts() && restricted.putIfAbsent(k, true) == null) {
                    servedBefore.put(k, seen.getOrDefault(k, 0) - (k.equals(key) ? 1 : 0));
                }
            });
        }
        return this;
    }

    List<String> actionedWith(SyntheticStream s, String actor) {
        List<String> out = new ArrayList<>();
        s.labels.forEach((k, v) -> {
            if (v.equals(actor) && restricted.containsKey(k)) {
                out.add(k);
            }
        });
        out.sort(null);
        return out;
    }

    List<String> actionedHonest(SyntheticStream s) {
        List<String> out = new ArrayList<>();
        s.labels.forEach((k, v) -> {
            if (!v.equals(SyntheticStream.CAMPAIGN) && restricted.containsKey(k)) {
                out.add(k);
            }
        });
        out.sort(null);
        return out;
    }

    long count(SyntheticStream s, String actor) {
        return s.labels.values().stream().filter(actor::equals).count();
    }
}
