package org.hydraguard.server;

import org.hydraguard.store.Store;

/**
 * The parts of a running service that its routes share: the live engine and the decisions it made,
 * the store behind them, the shadow/enforce switch, and the settings.
 */
public record ServiceParts(LiveEngine engine, DecisionBoard board, Store store, EnforcementMode mode,
        ServerSettings settings) {
    public ServiceParts {
        if (engine == null || board == null || store == null || mode == null || settings == null) {
            throw new IllegalArgumentException("every service part is required: engine=" + engine + ", board=" + board
                    + ", store=" + store + ", mode=" + mode + ", settings=" + settings);
        }
    }
}
