package org.hospitalatlas.indicator;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The part of {@link RankingReadsImpl} that ranks every hospital on a code, kind and year (or each hospital's latest
 * year) in the order of the summaries' indexes, without choosing among documents or sorting the group (V090:
 * {@code ix_indicator_year_summary_ranking} on each year's chosen figure, {@code ix_indicator_summary_ranking} on each
 * hospital's latest). The peer group's size is an index-only count, its median the one or two values in its middle
 * (an index scan to an offset, then the same {@code percentile_cont} over them, so that the rounding is the same),
 * and the page the rows between its first and last value (ties reach into it from both sides), with the rank
 * counted from the rows above them. Only for a stored code, no confidence or review filter and every hospital
 * ({@link RankingReadsImpl#path}); the answers are those of the general statement, row for row.
 */
final class RankingReadsIndexed {

    /** The figures of one year, as the year summary keeps them (V090). */
    private static final String ONE_YEAR = """
            with figure as not materialized (
                select s.indicator_code as code, s.hospital_id, s.year, s.value, s.qualifier, s.fact_id as n_id,
                       cast(null as bigint) as d_id
                from indicator_year_summary s
                where s.indicator_code in (:codes) and s.year = :fromYear and s.kind = :kind
            )""";

    /** Each hospital's latest figure, as the latest-value summary keeps it (V070). */
    private static final String EACH_LATEST = """
            with figure as not materialized (
                select s.indicator_code as code, s.hospital_id, s.latest_year as year, s.latest_value as value,
                       s.latest_qualifier as qualifier, s.latest_id as n_id, cast(null as bigint) as d_id
                from indicator_summary s
                where s.indicator_code in (:codes) and s.kind = :kind and s.latest_value is not null
            )""";

    /** The group's size and median, as RankingReadsImpl's {@code stats}; follows a head. */
    private static final String STATS = """
            ,
            peer as (select count(*) as peer_count from figure),
            middle as (
                select f.value from figure f
                order by f.value
                offset (select (p.peer_count - 1) / 2 from peer p)
                limit (select 2 - p.peer_count % 2 from peer p)
            ),
            stats as (
                select p.peer_count,
                       (select round(cast(percentile_cont(0.5) within group (order by m.value) as numeric), 4)
                        from middle m) as median
                from peer p
            )
            """;

    /**
     * The page in ranking order ({@code %1$s}: {@code desc} or {@code asc}; {@code %2$s}: "ranks before", {@code >}
     * or {@code <}; {@code %3$s}: its negation), with the labels and evidence; follows {@link #STATS}.
     */
    private static final String PAGE = """
            , edge as (
                select (select f.value from figure f order by f.value %1$s offset :offset limit 1) as first_value,
                       (select f.value from figure f order by f.value %1$s
                        offset (select greatest(least(:offset + :limit, p.peer_count) - 1, 0) from peer p)
                        limit 1) as last_value
            ),
            above as (
                select count(*) as n from figure f cross join edge e where f.value %2$s e.first_value
            ),
            ranked as (
                select f.*, %4$s,
                       a.n + rank() over (order by f.value %1$s) as rank,
                       a.n + row_number() over (order by f.value %1$s, h.slug) as position
                from figure f
                join hospital h on h.id = f.hospital_id
                cross join edge e
                cross join above a
                where f.value %3$s e.first_value and e.last_value %3$s f.value
            )
            select r.code, r.hospital_id, r.year, r.value, r.qualifier, r.rank,
                   r.slug, r.name, r.province, r.city, r.level, r.category,
                   s.peer_count, s.median,
                   round(100 * (1 - case when s.peer_count > 1
                                         then (r.rank - 1) / cast(s.peer_count - 1 as numeric)
                                         else 0 end), 1) as percentile,
                   %5$s
            from ranked r
            cross join stats s
            %6$s
            where r.position > :offset and r.position <= :offset + :limit
            order by r.position
            """;

    private final JdbcClient jdbc;

    RankingReadsIndexed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MetricRanking rankedPage(RankingQuery query) {
        planOnce();
        String sql = head(query)
                + STATS
                + PAGE.formatted(
                        query.descending() ? "desc" : "asc",
                        query.descending() ? ">" : "<",
                        query.descending() ? "<=" : ">=",
                        MetricSql.labelColumns("h"),
                        MetricEvidenceSql.EVIDENCE_COLUMNS,
                        MetricEvidenceSql.EVIDENCE_JOINS);
        return RankingReadsImpl.rankedRows(bind(jdbc.sql(sql), query), query);
    }

    MetricRanking peerGroup(RankingQuery query) {
        planOnce();
        return bind(jdbc.sql(head(query) + STATS + "select s.peer_count, s.median from stats s"), query)
                .query((rs, row) -> new MetricRanking(List.of(), rs.getLong("peer_count"), rs.getBigDecimal("median")))
                .single();
    }

    /**
     * These statements have no optional filter for a custom plan to prune, and their plan is the same for every code,
     * year and page; planning them on every execution (the connections' {@code force_custom_plan}) cost about as much
     * as running them. For this read-only transaction, a prepared statement keeps one generic plan (outside a
     * transaction the setting has no effect, and the plan is made each time, as before).
     */
    private void planOnce() {
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
    }

    private static String head(RankingQuery query) {
        return query.eachLatest() ? EACH_LATEST : ONE_YEAR;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, RankingQuery query) {
        MetricValues.Scope scope = query.scope();
        statement = statement.param("codes", scope.codes()).param("kind", scope.kind());
        return query.eachLatest() ? statement : statement.param("fromYear", scope.fromYear());
    }
}
