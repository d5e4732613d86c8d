package org.hospitalatlas.indicator;

import java.time.LocalDate;
import java.util.List;
import org.hospitalatlas.shared.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link DisputeReads}: the facts that count of every kind, each ranked as comparisons choose ({@link MetricSql#CHOICE});
 * a group disagrees when they hold more than one value.
 */
class DisputeReadsImpl implements DisputeReads {

    private static final String GROUPS = """
            with figures as (
                select v.hospital_id, v.indicator_code, v.year, v.kind, v.value, v.qualifier, d.slug as document,
                       d.published_on, v.char_start, v.char_end, v.quote, v.confidence,
                       greatest(d.imported_at, (select max(b.imported_at) from bulk_dataset s
                                                join bulk_import b on b.dataset_id = s.id
                                                where s.document_id = d.id)) as changed_at,
                       row_number() over (partition by v.hospital_id, v.indicator_code, v.year, v.kind
                                          order by %s) as rank
                from indicator_value v
                join source_document d on d.id = v.document_id
                where %s
                  and (cast(:indicator as text) is null or v.indicator_code = :indicator)
                  and (cast(:hospital as bigint) is null or v.hospital_id = :hospital)
            ),
            disputed as (
                select f.hospital_id, f.indicator_code, f.year, f.kind
                from figures f
                group by f.hospital_id, f.indicator_code, f.year, f.kind
                having count(distinct f.value) > 1
                   and (cast(:since as timestamptz) is null or max(f.changed_at) > :since)
            )
            """.formatted(MetricSql.CHOICE, MetricSql.factsThatCount("v"));

    private static final String PAGE = GROUPS + """
            , shown as (
                select p.*, h.name_zh
                from disputed p
                join hospital h on h.id = p.hospital_id
                order by h.name_zh, p.hospital_id, p.indicator_code, p.year, p.kind
                limit :limit offset :offset
            )
            select s.hospital_id, s.indicator_code, s.year, s.kind, f.value, f.qualifier, f.document,
                   f.published_on, f.char_start, f.char_end, f.quote, f.confidence, f.rank,
                   %s
            from shown s
            join figures f on f.hospital_id = s.hospital_id and f.indicator_code = s.indicator_code
                          and f.year = s.year and f.kind = s.kind
            join hospital h on h.id = s.hospital_id
            order by s.name_zh, s.hospital_id, s.indicator_code, s.year, s.kind, f.rank
            """.formatted(MetricSql.labelColumns("h"));

    private final JdbcClient jdbc;

    DisputeReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countDisputes(DisputeFilter filter) {
        return bind(jdbc.sql(GROUPS + "select count(*) from disputed"), filter)
                .query(Long.class)
                .single();
    }

    @Override
    public List<DisputedFigure> disputedFigures(DisputeFilter filter, int limit, long offset) {
        return bind(jdbc.sql(PAGE), filter)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new DisputedFigure(
                        rs.getLong("hospital_id"),
                        MetricRows.label(rs),
                        rs.getString("indicator_code"),
                        rs.getInt("year"),
                        rs.getString("kind"),
                        rs.getInt("rank"),
                        new ConflictingFigure(
                                rs.getString("indicator_code"),
                                Numbers.plain(rs.getBigDecimal("value")),
                                rs.getString("qualifier"),
                                rs.getString("document"),
                                rs.getObject("published_on", LocalDate.class),
                                rs.getInt("char_start"),
                                rs.getInt("char_end"),
                                rs.getString("quote"),
                                Numbers.plain(rs.getBigDecimal("confidence")))))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DisputeFilter filter) {
        return statement
                .param("indicator", filter.indicator())
                .param("hospital", filter.hospitalId())
                .param("minConfidence", filter.minConfidence())
                .param("reviewedOnly", false)
                .param("since", filter.changedSince());
    }
}
