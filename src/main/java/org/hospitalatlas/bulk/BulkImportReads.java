package org.hospitalatlas.bulk;

import java.time.OffsetDateTime;
import java.util.List;

/** The import log's reads ({@link BulkImportReadsImpl}). */
interface BulkImportReads {

    /** The accepted imports after {@code since} (every one when null), newest first: one page. */
    List<ImportLogEntry> recentImports(OffsetDateTime since, int limit, long offset);

    /** When this file (by its hash) was last imported as this kind into this dataset (null: hospitals), or null. */
    OffsetDateTime lastImportOf(String kind, String sha256, Long datasetId);
}
