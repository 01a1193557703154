package org.hydraguard.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.model.Decision;
import org.hydraguard.store.Store;
import org.hydraguard.store.StoredSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the engine back to where the journal is, the first task on the engine thread: restore the
 * latest snapshot (or start fresh), feed the stored indicators the snapshot does not hold yet (it
 * records up to which id it holds them; the engine would keep a second copy of one fed twice), feed
 * the stored accounts again (an account upsert is idempotent), replay the journal after the covered
 * sequence, record the decisions not recorded before (those of entries after the store's
 * decided-through mark), and checkpoint. Logs what it did, so an operator sees what a restart cost.
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final Store store;
    private final EngineRecipe recipe;
    private final EngineFeed feed;
    private final Checkpointer checkpointer;

    Recovery(Store store, EngineRecipe recipe, EngineFeed feed, Checkpointer checkpointer) {
        this.store = store;
        this.recipe = recipe;
        this.feed = feed;
        this.checkpointer = checkpointer;
    }

    void run() {
        long t0 = System.nanoTime();
        Optional<StoredSnapshot> snapshot = store.latestSnapshot();
        long covered = snapshot.map(StoredSnapshot::coveredSequence).orElse(0L);
        long restoredIndicators = snapshot.map(StoredSnapshot::indicatorsThrough).orElse(0L);
        DetectionEngine engine = snapshot.isPresent() ? recipe.restore(snapshot.get().state()) : recipe.fresh();
        feed.begin(engine, covered, restoredIndicators);
        // indicators first: accounts and exchanges are matched against them as they are fed
        long[] indicators = {0};
        store.indicatorsAfter(restoredIndicators, s -> {
            feed.feed(s);
            indicators[0]++;
        });
        long accounts = store.accounts(feed::feed);
        List<Decision> decisions = new ArrayList<>();
        long[] count = {0};
        // the replay callback must not call the store: decisions are collected and recorded once at the end
        long last = store.replayEntries(covered, entry -> {
            feed.replayed(entry, decisions);
            count[0]++;
        });
        feed.consumedThrough(last);
        feed.finish(decisions);
        feed.campaignsMayHaveChanged();
        checkpointer.checkpoint(true);
        LOG.info("recovered: snapshot covering sequence {} ({}, indicators through id {}), {} indicators fed, {} accounts,"
                + " {} exchanges replayed up to sequence {}, {} decisions recorded, in {} ms", covered,
                snapshot.isPresent() ? "restored" : "none", restoredIndicators, indicators[0], accounts,
                count[0], feed.processedSequence(), decisions.size(), (System.nanoTime() - t0) / 1_000_000);
    }
}
