package org.hydraguard.server.console;

/** A console request that cannot be answered as asked: the HTTP status and a message for the investigator. */
final class ConsoleError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ConsoleError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ConsoleError badRequest(String message) {
        return new ConsoleError(400, message);
    }

    static ConsoleError notFound(String message) {
        return new ConsoleError(404, message);
    }
}
