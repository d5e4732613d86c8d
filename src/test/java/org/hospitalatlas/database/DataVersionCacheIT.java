package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data version every API read is tagged with is kept in memory between writes, and no write leaves it stale:
 * this process's own writes drop it as they commit (no waiting), other processes' writes through the notification
 * they send at commit.
 */
@IntegrationTest
class DataVersionCacheIT {

    @Autowired
    DataVersion dataVersion;

    @Autowired
    DataVersionCache cache;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void versionKept() {
        assertThat(eventually(Duration.ofSeconds(10), () -> {
                    dataVersion.snapshot();
                    return cache.kept() != null;
                }))
                .as("the listener listens and the version read is kept")
                .isTrue();
    }

    @Test
    void readOnlyTransactionsDoNotReadTheVersionAgain() {
        DataVersionCache.Read kept = cache.kept();
        TransactionTemplate reads = new TransactionTemplate(transactionManager);
        reads.setReadOnly(true);
        reads.executeWithoutResult(status ->
                jdbc.sql("select count(*) from hospital").query(Long.class).single());

        assertThat(dataVersion.snapshot().version()).isEqualTo(kept.version());
        assertThat(cache.kept()).as("the same read, not a new one").isSameAs(kept);
    }

    @Test
    void ownWritesMoveTheVersionAsSoonAsTheyCommit() {
        long before = dataVersion.current();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.sql("insert into hospital (slug, name_zh) values ('kept-version-a', '缓存甲医院')")
                    .update();
            jdbc.sql("delete from hospital where slug = 'kept-version-a'").update();
        });
        assertThat(dataVersion.current()).as("after a transaction").isEqualTo(before + 1);

        jdbc.sql("insert into hospital (slug, name_zh) values ('kept-version-b', '缓存乙医院')")
                .update();
        assertThat(dataVersion.current())
                .as("after an auto-committed statement")
                .isEqualTo(before + 2);
        jdbc.sql("delete from hospital where slug = 'kept-version-b'").update();
        assertThat(dataVersion.current()).isEqualTo(before + 3);
    }

    @Test
    void writesOfOtherProcessesMoveTheVersionWhenTheyCommit() throws Exception {
        long before = dataVersion.current();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        // a connection of its own, as psql or another instance of the app would have: this process sees no commit
        try (Connection other = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.executeUpdate("insert into hospital (slug, name_zh) values ('kept-version-c', '缓存丙医院')");
            statement.executeUpdate("delete from hospital where slug = 'kept-version-c'");
            assertThat(eventually(Duration.ofMillis(500), () -> dataVersion.current() != before))
                    .as("nothing committed yet")
                    .isFalse();
            other.commit();
        }
        assertThat(eventually(Duration.ofSeconds(5), () -> dataVersion.current() == before + 1))
                .as("notified at commit")
                .isTrue();
    }

    private static boolean eventually(Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }
}
