package org.hospitalatlas.indicator;

import org.hospitalatlas.hospital.HospitalLabel;

/**
 * One figure of a disagreement (a hospital, code, year and kind with more than one value among the figures that
 * count): {@code rank} 1 is the figure comparisons choose, the others follow in the order of the choice.
 */
public record DisputedFigure(
        long hospitalId,
        HospitalLabel hospital,
        String indicator,
        int year,
        String kind,
        int rank,
        ConflictingFigure figure) {}
