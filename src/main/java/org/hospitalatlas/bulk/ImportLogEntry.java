package org.hospitalatlas.bulk;

import java.time.OffsetDateTime;

/** One accepted bulk import, as the import log lists it. */
public record ImportLogEntry(
        String kind,
        String dataset,
        String fileName,
        String sha256,
        long rows,
        long inserted,
        long updated,
        long unchanged,
        long elapsedMs,
        OffsetDateTime importedAt) {}
