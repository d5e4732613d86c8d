package org.hospitalatlas.indicator;

/**
 * A ranking to read: the figures (one code, every hospital), the peer group, whether each hospital's own latest year
 * is ranked (the scope then spans every year), the direction (rank 1 the highest value when {@code descending}) and
 * the page.
 */
public record RankingQuery(
        MetricValues.Scope scope, PeerFilter peers, boolean eachLatest, boolean descending, int page, int size) {

    long offset() {
        return (long) page * size;
    }
}
