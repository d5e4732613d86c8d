package org.hospitalatlas.bulk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hospitalatlas.database.FactTables;
import org.hospitalatlas.shared.BusyException;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.RejectedRowsException;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

/**
 * Loads CSV files into PostgreSQL, all or nothing, in one transaction on one connection: {@code COPY} into a
 * temporary staging table, set-based checks in SQL, and — only when no row is bad — one
 * {@code INSERT … SELECT … ON CONFLICT … DO UPDATE}. A bad file changes nothing and is answered with its bad
 * rows (line and reason, the first {@value #LISTED} of them, and how many in all). The same file twice gives
 * the same data: the second time every row is unchanged, as the answer says.
 *
 * <p>Plain JDBC rather than Spring's transaction management: the import needs the connection itself (for
 * {@code COPY} and a savepoint), and its temporary table lives exactly as long as the transaction.
 */
@Service
public class BulkImporter {

    static final int LISTED = 50;
    private static final Pattern DATASET = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String DEFAULT_DATASET = "default";
    private static final long ANALYZE_AFTER_ROWS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CsvStager stager = new CsvStager(LISTED);

    private final long partitionMinRows;
    private final long lockTimeoutMs;
    private final MeterRegistry meters;

    BulkImporter(
            DataSource dataSource,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            @Value("${hospital-atlas.bulk-import.partition-min-rows:50000}") long partitionMinRows,
            @Value("${hospital-atlas.bulk-import.lock-timeout:60s}") Duration lockTimeout,
            MeterRegistry meters) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.partitionMinRows = partitionMinRows;
        this.lockTimeoutMs = lockTimeout.toMillis();
        this.meters = meters;
    }

    /**
     * Imports one CSV file. {@code dataset} names the source the facts belong to (default {@code default});
     * hospitals have none. {@code fileName} is only recorded.
     */
    public ImportReport importCsv(BulkImportKind kind, InputStream csv, String fileName, String dataset) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            ImportReport report = load(kind, csv, fileName, dataset);
            outcome = report.status();
            return report;
        } catch (InvalidInputException e) {
            outcome = "rejected";
            throw e;
        } catch (BusyException e) {
            outcome = "busy";
            throw e;
        } finally {
            sample.stop(Timer.builder("atlas.import")
                    .description("A CSV import from its first byte to its report (HTTP or command line)")
                    .tag("kind", kind.path())
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    private ImportReport load(BulkImportKind kind, InputStream csv, String fileName, String dataset) {
        CsvFormat format = kind.format();
        String datasetSlug = format.evidence() ? datasetSlug(dataset) : null;
        String file = fileName(fileName, kind);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            ImportReport report;
            try {
                report = run(connection, tx, kind, csv, file, datasetSlug, started);
                connection.commit();
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
            long analyzeMs = 0;
            if (report.method().equals(METHOD_PARTITION)
                    || report.inserted() + report.updated() >= ANALYZE_AFTER_ROWS) {
                // fresh statistics for the queries that follow a large load, and for a new partition the
                // visibility map its covering index needs for index-only scans; after the commit, so a failure
                // here leaves the import done (autovacuum does the same later anyway)
                // (autovacuum never analyses a partitioned table itself, only its partitions: the parent's
                // statistics, which joins above its partitions use, come from these ANALYZEs)
                List<String> statements = report.method().equals(METHOD_PARTITION)
                        ? List.of(
                                "vacuum " + DatasetPartition.name(format.table(), documentId(tx, datasetSlug)),
                                "analyze " + format.table())
                        : List.of("analyze " + format.table());
                long analyzeStarted = System.nanoTime();
                for (String statement : statements) {
                    try {
                        connection.setAutoCommit(true);
                        tx.sql(statement).update();
                    } catch (SQLException | DataAccessException e) {
                        log.warn("{} after a bulk import failed: {}", statement, e.getMessage());
                    }
                }
                analyzeMs = millisSince(analyzeStarted);
            }
            long elapsed = millisSince(started);
            ImportReport done = new ImportReport(
                    report.kind(),
                    report.dataset(),
                    report.document(),
                    report.file(),
                    report.sha256(),
                    report.rows(),
                    report.inserted(),
                    report.updated(),
                    report.unchanged(),
                    report.status(),
                    report.method(),
                    report.sameFileImportedAt(),
                    elapsed,
                    elapsed == 0 ? report.rows() * 1000 : report.rows() * 1000 / elapsed,
                    new ImportReport.Timings(
                            report.timings().copyMs(),
                            report.timings().checkMs(),
                            report.timings().writeMs(),
                            analyzeMs));
            log.info(
                    "Bulk import of {} {} ({} rows) into {}: {} inserted, {} updated, {} unchanged in {} ms",
                    kind.path(),
                    file,
                    done.rows(),
                    datasetSlug == null ? "the hospital register" : "dataset " + datasetSlug,
                    done.inserted(),
                    done.updated(),
                    done.unchanged(),
                    elapsed);
            if (done.inserted() + done.updated() > 0) {
                events.publishEvent(new BulkImportCompleted(kind, datasetSlug, done.inserted(), done.updated()));
            }
            return done;
        } catch (SQLException e) {
            throw new IllegalStateException("bulk import failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("bulk import could not read the file", e);
        }
    }

    private ImportReport run(
            Connection connection,
            JdbcClient tx,
            BulkImportKind kind,
            InputStream csv,
            String file,
            String dataset,
            long started)
            throws SQLException, IOException {
        CsvFormat format = kind.format();
        tx.sql("set local work_mem = '64MB'").update();
        // An accepted import is on disk before it is answered, whatever the server's default (the embedded one
        // commits asynchronously). It also lets the VACUUM after the commit mark the new pages all-visible at once:
        // PostgreSQL does not while the inserting transaction's commit record may not be flushed yet.
        tx.sql("set local synchronous_commit = on").update();
        // one import at a time per dataset (and one for the hospital register); others go on in parallel
        tx.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "bulk-import:" + (dataset == null ? kind.path() : "dataset:" + dataset))
                .query((rs, n) -> 1)
                .list();

        CsvStager.Staged staged;
        try {
            staged = stager.stage(connection, format, csv);
        } catch (CsvStager.CopyFailed failed) {
            throw new RejectedRowsException(failed.rejectedCount, failed.rows + failed.rejectedCount, failed.rejected);
        }
        long copied = System.nanoTime();
        tx.sql("analyze bulk_stage").update();

        long document = dataset == null
                ? -1
                : DatasetDocument.existingDocument(tx, dataset).orElse(-1L);
        // the locks before any read of the tables they cover (FactTables): a file large enough for a partition of
        // its own takes the stronger one that adding foreign keys and attaching need
        boolean partitionSized = format.rows() != null && dataset != null && staged.rows() >= partitionMinRows;
        lockTables(tx, partitionSized, lockTimeoutMs);
        boolean firstLoad = format.insertOnly() != null
                && dataset != null
                && (document < 0 || isEmpty(tx, format.table(), document));
        // A first load of a format whose insert leaves out every row the checks would refuse and the database
        // would not (format.rows()) is written first and checked only if it fails or leaves rows out: a good file,
        // the usual case, is read once less.
        boolean checkAfterwards = firstLoad && format.rows() != null && staged.rejectedCount() == 0;
        if (!checkAfterwards) {
            check(tx, format, staged, document);
        }
        long checked = System.nanoTime();
        boolean ownPartition =
                partitionSized && firstLoad && (document < 0 || !DatasetPartition.exists(tx, format.table(), document));

        DatasetDocument.Label label = dataset == null
                ? null
                : DatasetDocument.label(tx, dataset, kind, file, staged.sha256(), staged.rows(), staged.header());
        OffsetDateTime before = tx.sql("""
                        select max(imported_at) from bulk_import
                        where kind = :kind and sha256 = :sha256 and dataset_id is not distinct from :dataset
                        """)
                .param("kind", kind.path())
                .param("sha256", staged.sha256())
                .param("dataset", label == null ? null : label.datasetId())
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);

        Written counts = write(connection, tx, format, label, staged, firstLoad, ownPartition, checkAfterwards);
        long written = System.nanoTime();
        long unchanged = staged.rows() - counts.inserted() - counts.updated();
        tx.sql("""
                        insert into bulk_import (kind, dataset_id, file_name, sha256, rows, inserted, updated, unchanged,
                                                 label_start, label_end, elapsed_ms)
                        values (:kind, :dataset, :file, :sha256, :rows, :inserted, :updated, :unchanged,
                                :start, :end, :elapsed)
                        """)
                .param("kind", kind.path())
                .param("dataset", label == null ? null : label.datasetId())
                .param("file", file)
                .param("sha256", staged.sha256())
                .param("rows", staged.rows())
                .param("inserted", counts.inserted())
                .param("updated", counts.updated())
                .param("unchanged", unchanged)
                .param("start", label == null ? null : label.start())
                .param("end", label == null ? null : label.end())
                .param("elapsed", millisSince(started))
                .update();
        return new ImportReport(
                kind.path(),
                dataset,
                label == null ? null : label.documentSlug(),
                file,
                staged.sha256(),
                staged.rows(),
                counts.inserted(),
                counts.updated(),
                unchanged,
                counts.inserted() + counts.updated() == 0 ? "unchanged" : "imported",
                counts.method(),
                before,
                0,
                0,
                new ImportReport.Timings(
                        (copied - started) / 1_000_000,
                        (checked - copied) / 1_000_000,
                        (written - checked) / 1_000_000,
                        0));
    }

    /** What the write did, and how: {@value #METHOD_UPSERT}, {@value #METHOD_INSERT} or {@value #METHOD_PARTITION}. */
    private record Written(long inserted, long updated, String method) {}

    /** Deadlock lost, serialization failure, lock not available: the same request may succeed when sent again. */
    private static final Set<String> BUSY_STATES = Set.of("40P01", "40001", "55P03");

    static final String METHOD_UPSERT = "upsert";
    static final String METHOD_INSERT = "insert";
    static final String METHOD_PARTITION = "partition";

    /**
     * The write, under a savepoint: if it trips on a key repeated in the file (PostgreSQL will not change a row
     * twice in one statement, nor build a unique index over it) the repeated rows are looked up and reported; any
     * other refusal is reported whole. A dataset with no rows yet is inserted without conflict checks, and when
     * the file is large and the table partitioned by document, into a partition of its own.
     */
    private Written write(
            Connection connection,
            JdbcClient tx,
            CsvFormat format,
            DatasetDocument.Label label,
            CsvStager.Staged staged,
            boolean firstLoad,
            boolean ownPartition,
            boolean checkAfterwards)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        Map<String, Object> params = new HashMap<>();
        if (label != null) {
            params.put("document", label.documentId());
            params.put("start", label.start());
            params.put("end", label.end());
            params.put("quote", label.quote());
        }
        long document = label == null ? -1 : label.documentId();
        try {
            Written written;
            if (ownPartition) {
                long rows = DatasetPartition.load(tx, format.table(), document, format.rows(), params);
                written = new Written(rows, 0, METHOD_PARTITION);
            } else if (firstLoad) {
                written = new Written(tx.sql(format.insertOnly()).params(params).update(), 0, METHOD_INSERT);
            } else {
                written = tx.sql(format.upsert())
                        .params(params)
                        .query((rs, n) -> new Written(rs.getLong("inserted"), rs.getLong("updated"), METHOD_UPSERT))
                        .single();
            }
            if (checkAfterwards && written.inserted() != staged.rows()) {
                // rows left out: the checks say which and why
                connection.rollback(savepoint);
                check(tx, format, staged, document);
                throw new IllegalStateException(
                        "the insert left out " + (staged.rows() - written.inserted()) + " rows the checks accept");
            }
            connection.releaseSavepoint(savepoint);
            return written;
        } catch (DataAccessException e) {
            connection.rollback(savepoint);
            String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
            if (BUSY_STATES.contains(state)) {
                log.warn(
                        "Bulk import gave way to another write: {}",
                        e.getMostSpecificCause().getMessage());
                throw new BusyException(
                        "file",
                        "another write held what this import needs (SQLSTATE " + state
                                + "); nothing was imported, send the file again");
            }
            if (checkAfterwards) {
                check(tx, format, staged, document);
            }
            List<RejectedRow> duplicates = new ArrayList<>();
            long count = 0;
            if ("21000".equals(state) || "23505".equals(state)) {
                count = collect(tx, format.duplicateRows(), document, duplicates);
            }
            if (count > 0) {
                throw rejection(count, staged, duplicates);
            }
            log.warn("Bulk import refused by the database", e);
            throw new InvalidInputException(
                    "file", "the database refused the file as a whole (SQLSTATE " + state + "); nothing was imported");
        }
    }

    /**
     * The set-based checks: throws the rejection listing every bad row (and, for formats that look for them
     * first, every repeated key) with the rows refused while staging; returns if there are none.
     */
    private static void check(JdbcClient tx, CsvFormat format, CsvStager.Staged staged, long document) {
        List<RejectedRow> rejected = new ArrayList<>(staged.rejected());
        long rejectedCount = staged.rejectedCount();
        rejectedCount += collect(tx, format.rejectedRows(), document, rejected);
        if (rejectedCount == 0 && format.duplicatesFirst()) {
            rejectedCount += collect(tx, format.duplicateRows(), document, rejected);
        }
        if (rejectedCount > 0) {
            throw rejection(rejectedCount, staged, rejected);
        }
    }

    /** {@link FactTables}' lock, or a busy answer if other writes hold the tables longer than the timeout. */
    private static void lockTables(JdbcClient tx, boolean forPartition, long timeoutMs) {
        try {
            tx.sql("set local lock_timeout = " + timeoutMs).update();
            if (forPartition) {
                FactTables.lockForPartitionLoad(tx);
            } else {
                FactTables.lockForWriting(tx);
            }
            tx.sql("set local lock_timeout to default").update();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && BUSY_STATES.contains(sql.getSQLState())) {
                throw new BusyException(
                        "file",
                        "other writes kept the tables this import writes busy for " + timeoutMs
                                + " ms; nothing was imported, send the file again");
            }
            throw e;
        }
    }

    /** The id of a dataset's document (after the commit that created it, if this import did). */
    private static long documentId(JdbcClient tx, String dataset) {
        return DatasetDocument.existingDocument(tx, dataset).orElseThrow();
    }

    /** Whether the dataset's document has no rows in the table yet (the imports of a dataset are serialised). */
    private static boolean isEmpty(JdbcClient tx, String table, long documentId) {
        return tx.sql("select not exists (select 1 from " + table + " where document_id = :document)")
                .param("document", documentId)
                .query(Boolean.class)
                .single();
    }

    /** Adds the rows the query names to {@code rows} (up to {@value #LISTED}); returns how many there are. */
    private static long collect(JdbcClient tx, String query, long document, List<RejectedRow> rows) {
        long[] total = {0};
        List<RejectedRow> found = tx.sql("select line, reason, count(*) over () as total from (" + query
                        + ") bad order by line limit :limit")
                .param("document", document)
                .param("limit", LISTED)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new RejectedRow(rs.getLong("line"), rs.getString("reason"));
                })
                .list();
        rows.addAll(found);
        return total[0];
    }

    private static RejectedRowsException rejection(long count, CsvStager.Staged staged, List<RejectedRow> rows) {
        List<RejectedRow> sorted = rows.stream()
                .sorted(Comparator.comparingLong(RejectedRow::line))
                .limit(LISTED)
                .toList();
        return new RejectedRowsException(count, staged.rows() + staged.rejectedCount(), sorted);
    }

    /** The latest imports, newest first; with {@code since}, only those after it. */
    public List<ImportLogEntry> recent(int page, int size, OffsetDateTime since) {
        return jdbc.sql("""
                        select i.kind, d.slug as dataset, i.file_name, i.sha256, i.rows, i.inserted, i.updated,
                               i.unchanged, i.elapsed_ms, i.imported_at
                        from bulk_import i
                        left join bulk_dataset d on d.id = i.dataset_id
                        where (cast(:since as timestamptz) is null or i.imported_at > :since)
                        order by i.imported_at desc, i.id desc
                        limit :limit offset :offset
                        """)
                .param("since", since)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ImportLogEntry.class)
                .list();
    }

    public long count(OffsetDateTime since) {
        return jdbc.sql(
                        "select count(*) from bulk_import where (cast(:since as timestamptz) is null or imported_at > :since)")
                .param("since", since)
                .query(Long.class)
                .single();
    }

    private static String datasetSlug(String dataset) {
        if (dataset == null || dataset.isBlank()) {
            return DEFAULT_DATASET;
        }
        String slug = dataset.strip();
        if (!DATASET.matcher(slug).matches()) {
            throw new InvalidInputException(
                    "dataset", "must be 1-63 lowercase letters, digits or '-', starting with a letter or digit");
        }
        return slug;
    }

    /** A printable file name for the log and the dataset's text: no line breaks, at most 100 characters. */
    private static String fileName(String fileName, BulkImportKind kind) {
        if (fileName == null || fileName.isBlank()) {
            return kind.path() + ".csv";
        }
        StringBuilder clean = new StringBuilder();
        fileName.strip().codePoints().limit(100).forEach(c -> {
            boolean plain = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' ';
            clean.append(plain && Character.isBmpCodePoint(c) ? (char) c : '_');
        });
        return clean.toString();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
