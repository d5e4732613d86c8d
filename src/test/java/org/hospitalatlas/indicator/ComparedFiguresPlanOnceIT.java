package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hospitalatlas.database.PlanOnceConnections;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A compare's statement, read outside a transaction, is planned once per connection (a generic plan of its prepared
 * statement) instead of on every execution, and the pool's connections keep planning every other statement per
 * execution ({@code force_custom_plan}, for the reads with optional filters). Read on one connection of the plan-once
 * pool ({@link PlanOnceConnections}), so that its prepared statements can be looked at afterwards, beside one of the
 * application's pool.
 */
@IntegrationTest
class ComparedFiguresPlanOnceIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MetricCatalogue metrics;

    @Autowired
    PlanOnceConnections planOnce;

    @Test
    void aCompareOutsideATransactionUsesOneGenericPlanAndLeavesTheConnectionPlanningPerExecution() throws SQLException {
        CompareFixture.ensure(jdbc);
        List<String> slugs = List.of(CompareFixture.ALPHA, CompareFixture.GAMMA, CompareFixture.EMPTY);
        MetricValues.Scope year = MetricValues.Scope.levels(List.of(metrics.require("beds_open")), 2021, null);
        MetricValues.Scope latest = MetricValues.Scope.levels(List.of(metrics.require("beds_open")), null, null);
        try (Connection connection = dataSource.getConnection();
                Connection planOnceConnection = planOnce.dataSource().getConnection()) {
            JdbcClient same = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            SingleConnectionDataSource one = new SingleConnectionDataSource(planOnceConnection, true);
            JdbcClient reading = JdbcClient.create(one);
            assertThat(planCacheMode(same)).isEqualTo("force_custom_plan");
            Plans before = comparePlans(reading); // earlier tests may have used this connection for compares
            MetricReadsImpl reads = new MetricReadsImpl(same, new PlanOnceConnections(one));
            for (int i = 0; i < 8; i++) { // the driver prepares a statement on the server from its fifth execution
                MetricReads.AskedFigures chosen = reads.chosenValuesOfAsked(year, slugs);
                assertThat(chosen.hospitals()).hasSize(3);
                assertThat(chosen.values())
                        .extracting(figure -> figure.value().value().intValue())
                        .containsExactlyInAnyOrder(1000, 800);
                assertThat(reads.latestValuesOfAsked(latest, slugs).values())
                        .extracting(figure -> figure.value().year())
                        .containsExactlyInAnyOrder(2022, 2021);
            }

            Plans after = comparePlans(reading);
            assertThat(after.generic() - before.generic())
                    .as("executions with the generic plan, of 16")
                    .isGreaterThanOrEqualTo(8);
            assertThat(after.custom() - before.custom())
                    .as("executions planned anew")
                    .isZero();
            assertThat(planCacheMode(same))
                    .as("not left to the pool's next user")
                    .isEqualTo("force_custom_plan");
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aCompareOfHospitalsByIdOutsideATransactionUsesOneGenericPlan() throws SQLException {
        CompareFixture.ensure(jdbc);
        List<Long> ids = jdbc.sql("select id from hospital where slug in (:slugs) order by id")
                .param("slugs", List.of(CompareFixture.ALPHA, CompareFixture.GAMMA, CompareFixture.EMPTY))
                .query(Long.class)
                .list();
        MetricValues.Scope year = MetricValues.Scope.levels(List.of(metrics.require("beds_open")), 2021, null);
        MetricValues.Scope latest = MetricValues.Scope.levels(List.of(metrics.require("beds_open")), null, null);
        try (Connection connection = dataSource.getConnection();
                Connection planOnceConnection = planOnce.dataSource().getConnection()) {
            JdbcClient same = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            SingleConnectionDataSource one = new SingleConnectionDataSource(planOnceConnection, true);
            JdbcClient reading = JdbcClient.create(one);
            Plans before = plans(reading, "%from figure f%order by f.hospital_id%");
            MetricReadsImpl reads = new MetricReadsImpl(same, new PlanOnceConnections(one));
            for (int i = 0; i < 8; i++) {
                assertThat(reads.chosenValuesOfHospitals(year, ids))
                        .extracting(figure -> figure.value().value().intValue())
                        .containsExactlyInAnyOrder(1000, 800);
                assertThat(reads.latestValuesOfHospitals(latest, ids))
                        .extracting(figure -> figure.value().year())
                        .containsExactlyInAnyOrder(2022, 2021);
            }

            Plans after = plans(reading, "%from figure f%order by f.hospital_id%");
            assertThat(after.generic() - before.generic())
                    .as("executions with the generic plan, of 16")
                    .isGreaterThanOrEqualTo(8);
            assertThat(after.custom() - before.custom())
                    .as("executions planned anew")
                    .isZero();
            assertThat(planCacheMode(same)).isEqualTo("force_custom_plan");
        }
    }

    private static Plans plans(JdbcClient jdbc, String like) {
        return jdbc.sql("""
                        select coalesce(sum(generic_plans), 0) as generic, coalesce(sum(custom_plans), 0) as custom
                        from pg_prepared_statements
                        where statement like :like
                        """)
                .param("like", like)
                .query((rs, row) -> new Plans(rs.getLong("generic"), rs.getLong("custom")))
                .single();
    }

    /** Executions of the compare's statements prepared on the server of this connection, by kind of plan. */
    private static Plans comparePlans(JdbcClient jdbc) {
        return jdbc.sql("""
                        select coalesce(sum(generic_plans), 0) as generic, coalesce(sum(custom_plans), 0) as custom
                        from pg_prepared_statements
                        where statement like '%asked as (%'
                        """)
                .query((rs, row) -> new Plans(rs.getLong("generic"), rs.getLong("custom")))
                .single();
    }

    private static String planCacheMode(JdbcClient jdbc) {
        return jdbc.sql("show plan_cache_mode").query(String.class).single();
    }

    private record Plans(long generic, long custom) {}
}
