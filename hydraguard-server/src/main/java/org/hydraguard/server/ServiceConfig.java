package org.hydraguard.server;

import java.nio.file.Path;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.store.PolicyMode;
import org.hydraguard.store.StoreConfig;

/**
 * Everything {@link Service#start} needs. Usually read from YAML by {@link ServiceConfigFile}; the
 * {@code with*} methods let command-line flags override the file.
 *
 * @param host address to listen on
 * @param port port to listen on, 0 for any free one
 * @param store where the journal, snapshots, decisions and cases live
 * @param tls HTTPS on the port, or null for plain HTTP
 * @param settings tokens, gateway headers, fail policy, body and queue limits
 * @param checkpoints snapshot and campaign-saving cadence, journal retention
 * @param engine extractor, policy and template-index size of the engine
 * @param mode the enforcement mode to set at start (audited as "config"), or null to keep the store's
 * @param followDir a directory whose {@code *.jsonl} / {@code *.jsonl.gz} files of exchanges are ingested, or null
 */
public record ServiceConfig(String host, int port, StoreConfig store, Tls tls, ServerSettings settings,
        Checkpoints checkpoints, EngineRecipe engine, PolicyMode mode, Path followDir) {

    /** The embedded default store, relative to the working directory. */
    public static final Path DEFAULT_STORE = Path.of("hydraguard-data", "hydraguard.db");

    public ServiceConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is missing; expected an address such as 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (store == null || settings == null || checkpoints == null || engine == null) {
            throw new IllegalArgumentException("store, settings, checkpoints and engine are required");
        }
    }

    /** Loopback on 8080, SQLite at {@link #DEFAULT_STORE}, default policy and cadence, the store's mode. */
    public static ServiceConfig defaults(Tokens tokens) {
        return new ServiceConfig("127.0.0.1", 8080, StoreConfig.sqlite(DEFAULT_STORE), null,
                ServerSettings.defaults(tokens), Checkpoints.defaults(), EngineRecipe.of(Policy.defaults()), null, null);
    }

    public ServiceConfig withHost(String h) {
        return new ServiceConfig(h, port, store, tls, settings, checkpoints, engine, mode, followDir);
    }

    public ServiceConfig withPort(int p) {
        return new ServiceConfig(host, p, store, tls, settings, checkpoints, engine, mode, followDir);
    }

    public ServiceConfig withStore(StoreConfig s) {
        return new ServiceConfig(host, port, s, tls, settings, checkpoints, engine, mode, followDir);
    }

    /** HTTPS with this key store, or plain HTTP when null. */
    public ServiceConfig withTls(Tls t) {
        return new ServiceConfig(host, port, store, t, settings, checkpoints, engine, mode, followDir);
    }

    public ServiceConfig withSettings(ServerSettings s) {
        return new ServiceConfig(host, port, store, tls, s, checkpoints, engine, mode, followDir);
    }

    public ServiceConfig withCheckpoints(Checkpoints c) {
        return new ServiceConfig(host, port, store, tls, settings, c, engine, mode, followDir);
    }

    public ServiceConfig withEngine(EngineRecipe e) {
        return new ServiceConfig(host, port, store, tls, settings, checkpoints, e, mode, followDir);
    }

    public ServiceConfig withMode(PolicyMode m) {
        return new ServiceConfig(host, port, store, tls, settings, checkpoints, engine, m, followDir);
    }

    public ServiceConfig withFollowDir(Path d) {
        return new ServiceConfig(host, port, store, tls, settings, checkpoints, engine, mode, d);
    }
}
