package org.hospitalatlas.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;

/**
 * The statements of one CSV load, all in the caller's transaction ({@link CsvLoadsImpl}): the load's settings and
 * lock, {@code COPY} into the staging table, the fact tables' lock, the set-based checks and writes of a
 * {@link CsvFormat}, savepoints around the write, and the import log's entry. After the commit,
 * {@link #refreshStatistics} brings the planner's statistics up to date.
 */
interface CsvLoads {

    /**
     * The load's first statements: its memory, a commit on disk before it is answered, and the advisory lock that
     * lets one load at a time go on under {@code key}.
     */
    void beginLoad(String key);

    /** Streams the CSV into a new {@code bulk_stage} with {@code COPY}; see {@link CsvStager}. */
    CsvStager.Staged stage(CsvStager stager, CsvFormat format, InputStream csv) throws IOException;

    /** Fresh statistics on the staged rows for the checks and the write. */
    void analyzeStage();

    /**
     * {@link org.hospitalatlas.database.FactTables}' lock for writing (or for a partition load), waiting at most
     * {@code timeoutMs}: a {@link org.springframework.dao.DataAccessException} when it could not be had.
     */
    void lockFactTables(boolean forPartition, long timeoutMs);

    /** Whether the document has no rows in {@code table} (one of the formats' tables) yet. */
    boolean hasNoRows(String table, long documentId);

    /** The rows a check query names ({@code select line, reason}): the first {@code limit} by line, and how many. */
    record Found(long total, List<RejectedRow> rows) {}

    Found rejectedRows(String query, long documentId, int limit);

    /** Runs a format's {@code INSERT … SELECT}; answers the rows inserted. */
    long insert(String statement, Map<String, Object> params);

    /** What a format's upsert did. */
    record Upserted(long inserted, long updated) {}

    /** Runs a format's upsert, which answers one row {@code (inserted, updated)}. */
    Upserted upsert(String statement, Map<String, Object> params);

    Savepoint savepoint();

    void rollbackTo(Savepoint savepoint);

    void release(Savepoint savepoint);

    /** An accepted import as the import log keeps it; label and dataset null for hospitals. */
    record LoggedImport(
            String kind,
            Long datasetId,
            String fileName,
            String sha256,
            long rows,
            long inserted,
            long updated,
            long unchanged,
            Integer labelStart,
            Integer labelEnd,
            long elapsedMs) {}

    /** Adds the import to the log, in the load's transaction. */
    void logImport(LoggedImport entry);

    /**
     * After the commit, outside any transaction: {@code ANALYZE} of {@code table}, preceded by a {@code VACUUM} of
     * {@code partition} when the load made one (null otherwise), then {@code VACUUM (ANALYZE)} of {@code summaries}
     * ({@link CsvFormat#summaryTables()}). A failure is logged, not thrown: the import is done (autovacuum does the
     * same later anyway).
     */
    void refreshStatistics(String table, String partition, List<String> summaries);
}
