package org.hospitalatlas.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one connection that LISTENs on {@code data_version}, which every committed write notifies (V080), and drops
 * the kept version on each notification, so that writes by other instances or by psql reach this one's ETags and
 * response cache as soon as they commit. Once a second it also compares the kept version with the table's, in case a
 * notification was lost with a connection that died unnoticed. While it has no connection nothing is kept, and every
 * request reads the version from the database; it reconnects by itself.
 */
@Component
class DataVersionListener implements SmartLifecycle {

    static final String CHANNEL = "data_version";

    private static final Logger log = LoggerFactory.getLogger(DataVersionListener.class);
    private static final int WAIT_MILLIS = 250;
    private static final long CHECK_NANOS = Duration.ofSeconds(1).toNanos();
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final DataVersionCache cache;
    private final boolean enabled;
    private volatile boolean running;
    private Thread thread;

    DataVersionListener(
            DataSource dataSource,
            DataVersionCache cache,
            @Value("${hospital-atlas.data-version.listen:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        running = true;
        if (enabled) {
            thread = new Thread(this::run, "data-version-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        cache.listening(false);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        boolean failedBefore = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
                failedBefore = false;
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (!failedBefore && running) {
                    log.warn(
                            "Not listening for data changes ({}); reading the data version on every request "
                                    + "until the database answers again",
                            e.getMessage());
                }
                failedBefore = true;
            }
            pause();
        }
    }

    private void listen(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        // notifications arrive from here on; anything kept before may have missed some
        cache.listening(true);
        long checked = System.nanoTime();
        try {
            while (running) {
                PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                if (arrived != null && arrived.length > 0) {
                    cache.drop();
                }
                if (System.nanoTime() - checked >= CHECK_NANOS) {
                    check(connection);
                    checked = System.nanoTime();
                }
            }
        } finally {
            cache.listening(false);
            if (running) {
                unlisten(connection); // it goes back to the pool; on stop the pool is closing anyway
            }
        }
    }

    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
        } catch (SQLException broken) {
            // a broken connection is dropped by the pool, and its LISTEN with it
        }
    }

    /** Drops the kept version if the table's differs: a backstop, never the way writes are normally noticed. */
    private void check(Connection connection) throws SQLException {
        DataVersionCache.Read kept = cache.kept();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery("select sum(version) from data_version")) {
                rs.next();
                if (kept != null && rs.getLong(1) != kept.version()) {
                    cache.drop();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
