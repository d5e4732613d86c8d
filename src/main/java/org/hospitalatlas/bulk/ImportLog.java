package org.hospitalatlas.bulk;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import log: every accepted import with its file's hash, dataset and counts ({@code GET /api/v1/imports}), an
 * entry added by each load in its own transaction, and when a file was imported before.
 */
@Component
class ImportLog {

    private final BulkImportRepository imports;

    ImportLog(BulkImportRepository imports) {
        this.imports = imports;
    }

    /** The latest imports, newest first; with {@code since}, only those after it. */
    @Transactional(readOnly = true)
    public List<ImportLogEntry> recent(int page, int size, OffsetDateTime since) {
        return imports.recentImports(since, size, (long) page * size);
    }

    /** How many imports the log holds; with {@code since}, after it. */
    @Transactional(readOnly = true)
    public long count(OffsetDateTime since) {
        return since == null ? imports.count() : imports.countByImportedAtAfter(since);
    }

    /** When this file was last imported as this kind into the dataset ({@code null}: hospitals), or null; in the load. */
    OffsetDateTime lastImportOf(BulkImportKind kind, String sha256, Long datasetId) {
        return imports.lastImportOf(kind.path(), sha256, datasetId);
    }

    /** Adds the load's entry, in the load's transaction. */
    void record(CsvLoads.LoggedImport entry) {
        imports.logImport(entry);
    }
}
