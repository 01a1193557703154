package org.hydraguard.io.stix;

/** Input that is not a STIX 2.1 bundle at all (not JSON, or no {@code objects} list); the message says which. */
public final class InvalidStixException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidStixException(String message) {
        super(message);
    }
}
