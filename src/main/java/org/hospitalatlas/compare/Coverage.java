package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;

/**
 * Which hospital × indicator × year cells have a level figure (targets excluded): a summary per
 * indicator, then one item per hospital and indicator listing its years, paged.
 */
record Coverage(
        List<IndicatorCoverage> indicators, List<Cell> items, int page, int size, long totalItems, int totalPages) {

    /** How many hospitals have an indicator at all, and in each year. */
    public record IndicatorCoverage(
            @Schema(example = "beds_open") String indicator,
            boolean derived,
            @Schema(example = "5") int hospitalCount,
            List<YearCount> years) {}

    /** Hospitals with a figure in one year. */
    public record YearCount(
            @Schema(example = "2021") int year,
            @Schema(example = "3") int hospitalCount) {}

    /** The years one hospital has figures for one indicator. */
    public record Cell(
            HospitalLabel hospital,
            @Schema(example = "beds_open") String indicator,
            @Schema(example = "[2020, 2021]") List<Integer> years,
            @Schema(example = "2021") int latestYear) {}
}
