package org.hospitalatlas.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/** One review of a fact: what it did, who (the API key's name), when and why, and the fact before and after it. */
public record ReviewEntry(
        @Schema(example = "7") long id,

        @Schema(
                allowableValues = {"confirmed", "rejected", "corrected"},
                example = "corrected")
        String state,

        @Schema(example = "default") String by,
        OffsetDateTime at,
        @Schema(example = "the report gives 1,800 beds") String reason,

        @Schema(
                example = "{\"review\":\"extracted\",\"value\":1080,\"unit\":\"beds\",\"year\":2021,"
                        + "\"hospital\":\"chen-zhou-shi-di-yi-ren-min-yi-yuan\"}")
        Map<String, Object> before,

        @Schema(
                example = "{\"review\":\"corrected\",\"value\":1800,\"unit\":\"beds\",\"year\":2021,"
                        + "\"hospital\":\"chen-zhou-shi-di-yi-ren-min-yi-yuan\"}")
        Map<String, Object> after) {}
