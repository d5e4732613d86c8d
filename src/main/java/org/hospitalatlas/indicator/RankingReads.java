package org.hospitalatlas.indicator;

/** A ranking of hospitals on one code: a fragment of {@link IndicatorValueRepository}. */
interface RankingReads {

    /** The page asked for, with the peer group's size and median (zero and null when the page is empty). */
    MetricRanking rankedPage(RankingQuery query);

    /** Only the peer group's size and median, for a page beyond its end. */
    MetricRanking peerGroup(RankingQuery query);
}
