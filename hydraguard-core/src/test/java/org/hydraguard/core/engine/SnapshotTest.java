package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    @Test
    void restoredEngineProducesTheSameOutputsAsAnUninterruptedRun() {
        assertRestoreChangesNothing(SyntheticStream.world(5, true));
    }

    /**
     * The engine's first event time is not in the snapshot but derived from the profiles; a campaign
     * of old accounts woken after the cut is only found if the restored engine derives it right.
     */
    @Test
    void restoredEngineStillKnowsWhenTheStreamBegan() {
        SyntheticStream s = new SyntheticStream(17, 10);
        s.honest(120);
        s.codingTool(30);
        s.agedCampaign(48, "W-AGED", 3);
        s.sort();
        assertRestoreChangesNothing(s);
    }

    private static void assertRestoreChangesNothing(SyntheticStream s) {
        Runs whole = new Runs(Policy.defaults()).feed(s);

        DetectionEngine first = new DetectionEngine(new TaggedSignals(), Policy.defaults(), 12);
        for (Account a : s.accounts) {
            first.accept(a);
        }
        int cut = s.exchanges.size() / 3;
        List<Decision> out = new ArrayList<>();
        for (Exchange e : s.exchanges.subList(0, cut)) {
            first.accept(e, out::add);
        }
        byte[] snap = first.snapshot();
        DetectionEngine second = DetectionEngine.restore(snap, new TaggedSignals(), Policy.defaults());
        assertThat(second.snapshot()).isEqualTo(snap);
        for (Exchange e : s.exchanges.subList(cut, s.exchanges.size())) {
            second.accept(e, out::add);
        }
        assertThat(out).isEqualTo(whole.decisions);
        assertThat(second.campaigns()).isEqualTo(whole.engine.campaigns());
        assertThat(second.snapshot()).isEqualTo(whole.engine.snapshot());
    }

    /** A small snapshot must stay byte-identical across changes; a format change bumps the version. */
    @Test
    void smallSnapshotMatchesGoldenFile() throws IOException {
        byte[] snap = goldenEngine().snapshot();
        String resource = "/org/hydraguard/core/engine/snapshot-v4.bin";
        if (Boolean.getBoolean("hydraguard.writeGolden")) {
            Path p = Path.of("src/test/resources" + resource);
            Files.createDirectories(p.getParent());
            Files.write(p, snap);
        }
        try (InputStream in = SnapshotTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("golden file %s (write it once with -Dhydraguard.writeGolden=true)", resource).isNotNull();
            byte[] golden = in.readAllBytes();
            assertThat(snap).isEqualTo(golden);
            DetectionEngine restored = DetectionEngine.restore(golden, new TaggedSignals(), Policy.defaults());
            assertThat(restored.snapshot()).isEqualTo(golden);
        }
    }

    /** The small engine of the golden snapshots: a six-account campaign's first 60 exchanges. */
    private static DetectionEngine goldenEngine() {
        SyntheticStream s = new SyntheticStream(3, 2);
        s.campaign(6, "W-GOLD", 0, 1);
        s.exchanges.sort(java.util.Comparator.comparing(Exchange::ts).thenComparing(Exchange::id));
        DetectionEngine engine = new DetectionEngine(new TaggedSignals(), Policy.defaults(), 10);
        s.accounts.forEach(engine::accept);
        s.exchanges.subList(0, 60).forEach(e -> engine.accept(e, d -> { }));
        return engine;
    }

    /** A snapshot of format 2 (before cohorts counted repeated openings) still restores, with those counts at zero. */
    @Test
    void formatTwoSnapshotStillRestores() throws IOException {
        try (InputStream in = SnapshotTest.class.getResourceAsStream("/org/hydraguard/core/engine/snapshot-v2.bin")) {
            byte[] v2 = in.readAllBytes();
            DetectionEngine restored = DetectionEngine.restore(v2, new TaggedSignals(), Policy.defaults());
            assertThat(restored.stats().subjects()).isEqualTo(6);
            assertThat(restored.stats().exchanges()).isEqualTo(60);
            byte[] again = restored.snapshot();
            assertThat(java.nio.ByteBuffer.wrap(again).getInt(4)).as("written in the current format").isEqualTo(EngineState.VERSION);
        }
    }

    /**
     * A snapshot of format 3 (ten template counters per subject) restores into sixteen, the other six
     * free: byte for byte the state the current engine holds after the same exchanges (no subject of
     * this small stream used more than ten templates), so it continues as that engine would.
     */
    @Test
    void formatThreeSnapshotStillRestoresAndContinues() throws IOException {
        try (InputStream in = SnapshotTest.class.getResourceAsStream("/org/hydraguard/core/engine/snapshot-v3.bin")) {
            byte[] v3 = in.readAllBytes();
            DetectionEngine restored = DetectionEngine.restore(v3, new TaggedSignals(), Policy.defaults());
            DetectionEngine current = goldenEngine();
            assertThat(restored.stats().subjects()).isEqualTo(current.stats().subjects());
            assertThat(restored.stats().exchanges()).isEqualTo(60);
            assertThat(restored.campaigns()).isEqualTo(current.campaigns());
            assertThat(restored.snapshot()).as("the same state as the current engine's at that point").isEqualTo(current.snapshot());
        }
    }

    @Test
    void rejectsSomethingThatIsNotASnapshot() {
        assertThatThrownBy(() -> DetectionEngine.restore(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, new TaggedSignals(), Policy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Possible corruption: not a Hydraguard engine snapshot");
    }

    @Test
    void rejectsAnUnknownVersion() {
        byte[] snap = new DetectionEngine(new TaggedSignals(), Policy.defaults(), 10).snapshot();
        snap[7] = 99;
        assertThatThrownBy(() -> DetectionEngine.restore(snap, new TaggedSignals(), Policy.defaults()))
                .hasMessageContaining("snapshot format version 99 is not supported");
    }
}
