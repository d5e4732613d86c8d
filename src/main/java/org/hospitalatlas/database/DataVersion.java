package org.hospitalatlas.database;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of everything the API reads: it grows with every committed write, whichever path made it (triggers
 * of V031__create_data_version.sql), so equal versions mean equal data. Read it before the data it keys.
 */
@Component
public class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The version, and the data's Last-Modified time in whole seconds, or null while it is too recent to give.
     *
     * <p>HTTP dates have whole seconds, and If-Modified-Since answers "not modified" when the time given is not before
     * Last-Modified. So the last commit's time (V043) is rounded up, and given only once a second has passed since:
     * every later commit then falls in a later second and moves Last-Modified, and a commit in flight while the
     * version is read cannot be hidden behind it.
     */
    public record Snapshot(long version, Instant lastModified) {}

    public long current() {
        return jdbc.sql("select sum(version) from data_version")
                .query(Long.class)
                .single();
    }

    public Snapshot snapshot() {
        return jdbc.sql("select sum(version) as version, max(changed_at) as changed_at, clock_timestamp() as now"
                        + " from data_version")
                .query((rs, row) -> new Snapshot(
                        rs.getLong("version"),
                        lastModified(
                                rs.getObject("changed_at", OffsetDateTime.class),
                                rs.getObject("now", OffsetDateTime.class))))
                .single();
    }

    static Instant lastModified(OffsetDateTime changedAt, OffsetDateTime now) {
        if (changedAt == null) {
            return null;
        }
        Instant changed = changedAt.toInstant();
        Instant second = changed.truncatedTo(ChronoUnit.SECONDS);
        Instant rounded = second.equals(changed) ? second : second.plusSeconds(1);
        return rounded.isAfter(now.toInstant().minusSeconds(1)) ? null : rounded;
    }
}
