package org.hydraguard.server;

import java.time.Instant;
import java.util.List;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the engine's state to the store at the {@link Checkpoints} cadence, on the engine thread: the
 * current campaign set for the console (at most every campaigns interval, and only when it may have
 * changed), and a snapshot after so many exchanges or so much wall time, each followed by pruning the
 * journal entries the snapshot covers that are older than the retention in event time. Wall time here
 * only paces the writes; what is written depends on the journal alone.
 */
final class Checkpointer {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final Store store;
    private final EngineFeed feed;
    private final Checkpoints checkpoints;
    private volatile long snapshotWallMillis = -1;
    private volatile int campaignsOpen;

    // engine thread only
    private long lastSnapshotNanos = System.nanoTime();
    private long lastCampaignsNanos = System.nanoTime();

    Checkpointer(Store store, EngineFeed feed, Checkpoints checkpoints) {
        this.store = store;
        this.feed = feed;
        this.checkpoints = checkpoints;
    }

    /**
     * Saves what is due; {@code force} saves the campaigns if they may have changed and a snapshot if
     * anything was consumed since the last one (after recovery and at close).
     */
    void checkpoint(boolean force) {
        if (!feed.started()) {
            return;
        }
        long now = System.nanoTime();
        if (feed.campaignsDirty() && (force || now - lastCampaignsNanos >= checkpoints.campaignsInterval().toNanos())) {
            List<Campaign> campaigns = feed.campaigns();
            store.saveCampaigns(campaigns);
            campaignsOpen = campaigns.size();
            feed.campaignsSaved();
            lastCampaignsNanos = now;
        }
        long since = feed.sinceSnapshot();
        boolean due = since >= checkpoints.snapshotEveryExchanges()
                || (since > 0 && now - lastSnapshotNanos >= checkpoints.snapshotInterval().toNanos());
        if ((force && since > 0) || due) {
            snapshot(now);
        }
    }

    private void snapshot(long now) {
        long t0 = System.nanoTime();
        byte[] state = feed.snapshot();
        long covered = feed.processedSequence();
        store.saveSnapshot(covered, feed.indicatorsThrough(), state);
        long pruned = 0;
        long streamMillis = feed.streamMillis();
        if (streamMillis != Long.MIN_VALUE) {
            pruned = store.pruneCovered(Instant.ofEpochMilli(streamMillis).minus(checkpoints.journalRetention()));
        }
        LOG.info("snapshot: {} bytes covering sequence {} after {} exchanges, {} old journal entries pruned, in {} ms",
                state.length, covered, feed.sinceSnapshot(), pruned, (System.nanoTime() - t0) / 1_000_000);
        feed.snapshotSaved();
        lastSnapshotNanos = now;
        snapshotWallMillis = System.currentTimeMillis();
    }

    /** The wall time ({@code ms}) of the last snapshot this process wrote, or -1 when none yet. */
    long snapshotWallMillis() {
        return snapshotWallMillis;
    }

    /** Campaigns in the set last saved. */
    int campaignsOpen() {
        return campaignsOpen;
    }
}
