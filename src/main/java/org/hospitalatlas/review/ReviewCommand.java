package org.hospitalatlas.review;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A review as a person sends it: the state, why, and for a correction the fields it corrects (which fields apply
 * depends on the kind of fact). Also the request body's schema in the OpenAPI document.
 */
@Schema(
        description = "A review of one fact. value, unit, year and hospital only with state=corrected, and only those"
                + " the kind of fact has: indicator-values value, unit, year, hospital; reform-pilots year, hospital; consortia"
                + " year (of establishment); consortium-members hospital.")
public record ReviewCommand(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"confirmed", "rejected", "corrected"},
                example = "corrected")
        String state,

        @Schema(
                description = "Why; required to reject or correct, optional to confirm; at most " + MAX_REASON
                        + " characters",
                example = "the report gives 1,800 beds; 1,080 was a misreading")
        String reason,

        @Schema(
                description = "The corrected figure, in unit (default: the indicator's catalogue unit)",
                example = "1800")
        BigDecimal value,

        @Schema(
                description = "The unit of value: the indicator's catalogue unit, or it with 万 or 亿 before it"
                        + " (万CNY, 亿CNY, 万visits …; for CNY also 元, 万元, 亿元)",
                example = "beds")
        String unit,

        @Schema(
                description = "The corrected year (of the figure or pilot, or of a consortium's establishment)",
                example = "2021")
        Integer year,

        @Schema(
                description = "The slug of the hospital the fact belongs to",
                example = "chen-zhou-shi-di-yi-ren-min-yi-yuan")
        String hospital) {

    static final int MAX_REASON = 500;
    static final String STATE = "state";
    static final String REASON = "reason";
    static final String VALUE = "value";
    static final String UNIT = "unit";
    static final String YEAR = "year";
    static final String HOSPITAL = "hospital";
}
