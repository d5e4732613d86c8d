package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** The record of a withdrawn document: what it was, who withdrew it and when, and what went with it. */
public record WithdrawnDocument(
        @Schema(example = "doc-3f2a9c0d1e4b5a67") String slug,
        String title,
        String sha256,
        OffsetDateTime importedAt,
        OffsetDateTime withdrawnAt,

        @Schema(description = "Name of the API key the withdrawal came with", example = "default")
        String withdrawnBy,

        Removed removed,

        @Schema(
                description = "Consortia this document named first that another document names too: kept, now on"
                        + " that document's evidence")
        int consortiaKept) {

    /** How many of each went with the document; hospitals are those only it named. */
    public record Removed(
            int indicatorValues,
            int reformPilots,
            int consortia,
            int consortiumMembers,
            int hospitalMentions,
            int hospitals) {}
}
