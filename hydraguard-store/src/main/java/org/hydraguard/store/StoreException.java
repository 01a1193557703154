package org.hydraguard.store;

/**
 * The database failed or holds something the store cannot read; the message names the operation,
 * the database (without password) and the cause. Caller mistakes are {@link IllegalArgumentException}
 * or, for a case in the wrong state, {@link IllegalStateException}.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    StoreException(String message) {
        super(message);
    }
}
