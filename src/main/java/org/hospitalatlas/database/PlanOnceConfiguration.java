package org.hospitalatlas.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pool of {@link PlanOnceConnections}: a copy of the application's HikariCP settings (the URL, user and password of
 * the embedded server, of {@code spring.datasource.*} or of a Testcontainers service connection; the connection and
 * validation timeouts that turn an outage into a 503; the metrics) with a pool name, size and session settings of its
 * own. Not a {@link DataSource} bean, so that Boot's single-DataSource configuration (JPA, Flyway, JdbcClient, health)
 * and the data version's write noticing see only the application's pool; the connections are read-only on the server.
 */
@Configuration(proxyBeanMethods = false)
class PlanOnceConfiguration {

    @Bean(destroyMethod = "close")
    PlanOnceConnections planOnceConnections(
            DataSource dataSource, @Value("${hospital-atlas.plan-once-pool.maximum-size:4}") int maximumSize)
            throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            throw new IllegalStateException("the plan-once pool copies HikariCP's settings: the application's"
                    + " DataSource must be HikariCP (Boot's default spring.datasource.type)");
        }
        HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
        HikariDataSource pool = new HikariDataSource(); // started by its first use, as Boot's own
        application.copyStateTo(pool);
        pool.setPoolName(Objects.requireNonNullElse(application.getPoolName(), "HikariPool") + "-plan-once");
        pool.setMaximumPoolSize(maximumSize);
        pool.setMinimumIdle(maximumSize);
        pool.setConnectionInitSql(PlanOnceConnections.SESSION_SETTINGS);
        pool.setReadOnly(true);
        pool.setAutoCommit(true);
        return new PlanOnceConnections(pool);
    }
}
