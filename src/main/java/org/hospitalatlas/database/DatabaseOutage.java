package org.hospitalatlas.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable, out of connections) from
 * any other: whichever layer wrapped it (JDBC, Hibernate, Spring's data access or transaction exceptions, an
 * import's own), its causes hold the driver's connection failure or the pool's timeout.
 */
public final class DatabaseOutage {

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (the server shutting down, crashed or starting) and
     * 53300 (too many connections).
     */
    private static final Pattern UNAVAILABLE_STATE = Pattern.compile("08...|57P0[123]|53300");

    /** HikariCP's message, without SQLSTATE, for any use of a connection it closed (ProxyConnection). */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseOutage() {}

    private static boolean isOutage(SQLException sql) {
        if (sql.getSQLState() == null) {
            // the pool's answer on a connection it has already dropped for a connection failure, e.g. to the
            // rollback after a query the server's shutdown cut off, which then replaces the original failure
            return HIKARI_CLOSED.equals(sql.getMessage());
        }
        return UNAVAILABLE_STATE.matcher(sql.getSQLState()).matches();
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true; // the pool gave up waiting for a connection; the server refused the connection
            }
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
        }
        return false;
    }
}
