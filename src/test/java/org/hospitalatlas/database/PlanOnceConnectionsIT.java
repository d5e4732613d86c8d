package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan-once pool is a small pool of its own on the test run's one database: its connections plan generically and
 * refuse writes from the start, with no statement of the caller's, while the application's pool keeps planning every
 * statement per execution (the ranking and the reads with optional filters).
 */
@IntegrationTest
class PlanOnceConnectionsIT {

    @Autowired
    PlanOnceConnections planOnce;

    @Autowired
    DataSource dataSource;

    @Test
    void itsConnectionsPlanGenericallyAndAreReadOnlyOnTheServerInAutoCommit() throws SQLException {
        try (Connection connection = planOnce.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "plan_cache_mode")).isEqualTo("force_generic_plan");
            assertThat(setting(statement, "default_transaction_read_only")).isEqualTo("on");
            assertThat(setting(statement, "current_database() || ':' || inet_server_port()"))
                    .as("the application's database")
                    .isEqualTo(databaseOf(dataSource));
            assertThat(connection.getAutoCommit()).isTrue();
            assertThatThrownBy(() -> statement.execute("create table plan_once_write (id int)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("read-only transaction");
        }
    }

    @Test
    void theApplicationsConnectionsKeepCustomPlans() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                try (Statement statement = connection.createStatement()) {
                    assertThat(setting(statement, "plan_cache_mode")).isEqualTo("force_custom_plan");
                    assertThat(setting(statement, "default_transaction_read_only"))
                            .isEqualTo("off");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void itIsSmallAndCopiesTheApplicationsTimeouts() throws SQLException {
        HikariDataSource pool = planOnce.dataSource().unwrap(HikariDataSource.class);
        HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
        assertThat(pool.getPoolName()).isEqualTo(application.getPoolName() + "-plan-once");
        assertThat(pool.getConnectionTimeout())
                .isEqualTo(application.getConnectionTimeout())
                .isEqualTo(2000);
        assertThat(pool.getJdbcUrl()).isEqualTo(application.getJdbcUrl());
    }

    private static String setting(Statement statement, String expression) throws SQLException {
        String sql = expression.endsWith(")") ? "select " + expression : "show " + expression;
        try (var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String databaseOf(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return setting(statement, "current_database() || ':' || inet_server_port()");
        }
    }
}
