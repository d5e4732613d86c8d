package org.hospitalatlas.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void thePoolTimingOutBehindSpringsWrappersIsAnOutage() {
        var pool = new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms");
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection", pool)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no transaction", pool)))
                .isTrue();
    }

    @Test
    void connectionAndShutdownStatesAreOutages() {
        assertThat(DatabaseOutage.causedBy(new SQLException("refused", "08001")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("i/o error", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("import failed", new ConnectException())))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolDroppedIsAnOutage() {
        // what Spring throws when the server's shutdown cut a query off inside a transaction: the rollback's
        // failure replaces the query's, and only says the pool's connection is closed
        var closed = new SQLException("Connection is closed");
        assertThat(DatabaseOutage.causedBy(new JpaSystemException(
                        new RuntimeException("Unable to rollback against JDBC Connection", closed))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("Connection is slow")))
                .isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(
                        new DataIntegrityViolationException("dup", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("lock timeout", "55P03")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException())).isFalse();
    }
}
