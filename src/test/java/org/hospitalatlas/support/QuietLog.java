package org.hospitalatlas.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps what the named loggers write while a test provokes a failure on purpose: their events are collected for the
 * test to check instead of going to the console, so that a green build's log holds no ERROR line the test meant.
 */
public final class QuietLog implements AutoCloseable {

    private final List<Logger> loggers = new ArrayList<>();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private QuietLog(String... names) {
        events.start();
        for (String name : names) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            logger.addAppender(events);
            logger.setAdditive(false);
            loggers.add(logger);
        }
    }

    public static QuietLog of(String... loggerNames) {
        return new QuietLog(loggerNames);
    }

    /** Each event as "LEVEL message". */
    public List<String> lines() {
        return events.list.stream()
                .map(e -> e.getLevel() + " " + e.getFormattedMessage())
                .toList();
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            logger.detachAppender(events);
            logger.setAdditive(true);
        }
        events.stop();
    }
}
