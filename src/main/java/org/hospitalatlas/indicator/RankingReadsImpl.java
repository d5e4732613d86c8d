package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.shared.Numbers;
import org.hospitalatlas.shared.ProvinceFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link RankingReads}: ranked on ids, values and slugs alone, the peer group's size and median aggregated once beside
 * one window (percentile is percent_rank from them); labels and evidence are read for the page's rows only. Which
 * figures are read depends on what the ranking asks ({@link Path}): a ranking of every hospital in index order by
 * {@link RankingReadsIndexed}, a peer group's latest figures from V070's summary, and the rest from the figures
 * themselves.
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
    private final RankingReadsIndexed indexed;

    RankingReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.indexed = new RankingReadsIndexed(jdbc);
    }

    /**
     * Where a ranking is read from: the cheapest source that holds everything it asks for. The writers keep the choice
     * among documents (V070: each hospital's latest chosen figure; V090: each year's), for the facts that count with
     * no confidence or review filter.
     */
    enum Path {
        /**
         * In value order from the summaries' indexes ({@link RankingReadsIndexed}), nothing sorted: a stored code in
         * one year or each hospital's latest year, no confidence or review filter, every hospital.
         */
        INDEX_ORDER,
        /**
         * Each hospital's latest figure as V070 keeps it ({@link MetricHeadSql#LATEST_METRIC_IDS}), ranked by the
         * general statement: {@code year=latest} with a province, level or category, which the indexes do not hold
         * (the hospital register is joined and the peer group sorted).
         */
        CHOSEN,
        /**
         * The figures themselves, choosing among documents per hospital and year (the general statement): a derived
         * ratio (its value is no stored figure), a lowest confidence or review=confirmed (the kept choice is made
         * without them), a span of years other than one year or every year, and one year with a province, level or
         * category. The last could read the year summary's rows instead, but a transaction that writes figures and
         * then ranks them before it commits (the repository tests' rolled-back fixtures) would not see them there:
         * the summaries are refreshed at commit.
         */
        FACTS
    }

    static Path path(RankingQuery query) {
        MetricValues.Scope scope = query.scope();
        boolean oneYear = !query.eachLatest() && scope.fromYear() == scope.toYear();
        boolean everyYear = query.eachLatest()
                && scope.fromYear() <= MetricValues.FIRST_YEAR
                && scope.toYear() >= MetricValues.LAST_YEAR;
        if (!scope.plain() || scope.codes().size() != 1 || !MetricSql.summarised(scope) || !(oneYear || everyYear)) {
            return Path.FACTS;
        }
        PeerFilter peers = query.peers();
        boolean anyHospital = peers.province() == null && peers.level() == null && peers.category() == null;
        if (anyHospital) {
            return Path.INDEX_ORDER;
        }
        return query.eachLatest() ? Path.CHOSEN : Path.FACTS;
    }

    @Override
    public MetricRanking rankedPage(RankingQuery query) {
        if (path(query) == Path.INDEX_ORDER) {
            return indexed.rankedPage(query);
        }
        String source = source(query);
        String sql = head(query)
                + PAGE.formatted(
                        source,
                        query.descending() ? "p.value desc" : "p.value asc",
                        MEDIAN,
                        MetricSql.labelColumns("hl"),
                        MetricEvidenceSql.EVIDENCE_COLUMNS,
                        MetricEvidenceSql.EVIDENCE_JOINS);
        return RankingReadsImpl.rankedRows(bind(jdbc.sql(sql), query), query);
    }

    /**
     * A ranking page's rows from a statement of either path: each row carries its rank and percentile, and every row
     * the peer group's size and median (an empty page leaves them 0 and null).
     */
    static MetricRanking rankedRows(JdbcClient.StatementSpec statement, RankingQuery query) {
        long[] peerCount = {0};
        BigDecimal[] median = {null};
        List<RankedMetric> page = statement
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
        if (path(query) == Path.INDEX_ORDER) {
            return indexed.peerGroup(query);
        }
        return bind(
                        jdbc.sql(head(query) + "select count(*) as n, " + MEDIAN + " as median from " + source(query)
                                + " q"),
                        query)
                .query((rs, row) -> new MetricRanking(List.of(), rs.getLong("n"), rs.getBigDecimal("median")))
                .single();
    }

    private static String head(RankingQuery query) {
        if (path(query) == Path.CHOSEN) {
            return MetricHeadSql.LATEST_METRIC_IDS + PEER;
        }
        return MetricHeadSql.metric(query.scope().plain(), MetricHeadSql.Carry.IDS)
                + PEER
                + (query.eachLatest() ? EACH_LATEST : "");
    }

    /** The relation ranked: each hospital's latest figure picked from every year's, or the peer group as read. */
    private static String source(RankingQuery query) {
        return query.eachLatest() && path(query) == Path.FACTS ? "latest" : "peer";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, RankingQuery query) {
        PeerFilter peers = query.peers();
        return MetricSql.bind(statement, query.scope())
                .param("province", ProvinceFilter.bound(peers.province()))
                .param("level", peers.level())
                .param("category", peers.category());
    }
}
