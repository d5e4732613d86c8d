package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.shared.Evidence;
import org.hospitalatlas.shared.Like;
import org.hospitalatlas.shared.Numbers;
import org.hospitalatlas.shared.PartialDates;
import org.hospitalatlas.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reform pilots for dashboards: a filtered list, and a timeline. */
@Service
public class ReformPilotQueries {

    /** One row per hospital and designation: a pilot named by two documents is shown once, best evidence. */
    private static final String PILOTS = """
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
            select p.designation, p.level as pilot_level, p.category as pilot_category, p.year,
                   p.designated_by, p.document_number, p.batch, p.batch_number, p.designated_on, p.designated_precision,
                   d.slug as document, p.char_start, p.char_end, p.quote, p.confidence,
                   h.slug, h.name_zh as name, h.province, h.city, h.level, h.category
            from pilot p
            join hospital h on h.id = p.hospital_id
            join source_document d on d.id = p.document_id
            where (cast(:province as text) is null or h.province like :province || '%' escape '\\')
            """;

    private final JdbcClient jdbc;

    ReformPilotQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ResultPage<PilotRow> list(PilotFilter filter, PilotSort sort, int page, int size) {
        long total = bind(jdbc.sql("select count(*) from (" + PILOTS + ") counted"), filter)
                .query(Long.class)
                .single();
        List<PilotRow> items = bind(
                        jdbc.sql(PILOTS + " order by " + sort.orderBy() + " limit :limit offset :offset"), filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> pilotRow(rs))
                .list();
        return new ResultPage<>(items, total);
    }

    /** Year by year (unknown years last), then by category: which hospitals were named. */
    @Transactional(readOnly = true)
    PilotTimeline timeline(PilotFilter filter) {
        List<PilotRow> ordered = bind(
                        jdbc.sql(PILOTS + " order by p.year nulls last, p.category, h.name_zh, p.designation"), filter)
                .query((rs, row) -> pilotRow(rs))
                .list();
        List<PilotTimeline.Entry> entries = new ArrayList<>();
        List<PilotTimeline.Hospital> hospitals = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        PilotRow current = null;
        for (PilotRow pilot : ordered) {
            if (current != null
                    && (!Objects.equals(current.year(), pilot.year())
                            || !current.category().equals(pilot.category()))) {
                entries.add(new PilotTimeline.Entry(
                        current.year(), current.category(), distinct.size(), List.copyOf(hospitals)));
                hospitals.clear();
                distinct.clear();
            }
            current = pilot;
            distinct.add(pilot.hospital().slug());
            hospitals.add(new PilotTimeline.Hospital(
                    pilot.hospital().slug(),
                    pilot.hospital().name(),
                    pilot.designation(),
                    pilot.level(),
                    pilot.evidence().confidence()));
        }
        if (current != null) {
            entries.add(new PilotTimeline.Entry(
                    current.year(), current.category(), distinct.size(), List.copyOf(hospitals)));
        }
        return new PilotTimeline(entries);
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
                new Evidence(
                        rs.getString("document"),
                        rs.getInt("char_start"),
                        rs.getInt("char_end"),
                        rs.getString("quote"),
                        Numbers.plain(rs.getBigDecimal("confidence"))));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, PilotFilter filter) {
        return statement
                .param("category", filter.category())
                .param("level", filter.level())
                .param("year", filter.year())
                .param("minConfidence", filter.minConfidence())
                .param("since", filter.updatedSince())
                .param("province", filter.province() == null ? null : Like.escape(filter.province()));
    }

    /** The pilots a hospital was named to, each designation once (its most confident reading). */
    @Transactional(readOnly = true)
    public List<PilotEntry> pilotsOf(long hospitalId, BigDecimal minConfidence) {
        return jdbc.sql("""
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
                        """)
                .param("id", hospitalId)
                .param("minConfidence", minConfidence)
                .query((rs, row) -> new PilotEntry(
                        rs.getString("designation"),
                        rs.getString("level"),
                        rs.getString("category"),
                        rs.getObject("year", Integer.class),
                        new Evidence(
                                rs.getString("document"),
                                rs.getInt("char_start"),
                                rs.getInt("char_end"),
                                rs.getString("quote"),
                                Numbers.plain(rs.getBigDecimal("confidence")))))
                .list();
    }
}
