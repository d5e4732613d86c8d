package org.hospitalatlas.compare;

import java.util.List;
import java.util.Locale;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricRanking;
import org.hospitalatlas.indicator.MetricRankings;
import org.hospitalatlas.indicator.MetricValues;
import org.hospitalatlas.indicator.PeerFilter;
import org.hospitalatlas.indicator.RankingQuery;
import org.hospitalatlas.shared.Numbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranks a peer group of hospitals on one indicator, catalogue or derived. */
@Service
class Rankings {

    private final MetricCatalogue metrics;
    private final MetricRankings rankings;

    Rankings(MetricCatalogue metrics, MetricRankings rankings) {
        this.metrics = metrics;
        this.rankings = rankings;
    }

    @Transactional(readOnly = true)
    public IndicatorRanking rank(RankingRequest request) {
        IndicatorInfo info = metrics.require(request.indicator());
        Comparisons.requireLevelsForDerived(List.of(info), request.kind());
        RankingOrder order = request.order() == null ? RankingOrder.defaultFor(info) : request.order();
        String unit = Comparisons.unitOf(info, request.kind());
        Integer year = request.year();
        MetricValues.Scope scope = (request.eachLatest()
                        ? MetricValues.Scope.of(
                                List.of(info), request.kind(), MetricValues.FIRST_YEAR, MetricValues.LAST_YEAR, null)
                        : MetricValues.Scope.of(List.of(info), request.kind(), year, year, null))
                .atLeast(request.minConfidence())
                .reviewedOnly(request.reviewedOnly());
        MetricRanking ranking = rankings.rank(new RankingQuery(
                scope,
                new PeerFilter(request.province(), request.level(), request.category()),
                request.eachLatest(),
                order == RankingOrder.DESC,
                request.page(),
                request.size()));
        PeerGroup peers = new PeerGroup(
                request.province(),
                request.level(),
                request.category(),
                ranking.peerCount(),
                Numbers.plain(ranking.median()));
        List<RankedValue> items = ranking.page().stream()
                .map(ranked -> new RankedValue(
                        ranked.rank(),
                        ranked.percentile(),
                        ranked.hospital(),
                        ranked.value().year(),
                        ranked.value().value(),
                        unit,
                        ranked.value().qualifier(),
                        ranked.value().evidence()))
                .toList();
        int totalPages = (int) ((peers.count() + request.size() - 1) / request.size());
        return new IndicatorRanking(
                info,
                year,
                request.kind(),
                name(order),
                peers,
                items,
                request.page(),
                request.size(),
                peers.count(),
                totalPages);
    }

    private static String name(RankingOrder order) {
        return order.name().toLowerCase(Locale.ROOT);
    }
}
