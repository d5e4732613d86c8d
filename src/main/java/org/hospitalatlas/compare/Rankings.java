package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricValue;
import org.hospitalatlas.indicator.MetricValues;
import org.hospitalatlas.shared.Like;
import org.hospitalatlas.shared.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranks a peer group of hospitals on one indicator, catalogue or derived. */
@Service
class Rankings {

    /** The hospitals with a figure, narrowed to the peer group; follows a head ending in {@code metric}. */
    private static final String PEER = """
            , peer as (
                select m.*, h.slug, h.name_zh as name, h.province, h.city, h.level, h.category
                from metric m
                join hospital h on h.id = m.hospital_id
                where (cast(:province as text) is null or h.province like :province || '%' escape '\\')
                  and (cast(:level as text) is null or h.level = :level)
                  and (cast(:category as text) is null or h.category = :category)
            )
            """;

    /** {@link #PEER} with the slug alone, which orders ties; the rest of the label is read for the page shown. */
    private static final String PEER_SLUGS = """
            , peer as (
                select m.*, h.slug
                from metric m
                join hospital h on h.id = m.hospital_id
                where (cast(:province as text) is null or h.province like :province || '%' escape '\\')
                  and (cast(:level as text) is null or h.level = :level)
                  and (cast(:category as text) is null or h.category = :category)
            )
            """;

    /** Each hospital's latest figure in the peer group; follows {@link #PEER}. */
    private static final String EACH_LATEST = """
            , latest as (
                select distinct on (p.hospital_id) p.* from peer p order by p.hospital_id, p.year desc
            )
            """;

    private static final String STATS =
            "round(cast(percentile_cont(0.5) within group (order by q.value) as numeric), 4)";

    /** A ranked hospital with the peer group's size and median, which every row of the page carries. */
    private record RankedRow(RankedValue value, long peerCount, BigDecimal median) {}

    private final MetricCatalogue metrics;
    private final JdbcClient jdbc;

    Rankings(MetricCatalogue metrics, JdbcClient jdbc) {
        this.metrics = metrics;
        this.jdbc = jdbc;
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
        // ranked on ids, values and slugs alone, the peer group's size and median aggregated once beside one window
        // (percentile is percent_rank from them); labels and evidence are read for the page's rows only
        String head = scope.metricIds() + PEER_SLUGS + (request.eachLatest() ? EACH_LATEST : "");
        String source = request.eachLatest() ? "latest" : "peer";
        List<RankedRow> rows = bind(
                        jdbc.sql(head
                                + """
                                , stats as (select count(*) as peer_count, %s as median from %s q),
                                ranked as (
                                    select p.*, rank() over (order by %s) as rank
                                    from %s p
                                    order by rank, p.slug
                                    limit :limit offset :offset
                                )
                                select r.*, hl.name_zh as name, hl.province, hl.city, hl.level, hl.category,
                                       s.peer_count, s.median,
                                       round(100 * (1 - case when s.peer_count > 1
                                                             then (r.rank - 1) / cast(s.peer_count - 1 as numeric)
                                                             else 0 end), 1) as percentile,
                                       %s
                                from ranked r
                                cross join stats s
                                join hospital hl on hl.id = r.hospital_id
                                %s
                                order by r.rank, r.slug
                                """.formatted(
                                                STATS,
                                                source,
                                                order.orderBy(),
                                                source,
                                                MetricValues.EVIDENCE,
                                                MetricValues.EVIDENCE_JOINS)),
                        scope,
                        request)
                .param("limit", request.size())
                .param("offset", (long) request.page() * request.size())
                .query((rs, row) -> {
                    MetricValue value = MetricValues.read(rs);
                    RankedValue ranked = new RankedValue(
                            rs.getInt("rank"),
                            Numbers.plain(rs.getBigDecimal("percentile")),
                            HospitalLabels.label(rs),
                            value.year(),
                            value.value(),
                            unit,
                            value.qualifier(),
                            value.evidence());
                    return new RankedRow(ranked, rs.getLong("peer_count"), rs.getBigDecimal("median"));
                })
                .list();
        PeerGroup peers = rows.isEmpty()
                ? statsOnly(head, source, scope, request)
                : peerGroup(request, rows.get(0).peerCount(), rows.get(0).median());
        List<RankedValue> items = rows.stream().map(RankedRow::value).toList();
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

    /** The peer group's size and median when the page asked for lies beyond its end. */
    private PeerGroup statsOnly(String head, String ranked, MetricValues.Scope scope, RankingRequest request) {
        if (request.page() == 0) {
            return peerGroup(request, 0, null);
        }
        return bind(
                        jdbc.sql(head + "select count(*) as n, " + STATS + " as median from " + ranked + " q"),
                        scope,
                        request)
                .query((rs, row) -> peerGroup(request, rs.getLong("n"), rs.getBigDecimal("median")))
                .single();
    }

    private static PeerGroup peerGroup(RankingRequest request, long count, BigDecimal median) {
        return new PeerGroup(request.province(), request.level(), request.category(), count, Numbers.plain(median));
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, MetricValues.Scope scope, RankingRequest request) {
        return MetricValues.bind(statement, scope)
                .param("province", request.province() == null ? null : Like.escape(request.province()))
                .param("level", request.level())
                .param("category", request.category());
    }

    private static String name(RankingOrder order) {
        return order.name().toLowerCase(Locale.ROOT);
    }
}
