package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.shared.Like;
import org.hospitalatlas.shared.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link RankingReads}: ranked on ids, values and slugs alone, the peer group's size and median aggregated once beside
 * one window (percentile is percent_rank from them); labels and evidence are read for the page's rows only.
 */
class RankingReadsImpl implements RankingReads {

    /** The hospitals with a figure, narrowed to the peer group, with the slug that orders ties; follows {@code metric}. */
    private static final String PEER = """
            , peer as (
                select m.*, h.slug
                from metric m
                join hospital h on h.id = m.hospital_id
                where %s
            )
            """.formatted(MetricSql.inPeerGroup("h"));

    /** Each hospital's latest figure in the peer group; follows {@link #PEER}. */
    private static final String EACH_LATEST = """
            , latest as (
                select distinct on (p.hospital_id) p.* from peer p order by p.hospital_id, p.year desc
            )
            """;

    private static final String MEDIAN =
            "round(cast(percentile_cont(0.5) within group (order by q.value) as numeric), 4)";

    /** After a head: the page of {@code %1$s} ranked by {@code %2$s}, with evidence and labels. */
    private static final String PAGE = """
            , stats as (select count(*) as peer_count, %3$s as median from %1$s q),
            ranked as (
                select p.*, rank() over (order by %2$s) as rank
                from %1$s p
                order by rank, p.slug
                limit :limit offset :offset
            )
            select r.*, %4$s,
                   s.peer_count, s.median,
                   round(100 * (1 - case when s.peer_count > 1
                                         then (r.rank - 1) / cast(s.peer_count - 1 as numeric)
                                         else 0 end), 1) as percentile,
                   %5$s
            from ranked r
            cross join stats s
            join hospital hl on hl.id = r.hospital_id
            %6$s
            order by r.rank, r.slug
            """;

    private final JdbcClient jdbc;

    RankingReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MetricRanking rankedPage(RankingQuery query) {
        String source = source(query);
        String sql = head(query)
                + PAGE.formatted(
                        source,
                        query.descending() ? "p.value desc" : "p.value asc",
                        MEDIAN,
                        MetricSql.labelColumns("hl"),
                        MetricSql.EVIDENCE_COLUMNS,
                        MetricSql.EVIDENCE_JOINS);
        long[] peerCount = {0};
        BigDecimal[] median = {null};
        List<RankedMetric> page = bind(jdbc.sql(sql), query)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query((rs, row) -> {
                    peerCount[0] = rs.getLong("peer_count");
                    median[0] = rs.getBigDecimal("median");
                    return new RankedMetric(
                            rs.getInt("rank"),
                            Numbers.plain(rs.getBigDecimal("percentile")),
                            MetricRows.label(rs),
                            MetricRows.read(rs));
                })
                .list();
        return new MetricRanking(page, peerCount[0], median[0]);
    }

    @Override
    public MetricRanking peerGroup(RankingQuery query) {
        return bind(
                        jdbc.sql(head(query) + "select count(*) as n, " + MEDIAN + " as median from " + source(query)
                                + " q"),
                        query)
                .query((rs, row) -> new MetricRanking(List.of(), rs.getLong("n"), rs.getBigDecimal("median")))
                .single();
    }

    private static String head(RankingQuery query) {
        if (fromSummary(query)) {
            return MetricSql.LATEST_METRIC_IDS + PEER;
        }
        return MetricSql.metric(query.scope().plain(), MetricSql.Carry.IDS)
                + PEER
                + (query.eachLatest() ? EACH_LATEST : "");
    }

    private static String source(RankingQuery query) {
        return query.eachLatest() && !fromSummary(query) ? "latest" : "peer";
    }

    /** Each hospital's own latest year of a stored code over every year, with no filter the summary cannot serve. */
    private static boolean fromSummary(RankingQuery query) {
        MetricValues.Scope scope = query.scope();
        return query.eachLatest()
                && scope.plain()
                && scope.fromYear() <= MetricValues.FIRST_YEAR
                && scope.toYear() >= MetricValues.LAST_YEAR
                && MetricSql.summarised(scope);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, RankingQuery query) {
        PeerFilter peers = query.peers();
        return MetricSql.bind(statement, query.scope())
                .param("province", peers.province() == null ? null : Like.escape(peers.province()))
                .param("level", peers.level())
                .param("category", peers.category());
    }
}
