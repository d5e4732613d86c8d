package org.hospitalatlas.bulk;

import java.util.Map;

/** A large first load's partition, in the load's transaction: see {@link DatasetPartition} ({@link PartitionWritesImpl}). */
interface PartitionWrites {

    /** Whether the document's partition of {@code table} exists. */
    boolean partitionExists(String table, long documentId);

    /**
     * Creates, fills and attaches the partition of {@code table} for {@code documentId}; answers the rows
     * written. {@code rows} says what to insert, {@code params} are its parameters; {@code summary}, if not null,
     * runs before the attach ({@link CsvFormat#partitionSummary()}).
     */
    long loadPartition(String table, long documentId, CsvFormat.Rows rows, String summary, Map<String, Object> params);
}
