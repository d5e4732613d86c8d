package org.hospitalatlas.change;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * One thing added, changed or withdrawn. Facts (indicator values, pilots, consortia, memberships) are named by kind
 * and id with the slugs of their document and hospital; documents, hospitals and consortia by their slug too. A
 * statement that wrote more than 1000 facts of one document (a bulk import) is one entry with its count and no id.
 */
public record Change(
        @Schema(
                allowableValues = {
                    "document",
                    "hospital",
                    "indicator_value",
                    "reform_pilot",
                    "consortium",
                    "consortium_member",
                    "import"
                })
        String entity,

        @Schema(allowableValues = {"added", "changed", "withdrawn"})
        String action,

        @Schema(description = "The row's id; null for a summary of many facts")
        Long id,

        @Schema(description = "The document's, hospital's or consortium's slug; an import's kind")
        String slug,

        @Schema(description = "Slug of the document a fact was read from (or that was added or withdrawn)")
        String document,

        @Schema(description = "Slug of the hospital a fact is about")
        String hospital,

        @Schema(description = "How many things this entry stands for: 1, or a bulk summary's count")
        int count,

        @Schema(description = "Time of the writing transaction")
        OffsetDateTime changedAt) {}
