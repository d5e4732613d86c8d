package org.hospitalatlas.database;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * The data version last read, kept while nothing can have moved it: only while {@link DataVersionListener} listens
 * for the notification every committed write sends (V080), and dropped by that notification, by this process's own
 * writes as their connections commit or close ({@link WriteNoticingDataSource}), and whenever listening stops. A
 * read that raced a write is not kept: {@link #keep} takes the generation seen before the read, and any drop since
 * moves it.
 */
@Component
class DataVersionCache {

    /** A read of {@code data_version}: its sum, last commit time, the server's clock then, and ours then. */
    record Read(long version, OffsetDateTime changedAt, OffsetDateTime serverNow, long readAtNanos) {

        /** The snapshot this read gives at {@code nanos} (System.nanoTime): the server's clock moved on as ours did. */
        DataVersion.Snapshot snapshotAt(long nanos) {
            OffsetDateTime now = serverNow.plusNanos(Math.max(0, nanos - readAtNanos));
            return new DataVersion.Snapshot(version, DataVersion.lastModified(changedAt, now));
        }
    }

    private final Object lock = new Object();
    private long generation;
    private boolean listening;
    private volatile Read kept;

    /** The kept read, or null when the version has to be read from the database. */
    Read kept() {
        return kept;
    }

    long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /** Keeps {@code read} unless the version may have moved since {@code generationBefore} was taken. */
    void keep(long generationBefore, Read read) {
        synchronized (lock) {
            if (listening && generation == generationBefore) {
                kept = read;
            }
        }
    }

    /** A write may have committed: the next request reads the version again. */
    void drop() {
        synchronized (lock) {
            generation++;
            kept = null;
        }
    }

    /** Whether notifications of writes arrive; without them nothing is kept. */
    void listening(boolean on) {
        synchronized (lock) {
            listening = on;
            generation++;
            kept = null;
        }
    }
}
