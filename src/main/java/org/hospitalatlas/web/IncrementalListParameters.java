package org.hospitalatlas.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query of a paged list that takes no filter but {@value QueryParameters#UPDATED_SINCE}, so that a client can
 * keep a copy in step: {@code GET /api/v1/documents} and {@code GET /api/v1/imports}.
 */
public record IncrementalListParameters(
        @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(type = "integer", defaultValue = "0"))
        @Paging.PageNumber
        Integer page,

        @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(type = "integer", defaultValue = "20"))
        @Paging.PageSize
        Integer size,

        @Parameter(
                name = QueryParameters.UPDATED_SINCE,
                description = QueryParameters.UPDATED_SINCE_DESCRIPTION,
                example = "2024-05-01T08:00:00Z")
        @BindParam(QueryParameters.UPDATED_SINCE)
        UpdatedSince updatedSince) {

    /** The page asked for, 0 when absent. */
    public int chosenPage() {
        return Paging.page(page);
    }

    /** The size asked for, {@value QueryParameters#DEFAULT_SIZE} when absent. */
    public int chosenSize() {
        return Paging.size(size);
    }

    /** The instant asked for, null for everything. */
    public OffsetDateTime since() {
        return UpdatedSince.instantOf(updatedSince);
    }
}
