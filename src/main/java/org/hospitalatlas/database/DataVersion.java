package org.hospitalatlas.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * The version of everything the API reads: it grows with every committed write, whichever path made it (triggers
 * of V031__create_data_version.sql), so equal versions mean equal data. Read it before the data it keys.
 *
 * <p>Every API read asks for it, so it is kept in memory while nothing can have moved it ({@link DataVersionCache}):
 * a committed write anywhere notifies {@link DataVersionListener}, and this process's own writes drop it as they
 * commit. Without a listening connection it is read from the database each time, as it used to be.
 */
@Component
public class DataVersion {

    static final String READ = "select sum(version) as version, max(changed_at) as changed_at,"
            + " clock_timestamp() as now from data_version";

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;
    private final DataVersionCache cache;

    DataVersion(DataSource dataSource, DataVersionCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
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
        return snapshot().version();
    }

    public Snapshot snapshot() {
        DataVersionCache.Read read = cache.kept();
        if (read == null) {
            long generation = cache.generation();
            read = read();
            cache.keep(generation, read);
        }
        return read.snapshotAt(System.nanoTime());
    }

    /** On a read-only connection: reading the version is no write of this process's ({@link WriteNoticingDataSource}). */
    private DataVersionCache.Read read() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(READ);
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new DataVersionCache.Read(
                        rs.getLong("version"),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getObject("now", OffsetDateTime.class),
                        System.nanoTime());
            }
        } catch (SQLException e) {
            throw TRANSLATOR.translate("reading the data version", READ, e);
        }
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
