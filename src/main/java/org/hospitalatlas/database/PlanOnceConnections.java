package org.hospitalatlas.database;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read-only connections that plan each prepared statement once ({@code plan_cache_mode = force_generic_plan} for the
 * whole session), for point reads whose plan does not depend on the values bound (the compare's and the matrix's
 * figures of hospitals asked). A statement on them is one round trip: no transaction, no {@code set local}. The
 * application's own pool keeps {@code force_custom_plan} for every other read (the ranking and the reads with optional
 * {@code (:all or …)} filters need it). Made by {@link PlanOnceConfiguration}: a small pool of its own beside the
 * application's, with the same database, credentials and timeouts.
 */
public final class PlanOnceConnections {

    /** Said by every connection of the pool when it is made (and by nothing else). */
    static final String SESSION_SETTINGS =
            "set plan_cache_mode = force_generic_plan; set default_transaction_read_only = on";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    /** Over {@code dataSource}, whose connections say {@link #SESSION_SETTINGS} (tests pass one such connection). */
    public PlanOnceConnections(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Auto-committed statements on these connections. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /** On shutdown: closes the pool ({@link PlanOnceConfiguration}'s). */
    void close() throws Exception {
        if (dataSource instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
