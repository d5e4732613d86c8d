package org.hospitalatlas.bulk;

/**
 * Published after a bulk import committed changes, for whoever caches what it changed. {@code dataset} is null
 * for the hospital register.
 */
public record BulkImportCompleted(BulkImportKind kind, String dataset, long inserted, long updated) {}
