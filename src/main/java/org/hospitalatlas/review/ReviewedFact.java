package org.hospitalatlas.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One fact as it stands, with its review state and evidence: the fields of its kind are set, the others null
 * (indicator, valueKind, value, unit, qualifier for indicator values; designation for pilots; consortium, and role for
 * memberships).
 */
public record ReviewedFact(
        @Schema(example = "indicator-values") String kind,
        @Schema(example = "42") long id,

        @Schema(
                allowableValues = {"extracted", "confirmed", "rejected", "corrected"},
                example = "corrected")
        String review,

        @Schema(example = "default") String reviewedBy,
        OffsetDateTime reviewedAt,
        @Schema(example = "000_dbe0950c11f56caa") String document,
        @Schema(example = "212") int start,
        @Schema(example = "224") int end,
        @Schema(example = "实际开放床位1800张") String quote,
        @Schema(example = "0.9") BigDecimal confidence,

        @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan")
        String hospital,

        @Schema(example = "郴州市第一人民医院") String hospitalName,
        @Schema(example = "beds_open") String indicator,
        @Schema(example = "level") String valueKind,
        @Schema(example = "2021") Integer year,
        @Schema(example = "1800") BigDecimal value,
        @Schema(example = "beds") String unit,
        @Schema(example = "exact") String qualifier,
        String designation,
        String consortium,
        String role,
        boolean target) {}
