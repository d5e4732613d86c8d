package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.shared.Evidence;
import org.hospitalatlas.shared.Numbers;
import org.hospitalatlas.shared.PartialDates;
import org.hospitalatlas.shared.ProvinceFilter;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ReformPilotReads} in SQL: one query of the filtered pilots, counted, paged or ordered for the timeline. */
class ReformPilotReadsImpl implements ReformPilotReads {

    /** One row per hospital and designation: a pilot named by two documents is shown once, best evidence. */
    private static final String BEST_PILOT = """
            with pilot as (
                select distinct on (r.hospital_id, r.designation)
                       r.id, r.hospital_id, r.designation, r.level, r.category, r.year,
                       r.document_id, r.char_start, r.char_end, r.quote, r.confidence,
                       r.designated_by, r.document_number, r.batch, r.batch_number, r.designated_on, r.designated_precision
                from reform_pilot r
                where (cast(:category as text) is null or r.category = :category)
                  and (cast(:level as text) is null or r.level = :level)
                  and (cast(:year as integer) is null or r.year = :year)
                  and r.confidence >= :minConfidence
                  and r.review_state <> 'rejected'
                  and (cast(:since as timestamptz) is null or r.updated_at > :since)
                order by r.hospital_id, r.designation, r.confidence desc, r.id
            )
            """;

    /** The best pilots with their hospital's label and document, in the hospital's province if one is asked for. */
    private static final String LISTED = """
            select p.designation, p.level as pilot_level, p.category as pilot_category, p.year,
                   p.designated_by, p.document_number, p.batch, p.batch_number, p.designated_on, p.designated_precision,
                   d.slug as document, p.char_start, p.char_end, p.quote, p.confidence,
                   h.slug, h.name_zh as name, h.province, h.city, h.level, h.category
            from pilot p
            join hospital h on h.id = p.hospital_id
            join source_document d on d.id = p.document_id
            where %s
            """.formatted(ProvinceFilter.of("h"));

    private static final String PILOTS = BEST_PILOT + LISTED;

    private static final String COUNT = "select count(*) from (" + PILOTS + ") counted";

    private static final String TIMELINE_ORDER = " order by p.year nulls last, p.category, h.name_zh, p.designation";

    private static final String PAGE = " limit :limit offset :offset";

    /** A hospital's pilots, each designation once (its most confident reading), by year (unknown last). */
    private static final String PILOTS_OF = """
            select p.designation, p.level, p.category, p.year, p.document, p.char_start, p.char_end, p.quote,
                   p.confidence
            from (select distinct on (r.designation)
                         r.designation, r.level, r.category, r.year, d.slug as document,
                         r.char_start, r.char_end, r.quote, r.confidence
                  from reform_pilot r
                  join source_document d on d.id = r.document_id
                  where r.hospital_id = :id and r.confidence >= :minConfidence
                    and r.review_state <> 'rejected'
                  order by r.designation, r.confidence desc, r.id) p
            order by p.year nulls last, p.designation
            """;

    private final JdbcClient jdbc;

    ReformPilotReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ResultPage<PilotRow> list(PilotFilter filter, PilotSort sort, int page, int size) {
        long total = bind(jdbc.sql(COUNT), filter).query(Long.class).single();
        List<PilotRow> items = bind(jdbc.sql(PILOTS + " order by " + sort.orderBy() + PAGE), filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> pilotRow(rs))
                .list();
        return new ResultPage<>(items, total);
    }

    @Override
    public List<PilotRow> byYearAndCategory(PilotFilter filter) {
        return bind(jdbc.sql(PILOTS + TIMELINE_ORDER), filter)
                .query((rs, row) -> pilotRow(rs))
                .list();
    }

    @Override
    public List<PilotEntry> pilotsOf(long hospitalId, BigDecimal minConfidence) {
        return jdbc.sql(PILOTS_OF)
                .param("id", hospitalId)
                .param("minConfidence", minConfidence)
                .query((rs, row) -> new PilotEntry(
                        rs.getString("designation"),
                        rs.getString("level"),
                        rs.getString("category"),
                        rs.getObject("year", Integer.class),
                        evidence(rs)))
                .list();
    }

    private static PilotRow pilotRow(ResultSet rs) throws SQLException {
        return new PilotRow(
                HospitalLabels.label(rs),
                rs.getString("designation"),
                rs.getString("pilot_level"),
                rs.getString("pilot_category"),
                rs.getObject("year", Integer.class),
                rs.getString("designated_by"),
                rs.getString("document_number"),
                rs.getString("batch"),
                rs.getObject("batch_number", Integer.class),
                PartialDates.format(
                        rs.getObject("designated_on", LocalDate.class), rs.getString("designated_precision")),
                evidence(rs));
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(
                rs.getString("document"),
                rs.getInt("char_start"),
                rs.getInt("char_end"),
                rs.getString("quote"),
                Numbers.plain(rs.getBigDecimal("confidence")));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, PilotFilter filter) {
        return statement
                .param("category", filter.category())
                .param("level", filter.level())
                .param("year", filter.year())
                .param("minConfidence", filter.minConfidence())
                .param("since", filter.updatedSince())
                .param("province", ProvinceFilter.bound(filter.province()));
    }
}
