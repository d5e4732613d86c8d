package org.hospitalatlas.review;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The fact after a review, and whether the review changed it: the same review again changes nothing and is not
 * recorded again ({@code recorded} false).
 */
public record ReviewOutcome(
        ReviewedFact fact, @Schema(example = "true") boolean recorded) {}
