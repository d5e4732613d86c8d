package org.hospitalatlas.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hospitalatlas.database.FactTables;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * {@link CsvLoads} in SQL. Every statement but {@link #refreshStatistics} runs on the connection of the caller's
 * transaction: {@link JdbcClient} joins it, and {@code COPY} and the savepoints take it from
 * {@link DataSourceUtils}.
 */
class CsvLoadsImpl implements CsvLoads {

    private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);
    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");

    private static final String ADVISORY_LOCK = "select pg_advisory_xact_lock(hashtextextended(:key, 0))";
    private static final String LOG_IMPORT = """
            insert into bulk_import (kind, dataset_id, file_name, sha256, rows, inserted, updated, unchanged,
                                     label_start, label_end, elapsed_ms)
            values (:kind, :dataset, :file, :sha256, :rows, :inserted, :updated, :unchanged,
                    :start, :end, :elapsed)
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    CsvLoadsImpl(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public void beginLoad(String key) {
        jdbc.sql("set local work_mem = '64MB'").update();
        // An accepted import is on disk before it is answered, whatever the server's default (the embedded one
        // commits asynchronously). It also lets the VACUUM after the commit mark the new pages all-visible at once:
        // PostgreSQL does not while the inserting transaction's commit record may not be flushed yet.
        jdbc.sql("set local synchronous_commit = on").update();
        // one import at a time per dataset (and one for the hospital register); others go on in parallel
        jdbc.sql(ADVISORY_LOCK).param("key", key).query((rs, n) -> 1).list();
    }

    @Override
    public CsvStager.Staged stage(CsvStager stager, CsvFormat format, InputStream csv) throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return stager.stream(format, csv, header -> copyInto(connection, format, header));
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Creates {@code bulk_stage} for the format (dropped at commit) and opens {@code COPY} for the header's columns. */
    private static CsvStager.Sink copyInto(Connection connection, CsvFormat format, List<String> header)
            throws SQLException {
        StringBuilder ddl = new StringBuilder("create temporary table bulk_stage (line integer not null");
        for (String column : format.columns()) {
            ddl.append(", ").append(column).append(" text");
        }
        ddl.append(") on commit drop");
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl.toString());
        }
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy bulk_stage (line, " + String.join(", ", header) + ") from stdin (format csv)");
        return new CsvStager.Sink() {
            @Override
            public void write(byte[] bytes, int length) throws SQLException {
                copy.writeToCopy(bytes, 0, length);
            }

            @Override
            public void end() throws SQLException {
                copy.endCopy();
            }

            @Override
            public void cancel() throws SQLException {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }

            @Override
            public CsvStager.Unreadable unreadable(SQLException failure) {
                return unreadableRecord(failure);
            }
        };
    }

    /** The record of a COPY error, from the server's "COPY bulk_stage, line N" context. */
    private static CsvStager.Unreadable unreadableRecord(SQLException e) {
        if (!(e instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            return null;
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        String where = message.getWhere();
        if (where == null) {
            return null;
        }
        Matcher matcher = COPY_LINE.matcher(where);
        if (!matcher.find()) {
            return null;
        }
        String reason = "22021".equals(message.getSQLState())
                ? "not UTF-8 text (or a NUL byte); the file cannot be read from this line on"
                : "the file cannot be read from this line on: " + message.getMessage();
        return new CsvStager.Unreadable(Long.parseLong(matcher.group(1)), reason);
    }

    @Override
    public void analyzeStage() {
        jdbc.sql("analyze bulk_stage").update();
    }

    @Override
    public void lockFactTables(boolean forPartition, long timeoutMs) {
        jdbc.sql("set local lock_timeout = " + timeoutMs).update();
        if (forPartition) {
            FactTables.lockForPartitionLoad(jdbc);
        } else {
            FactTables.lockForWriting(jdbc);
        }
        jdbc.sql("set local lock_timeout to default").update();
    }

    @Override
    public boolean hasNoRows(String table, long documentId) {
        return jdbc.sql("select not exists (select 1 from " + table + " where document_id = :document)")
                .param("document", documentId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Found rejectedRows(String query, long documentId, int limit) {
        long[] total = {0};
        List<RejectedRow> found = jdbc.sql("select line, reason, count(*) over () as total from (" + query
                        + ") bad order by line limit :limit")
                .param("document", documentId)
                .param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new RejectedRow(rs.getLong("line"), rs.getString("reason"));
                })
                .list();
        return new Found(total[0], new ArrayList<>(found));
    }

    @Override
    public long insert(String statement, Map<String, Object> params) {
        return jdbc.sql(statement).params(params).update();
    }

    @Override
    public Upserted upsert(String statement, Map<String, Object> params) {
        return jdbc.sql(statement)
                .params(params)
                .query((rs, n) -> new Upserted(rs.getLong("inserted"), rs.getLong("updated")))
                .single();
    }

    @Override
    public Savepoint savepoint() {
        try {
            return DataSourceUtils.getConnection(dataSource).setSavepoint();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void rollbackTo(Savepoint savepoint) {
        try {
            DataSourceUtils.getConnection(dataSource).rollback(savepoint);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void release(Savepoint savepoint) {
        try {
            DataSourceUtils.getConnection(dataSource).releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void logImport(LoggedImport entry) {
        jdbc.sql(LOG_IMPORT)
                .param("kind", entry.kind())
                .param("dataset", entry.datasetId())
                .param("file", entry.fileName())
                .param("sha256", entry.sha256())
                .param("rows", entry.rows())
                .param("inserted", entry.inserted())
                .param("updated", entry.updated())
                .param("unchanged", entry.unchanged())
                .param("start", entry.labelStart())
                .param("end", entry.labelEnd())
                .param("elapsed", entry.elapsedMs())
                .update();
    }

    @Override
    public void refreshStatistics(String table, String partition, List<String> summaries) {
        // (autovacuum never analyses a partitioned table itself, only its partitions: the parent's statistics,
        // which joins above its partitions use, come from these ANALYZEs)
        List<String> statements = new ArrayList<>();
        if (partition != null) {
            statements.add("vacuum " + partition);
        }
        statements.add("analyze " + table);
        // the summaries' new rows all-visible at once, as the partition's: rankings read them index-only (a ranking
        // of one year took 126 ms instead of 27 from the heap until autovacuum came, bench/notes/perf-round3.md)
        if (!summaries.isEmpty()) {
            statements.add("vacuum (analyze) " + String.join(", ", summaries));
        }
        for (String statement : statements) {
            try {
                jdbc.sql(statement).update();
            } catch (DataAccessException e) {
                log.warn("{} after a bulk import failed: {}", statement, e.getMessage());
            }
        }
    }

    /** A failure of the connection itself: the import fails as a whole (and its transaction rolls back). */
    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("bulk import failed: " + e.getMessage(), e);
    }
}
