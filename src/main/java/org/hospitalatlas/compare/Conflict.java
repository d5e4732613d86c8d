package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.indicator.ConflictingFigure;

/**
 * Documents that disagree on one hospital's indicator in one year: the figure comparisons show and the others, every
 * one with its quote. Figures equal to the one shown are not listed.
 */
record Conflict(
        HospitalLabel hospital,
        @Schema(example = "beds_open") String indicator,
        @Schema(example = "2021") int year,
        @Schema(example = "level") String kind,

        @Schema(
                description = "The figure compare, matrix and series show: the newest publication, then the most"
                        + " confident")
        ConflictingFigure chosen,

        @Schema(description = "The figures that differ from it, in the order of the choice")
        List<ConflictingFigure> others) {}
