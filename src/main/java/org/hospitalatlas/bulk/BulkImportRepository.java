package org.hospitalatlas.bulk;

import java.time.OffsetDateTime;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The bulk import's data: the import log as an entity for its counts, and the hand-written SQL in fragments —
 * {@link BulkImportReads} (the log's listing and a file's earlier import), {@link CsvLoads} (one load's transaction:
 * {@code COPY} staging, set-based checks and upserts), {@link DatasetWrites} (a dataset's document) and
 * {@link PartitionWrites} (a large first load's partition).
 */
interface BulkImportRepository
        extends JpaRepository<BulkImport, Long>, BulkImportReads, CsvLoads, DatasetWrites, PartitionWrites {

    long countByImportedAtAfter(OffsetDateTime since);
}
