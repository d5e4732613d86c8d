package org.hospitalatlas.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hospitalatlas.shared.BusyException;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.RejectedRowsException;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * One CSV file's load inside the import's transaction: {@code COPY} into the staging table, the set-based checks,
 * and — only when no row is bad — the write, then the import log's entry. A bad file throws the rejection listing
 * its bad rows (the first {@value BulkImporter#LISTED} by line, and how many in all); the caller's transaction then
 * rolls everything back.
 */
final class BulkLoad {

    private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);

    /** Deadlock lost, serialization failure, lock not available: the same request may succeed when sent again. */
    private static final Set<String> BUSY_STATES = Set.of("40P01", "40001", "55P03");

    static final String METHOD_UPSERT = "upsert";
    static final String METHOD_INSERT = "insert";
    static final String METHOD_PARTITION = "partition";

    private final BulkImportRepository imports;
    private final ImportLog importLog;
    private final CsvStager stager;
    private final long partitionMinRows;
    private final long lockTimeoutMs;

    BulkLoad(
            BulkImportRepository imports,
            ImportLog importLog,
            CsvStager stager,
            long partitionMinRows,
            long lockTimeoutMs) {
        this.imports = imports;
        this.importLog = importLog;
        this.stager = stager;
        this.partitionMinRows = partitionMinRows;
        this.lockTimeoutMs = lockTimeoutMs;
    }

    /** What the write did, and how: {@value #METHOD_UPSERT}, {@value #METHOD_INSERT} or {@value #METHOD_PARTITION}. */
    private record Written(long inserted, long updated, String method) {}

    /**
     * How the file is written. {@code document}: the dataset's document, -1 before its first load. A first load of a
     * format whose insert leaves out every row the checks would refuse and the database would not
     * ({@link CsvFormat#rows()}) is written first and checked only if it fails or leaves rows out: a good file, the
     * usual case, is read once less.
     */
    private record Plan(long document, boolean partitionSized, boolean firstLoad, boolean checkAfterwards) {}

    /**
     * Loads the file into {@code dataset} (null for hospitals) and logs it; answers the report without the totals
     * the caller adds after the commit. {@code started} is when the import began ({@link System#nanoTime()}).
     */
    ImportReport run(BulkImportKind kind, InputStream csv, String file, String dataset, long started) {
        CsvFormat format = kind.format();
        imports.beginLoad("bulk-import:" + (dataset == null ? kind.path() : "dataset:" + dataset));
        CsvStager.Staged staged = stage(format, csv);
        long copied = System.nanoTime();
        imports.analyzeStage();
        Plan plan = plan(format, dataset, staged);
        if (!plan.checkAfterwards()) {
            check(format, staged, plan.document());
        }
        long checked = System.nanoTime();
        boolean ownPartition = plan.partitionSized()
                && plan.firstLoad()
                && (plan.document() < 0 || !imports.partitionExists(format.table(), plan.document()));
        DatasetDocument.Label label = dataset == null
                ? null
                : DatasetDocument.label(imports, dataset, kind, file, staged.sha256(), staged.rows(), staged.header());
        Long datasetId = label == null ? null : label.datasetId();
        OffsetDateTime before = importLog.lastImportOf(kind, staged.sha256(), datasetId);

        Written counts = write(format, label, staged, plan.firstLoad(), ownPartition, plan.checkAfterwards());
        long written = System.nanoTime();
        long unchanged = staged.rows() - counts.inserted() - counts.updated();
        importLog.record(new CsvLoads.LoggedImport(
                kind.path(),
                datasetId,
                file,
                staged.sha256(),
                staged.rows(),
                counts.inserted(),
                counts.updated(),
                unchanged,
                label == null ? null : label.start(),
                label == null ? null : label.end(),
                (System.nanoTime() - started) / 1_000_000));
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

    private CsvStager.Staged stage(CsvFormat format, InputStream csv) {
        try {
            return imports.stage(stager, format, csv);
        } catch (CsvStager.CopyFailed failed) {
            throw new RejectedRowsException(failed.rejectedCount, failed.rows + failed.rejectedCount, failed.rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("bulk import could not read the file", e);
        }
    }

    /** Takes the fact tables' lock and decides how the file is written; see {@link Plan}. */
    private Plan plan(CsvFormat format, String dataset, CsvStager.Staged staged) {
        long document = dataset == null
                ? -1
                : DatasetDocument.existingDocument(imports, dataset).orElse(-1L);
        // the locks before any read of the tables they cover (FactTables): a file large enough for a partition of
        // its own takes the stronger one that adding foreign keys and attaching need
        boolean partitionSized = format.rows() != null && dataset != null && staged.rows() >= partitionMinRows;
        lockTables(partitionSized);
        boolean firstLoad = format.insertOnly() != null
                && dataset != null
                && (document < 0 || imports.hasNoRows(format.table(), document));
        boolean checkAfterwards = firstLoad && format.rows() != null && staged.rejectedCount() == 0;
        return new Plan(document, partitionSized, firstLoad, checkAfterwards);
    }

    /**
     * The write, under a savepoint: if it trips on a key repeated in the file (PostgreSQL will not change a row
     * twice in one statement, nor build a unique index over it) the repeated rows are looked up and reported; any
     * other refusal is reported whole. A dataset with no rows yet is inserted without conflict checks, and when
     * the file is large and the table partitioned by document, into a partition of its own.
     */
    private Written write(
            CsvFormat format,
            DatasetDocument.Label label,
            CsvStager.Staged staged,
            boolean firstLoad,
            boolean ownPartition,
            boolean checkAfterwards) {
        Savepoint savepoint = imports.savepoint();
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
                long rows = imports.loadPartition(
                        format.table(), document, format.rows(), format.partitionSummary(), params);
                written = new Written(rows, 0, METHOD_PARTITION);
            } else if (firstLoad) {
                written = new Written(imports.insert(format.insertOnly(), params), 0, METHOD_INSERT);
            } else {
                CsvLoads.Upserted upserted = imports.upsert(format.upsert(), params);
                written = new Written(upserted.inserted(), upserted.updated(), METHOD_UPSERT);
            }
            if (checkAfterwards && written.inserted() != staged.rows()) {
                // rows left out: the checks say which and why
                imports.rollbackTo(savepoint);
                check(format, staged, document);
                throw new IllegalStateException(
                        "the insert left out " + (staged.rows() - written.inserted()) + " rows the checks accept");
            }
            imports.release(savepoint);
            return written;
        } catch (DataAccessException e) {
            imports.rollbackTo(savepoint);
            throw refusal(e, format, staged, document, checkAfterwards);
        }
    }

    /** Why the database refused the write: busy, the file's repeated keys or bad rows, or the file as a whole. */
    private RuntimeException refusal(
            DataAccessException e, CsvFormat format, CsvStager.Staged staged, long document, boolean checkAfterwards) {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
        if (BUSY_STATES.contains(state)) {
            log.warn(
                    "Bulk import gave way to another write: {}",
                    e.getMostSpecificCause().getMessage());
            return new BusyException(
                    "file",
                    "another write held what this import needs (SQLSTATE " + state
                            + "); nothing was imported, send the file again");
        }
        if (checkAfterwards) {
            check(format, staged, document);
        }
        List<RejectedRow> duplicates = new ArrayList<>();
        long count = 0;
        if ("21000".equals(state) || "23505".equals(state)) {
            count = collect(format.duplicateRows(), document, duplicates);
        }
        if (count > 0) {
            return rejection(count, staged, duplicates);
        }
        log.warn("Bulk import refused by the database", e);
        return new InvalidInputException(
                "file", "the database refused the file as a whole (SQLSTATE " + state + "); nothing was imported");
    }

    /**
     * The set-based checks: throws the rejection listing every bad row (and, for formats that look for them
     * first, every repeated key) with the rows refused while staging; returns if there are none.
     */
    private void check(CsvFormat format, CsvStager.Staged staged, long document) {
        List<RejectedRow> rejected = new ArrayList<>(staged.rejected());
        long rejectedCount = staged.rejectedCount();
        rejectedCount += collect(format.rejectedRows(), document, rejected);
        if (rejectedCount == 0 && format.duplicatesFirst()) {
            rejectedCount += collect(format.duplicateRows(), document, rejected);
        }
        if (rejectedCount > 0) {
            throw rejection(rejectedCount, staged, rejected);
        }
    }

    /** {@code FactTables}' lock, or a busy answer if other writes hold the tables longer than the timeout. */
    private void lockTables(boolean forPartition) {
        try {
            imports.lockFactTables(forPartition, lockTimeoutMs);
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && BUSY_STATES.contains(sql.getSQLState())) {
                throw new BusyException(
                        "file",
                        "other writes kept the tables this import writes busy for " + lockTimeoutMs
                                + " ms; nothing was imported, send the file again");
            }
            throw e;
        }
    }

    /** Adds the rows the query names to {@code rows} (up to {@value BulkImporter#LISTED}); returns how many there are. */
    private long collect(String query, long document, List<RejectedRow> rows) {
        CsvLoads.Found found = imports.rejectedRows(query, document, BulkImporter.LISTED);
        rows.addAll(found.rows());
        return found.total();
    }

    private static RejectedRowsException rejection(long count, CsvStager.Staged staged, List<RejectedRow> rows) {
        List<RejectedRow> sorted = rows.stream()
                .sorted(Comparator.comparingLong(RejectedRow::line))
                .limit(BulkImporter.LISTED)
                .toList();
        return new RejectedRowsException(count, staged.rows() + staged.rejectedCount(), sorted);
    }
}
