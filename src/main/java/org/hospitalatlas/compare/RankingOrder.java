package org.hospitalatlas.compare;

import org.hospitalatlas.indicator.IndicatorInfo;

/** Which way a ranking runs: rank 1 is the highest value ({@code DESC}) or the lowest ({@code ASC}). */
enum RankingOrder {
    ASC,
    DESC;

    /** The indicator's own direction: lower-is-better ranks ascending, higher and neutral descending. */
    static RankingOrder defaultFor(IndicatorInfo indicator) {
        return "lower".equals(indicator.better()) ? ASC : DESC;
    }
}
