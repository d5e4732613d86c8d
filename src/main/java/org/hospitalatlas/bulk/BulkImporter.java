package org.hospitalatlas.bulk;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.hospitalatlas.shared.BusyException;
import org.hospitalatlas.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads CSV files into PostgreSQL, all or nothing, in one transaction of their own ({@link BulkLoad}): {@code COPY}
 * into a temporary staging table, set-based checks in SQL, and — only when no row is bad — one
 * {@code INSERT … SELECT … ON CONFLICT … DO UPDATE}. A bad file changes nothing and is answered with its bad
 * rows (line and reason, the first {@value #LISTED} of them, and how many in all). The same file twice gives
 * the same data: the second time every row is unchanged, as the answer says. After the commit, large loads refresh
 * the planner's statistics; every accepted import is in the {@link ImportLog}.
 */
@Service
public class BulkImporter {

    static final int LISTED = 50;
    private static final Pattern DATASET = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String DEFAULT_DATASET = "default";
    private static final long ANALYZE_AFTER_ROWS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);

    private final BulkImportRepository imports;
    private final ImportLog importLog;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final BulkLoad loads;
    private final MeterRegistry meters;

    BulkImporter(
            BulkImportRepository imports,
            ImportLog importLog,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            @Value("${hospital-atlas.bulk-import.partition-min-rows:50000}") long partitionMinRows,
            @Value("${hospital-atlas.bulk-import.lock-timeout:60s}") Duration lockTimeout,
            MeterRegistry meters) {
        this.imports = imports;
        this.importLog = importLog;
        // its own transaction whatever the caller's: the staging table lives exactly as long as it
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.loads = new BulkLoad(imports, importLog, new CsvStager(LISTED), partitionMinRows, lockTimeout.toMillis());
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
        ImportReport report = ownTransaction.execute(status -> loads.run(kind, csv, file, datasetSlug, started));
        long analyzeMs = refreshStatistics(format, datasetSlug, report);
        ImportReport done = finished(report, millisSince(started), analyzeMs);
        log.info(
                "Bulk import of {} {} ({} rows) into {}: {} inserted, {} updated, {} unchanged in {} ms",
                kind.path(),
                file,
                done.rows(),
                datasetSlug == null ? "the hospital register" : "dataset " + datasetSlug,
                done.inserted(),
                done.updated(),
                done.unchanged(),
                done.elapsedMs());
        if (done.inserted() + done.updated() > 0) {
            events.publishEvent(new BulkImportCompleted(kind, datasetSlug, done.inserted(), done.updated()));
        }
        return done;
    }

    /**
     * After a large load, fresh statistics for the queries that follow, and for a new partition and the summaries
     * kept beside the table the visibility map their covering indexes need for index-only scans; after the commit, so
     * a failure here leaves the import done. Answers the milliseconds it took.
     */
    private long refreshStatistics(CsvFormat format, String dataset, ImportReport report) {
        boolean partition = report.method().equals(BulkLoad.METHOD_PARTITION);
        if (!partition && report.inserted() + report.updated() < ANALYZE_AFTER_ROWS) {
            return 0;
        }
        long started = System.nanoTime();
        imports.refreshStatistics(
                format.table(),
                partition
                        ? DatasetPartition.name(
                                format.table(),
                                DatasetDocument.existingDocument(imports, dataset)
                                        .orElseThrow())
                        : null,
                format.summaryTables());
        return millisSince(started);
    }

    /** The report with the import's total time, its speed and the statistics' time. */
    private static ImportReport finished(ImportReport report, long elapsed, long analyzeMs) {
        return new ImportReport(
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
    }

    /** The latest imports, newest first; with {@code since}, only those after it. */
    public List<ImportLogEntry> recent(int page, int size, OffsetDateTime since) {
        return importLog.recent(page, size, since);
    }

    public long count(OffsetDateTime since) {
        return importLog.count(since);
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
