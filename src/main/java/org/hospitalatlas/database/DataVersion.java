package org.hospitalatlas.database;

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

    public long current() {
        return jdbc.sql("select sum(version) from data_version")
                .query(Long.class)
                .single();
    }
}
