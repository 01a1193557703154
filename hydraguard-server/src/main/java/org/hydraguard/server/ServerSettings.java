package org.hydraguard.server;

/**
 * How the service runs.
 *
 * @param accountHeader request header the gateway check reads the account from (set by the provider's auth)
 * @param keyHeader request header with the API key id, used when the account header is absent
 * @param endUserHeader request header with a reseller's end-user id, if any
 * @param failOpen what the gateway check answers for unknown accounts or when the engine is in trouble:
 *     true lets the request through (200), false denies it (403)
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 * @param queueBatches ingest batches that may wait for the engine (memory: about this many request bodies);
 *     beyond that ingest gets 429
 */
public record ServerSettings(
        Tokens tokens,
        String accountHeader,
        String keyHeader,
        String endUserHeader,
        boolean failOpen,
        long maxBodyBytes,
        int queueBatches) {

    public ServerSettings {
        if (tokens == null) {
            throw new IllegalArgumentException("tokens are required (an empty set disables every authenticated route)");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
        }
        if (queueBatches < 2) {
            // one slot stays free for the engine's own checkpoint ticks
            throw new IllegalArgumentException("queueBatches must be at least 2: " + queueBatches);
        }
    }

    public static ServerSettings defaults(Tokens tokens) {
        return new ServerSettings(tokens, "x-hydraguard-account", "x-hydraguard-key", "x-hydraguard-end-user",
                true, 16L << 20, 64);
    }
}
