package org.hydraguard.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Switches the log output to one JSON object per line (Logback's {@link JsonEncoder}) for the
 * long-running service, where logs go to a collector; the other commands keep the human text format
 * of {@code logback.xml}.
 */
final class LogFormat {
    private LogFormat() {}

    static void json() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding: leave its configuration alone
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
            if (it.next() instanceof ConsoleAppender<ILoggingEvent> console) {
                JsonEncoder encoder = new JsonEncoder();
                encoder.setContext(context);
                encoder.setWithSequenceNumber(false);
                encoder.setWithNanoseconds(false);
                encoder.setWithContext(false);
                encoder.start();
                console.stop();
                console.setEncoder(encoder);
                console.start();
            }
        }
    }
}
