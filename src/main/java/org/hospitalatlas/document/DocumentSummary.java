package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored document and how many facts were read from it. */
public record DocumentSummary(
        @Schema(example = "000_dbe0950c11f56caa") String slug,
        String title,
        String publisher,
        LocalDate publishedOn,
        String originUrl,
        String sha256,
        OffsetDateTime importedAt,

        @Schema(
                example = "imported",
                allowableValues = {"imported", "failed"})
        String status,

        String failure,
        Counts counts,
        List<HospitalMention> hospitals) {

    public record Counts(int hospitals, int indicators, int pilots, int consortia) {}

    public record HospitalMention(String slug, String name, boolean main) {}
}
