package org.hospitalatlas.bulk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * What a bulk import did. {@code inserted + updated + unchanged = rows}; a second import of the same file
 * answers {@code status: unchanged} with every row unchanged and {@code sameFileImportedAt} set.
 */
public record ImportReport(
        @Schema(example = "indicator-values") String kind,

        @Schema(description = "the dataset the facts belong to; null for hospitals", example = "synthetic")
        String dataset,

        @Schema(description = "the source document the facts cite; null for hospitals", example = "import-synthetic")
        String document,

        @Schema(example = "indicator_values.csv") String file,
        String sha256,

        @Schema(description = "data rows in the file (blank lines not counted)")
        long rows,

        long inserted,
        long updated,
        long unchanged,
        @Schema(allowableValues = {"imported", "unchanged"}) String status,

        @Schema(
                description = "how the rows were written: upsert (the dataset had rows), insert (its first rows),"
                        + " partition (a large first load, written into a partition of its own and attached)",
                allowableValues = {"upsert", "insert", "partition"})
        String method,

        @Schema(description = "when this same file (by SHA-256) was last imported before, if it was")
        OffsetDateTime sameFileImportedAt,

        long elapsedMs,
        long rowsPerSecond,
        Timings timings) {

    /** Where the time went: COPY into the staging table, the checks, the upsert, and ANALYZE after commit. */
    public record Timings(long copyMs, long checkMs, long writeMs, long analyzeMs) {}
}
