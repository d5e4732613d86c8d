package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.indicator.ConflictingFigure;
import org.hospitalatlas.shared.Numbers;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where documents disagree: hospital, indicator, year and kind with more than one value among the figures that count
 * (no targets nor rejected figures, confident enough), each figure ranked as comparisons choose (MetricValues: confirmed
 * or corrected, then newest publication, then most confident).
 */
@Service
class ConflictQueries {

    private static final String GROUPS = """
            with figures as (
                select v.hospital_id, v.indicator_code, v.year, v.kind, v.value, v.qualifier, d.slug as document,
                       d.published_on, v.char_start, v.char_end, v.quote, v.confidence,
                       greatest(d.imported_at, (select max(b.imported_at) from bulk_dataset s
                                                join bulk_import b on b.dataset_id = s.id
                                                where s.document_id = d.id)) as changed_at,
                       row_number() over (partition by v.hospital_id, v.indicator_code, v.year, v.kind
                                          order by v.review_state in ('confirmed', 'corrected') desc,
                                                   d.published_on desc nulls last, v.confidence desc, v.id) as rank
                from indicator_value v
                join source_document d on d.id = v.document_id
                where not v.is_target
                  and (cast(:indicator as text) is null or v.indicator_code = :indicator)
                  and (cast(:hospital as bigint) is null or v.hospital_id = :hospital)
                  and v.confidence >= :minConfidence
                  and v.review_state <> 'rejected'
            ),
            disputed as (
                select f.hospital_id, f.indicator_code, f.year, f.kind
                from figures f
                group by f.hospital_id, f.indicator_code, f.year, f.kind
                having count(distinct f.value) > 1
                   and (cast(:since as timestamptz) is null or max(f.changed_at) > :since)
            )
            """;

    private final JdbcClient jdbc;
    private final HospitalLabels hospitals;

    ConflictQueries(JdbcClient jdbc, HospitalLabels hospitals) {
        this.jdbc = jdbc;
        this.hospitals = hospitals;
    }

    /** Disagreements, by hospital name, indicator, year and kind; null filters mean any. */
    @Transactional(readOnly = true)
    public ResultPage<Conflict> list(
            String indicator,
            String hospitalSlug,
            BigDecimal minConfidence,
            OffsetDateTime updatedSince,
            int page,
            int size) {
        Long hospital = hospitalSlug == null
                ? null
                : hospitals.requireAll(List.of(hospitalSlug)).get(0).id();
        long total = jdbc.sql(GROUPS + "select count(*) from disputed")
                .param("indicator", indicator)
                .param("hospital", hospital)
                .param("minConfidence", minConfidence)
                .param("since", updatedSince)
                .query(Long.class)
                .single();
        Map<String, Conflict> conflicts = new LinkedHashMap<>();
        Map<String, List<ConflictingFigure>> others = new LinkedHashMap<>();
        jdbc.sql(GROUPS + """
                        , shown as (
                            select p.*, h.name_zh
                            from disputed p
                            join hospital h on h.id = p.hospital_id
                            order by h.name_zh, p.hospital_id, p.indicator_code, p.year, p.kind
                            limit :limit offset :offset
                        )
                        select s.hospital_id, s.indicator_code, s.year, s.kind, f.value, f.qualifier, f.document,
                               f.published_on, f.char_start, f.char_end, f.quote, f.confidence, f.rank,
                        """ + HospitalLabels.COLUMNS + "\n" + """
                        from shown s
                        join figures f on f.hospital_id = s.hospital_id and f.indicator_code = s.indicator_code
                                      and f.year = s.year and f.kind = s.kind
                        join hospital h on h.id = s.hospital_id
                        order by s.name_zh, s.hospital_id, s.indicator_code, s.year, s.kind, f.rank
                        """)
                .param("indicator", indicator)
                .param("hospital", hospital)
                .param("minConfidence", minConfidence)
                .param("since", updatedSince)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> {
                    String key = rs.getLong("hospital_id") + "/" + rs.getString("indicator_code") + "/"
                            + rs.getInt("year") + "/" + rs.getString("kind");
                    ConflictingFigure figure = new ConflictingFigure(
                            rs.getString("indicator_code"),
                            Numbers.plain(rs.getBigDecimal("value")),
                            rs.getString("qualifier"),
                            rs.getString("document"),
                            rs.getObject("published_on", LocalDate.class),
                            rs.getInt("char_start"),
                            rs.getInt("char_end"),
                            rs.getString("quote"),
                            Numbers.plain(rs.getBigDecimal("confidence")));
                    if (rs.getInt("rank") == 1) {
                        conflicts.put(
                                key,
                                new Conflict(
                                        HospitalLabels.label(rs),
                                        rs.getString("indicator_code"),
                                        rs.getInt("year"),
                                        rs.getString("kind"),
                                        figure,
                                        List.of()));
                        others.put(key, new ArrayList<>());
                    } else if (figure.value()
                                    .compareTo(conflicts.get(key).chosen().value())
                            != 0) {
                        others.get(key).add(figure);
                    }
                    return key;
                })
                .list();
        List<Conflict> items = new ArrayList<>(conflicts.size());
        conflicts.forEach((key, conflict) -> items.add(new Conflict(
                conflict.hospital(),
                conflict.indicator(),
                conflict.year(),
                conflict.kind(),
                conflict.chosen(),
                List.copyOf(others.get(key)))));
        return new ResultPage<>(items, total);
    }
}
