package org.hospitalatlas.indicator;

import org.springframework.stereotype.Service;

/** Ranks every hospital of a peer group on one indicator, catalogue or derived: the read rankings are built on. */
@Service
public class MetricRankings {

    private final IndicatorValueRepository repository;

    MetricRankings(IndicatorValueRepository repository) {
        this.repository = repository;
    }

    /** The page asked for, with the peer group's size and median (also for a page beyond the group's end). */
    public MetricRanking rank(RankingQuery query) {
        MetricRanking ranking = repository.rankedPage(query);
        if (!ranking.page().isEmpty() || query.page() == 0) {
            return ranking;
        }
        return repository.peerGroup(query);
    }
}
