package org.hydraguard.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LongLongMapTest {
    /** Keys from a narrow range collide in slots and filter bits alike; misses are asked for too. */
    @Property(tries = 200)
    void answersLikeAHashMapThroughGrowth(@ForAll @Size(max = 3000) List<@LongRange(min = -2000, max = 2000) Long> keys) {
        LongLongMap map = new LongLongMap();
        Map<Long, Long> expected = new HashMap<>();
        long value = 1;
        for (long k : keys) {
            if (k == 0L) {
                continue;
            }
            map.put(k, value);
            expected.put(k, value);
            value++;
        }
        for (long k = -2100; k <= 2100; k++) {
            assertThat(map.get(k)).as("key %d", k).isEqualTo(expected.getOrDefault(k, 0L));
        }
        assertThat(map.size()).isEqualTo(expected.size());
    }

    @Test
    void aKeyThatWasNeverPutIsItsOwnRootAndAChainLeadsToItsEnd() {
        LongLongMap parent = new LongLongMap();
        for (long k = 1; k < 5000; k++) {
            parent.put(k, k + 1); // one long chain: 1 -> 2 -> ... -> 5000
        }

        assertThat(parent.root(5000)).isEqualTo(5000);
        assertThat(parent.root(-7)).isEqualTo(-7);
        assertThat(parent.root(1)).isEqualTo(5000);
        assertThat(parent.get(1)).as("compressed onto the root").isEqualTo(5000);
        assertThat(parent.get(2500)).isEqualTo(5000);
        assertThat(parent.size()).isEqualTo(4999);
    }
}
