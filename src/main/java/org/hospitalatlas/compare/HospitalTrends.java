package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hospitalatlas.hospital.HospitalDetails;
import org.hospitalatlas.hospital.HospitalService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One hospital over time, and its whole profile. */
@Service
public class HospitalTrends {

    private final MetricCatalogue metrics;
    private final MetricValues values;
    private final HospitalLabels labels;
    private final HospitalService hospitals;
    private final JdbcClient jdbc;

    HospitalTrends(
            MetricCatalogue metrics,
            MetricValues values,
            HospitalLabels labels,
            HospitalService hospitals,
            JdbcClient jdbc) {
        this.metrics = metrics;
        this.values = values;
        this.labels = labels;
        this.hospitals = hospitals;
        this.jdbc = jdbc;
    }

    /**
     * The hospital's figures from {@code from} to {@code to} (null = open), for {@code codes} or, when null,
     * for every indicator it has figures for, from figures at least {@code minConfidence} confident. Each year
     * with a level or a stated change is a row.
     */
    @Transactional(readOnly = true)
    public HospitalSeries series(
            String slug, List<String> codes, Integer from, Integer to, BigDecimal minConfidence, boolean reviewedOnly) {
        HospitalLabels.Resolved hospital = labels.require(slug);
        List<IndicatorInfo> infos = codes == null ? metrics.all() : metrics.requireAll(codes);
        int first = from == null ? MetricValues.FIRST_YEAR : from;
        int last = to == null ? MetricValues.LAST_YEAR : to;
        List<IndicatorInfo> plain =
                infos.stream().filter(info -> !info.derived()).toList();
        List<Long> ids = List.of(hospital.id());
        // one year earlier, so that the first year shown still gets its computed change
        Map<String, NavigableMap<Integer, MetricValue>> levels = byCodeAndYear(values.values(MetricValues.Scope.of(
                        infos, MetricValues.LEVEL, Math.max(MetricValues.FIRST_YEAR, first - 1), last, ids)
                .atLeast(minConfidence)
                .reviewedOnly(reviewedOnly)));
        Map<String, NavigableMap<Integer, MetricValue>> stated =
                byCodeAndYear(values.values(MetricValues.Scope.of(plain, MetricValues.YOY_CHANGE_PCT, first, last, ids)
                        .atLeast(minConfidence)
                        .reviewedOnly(reviewedOnly)));

        List<IndicatorInfo> shown = new ArrayList<>();
        List<SeriesPoint> rows = new ArrayList<>();
        for (IndicatorInfo info : infos) {
            NavigableMap<Integer, MetricValue> level = levels.getOrDefault(info.code(), new TreeMap<>());
            NavigableMap<Integer, MetricValue> yoy = stated.getOrDefault(info.code(), new TreeMap<>());
            TreeSet<Integer> years =
                    new TreeSet<>(level.subMap(first, true, last, true).keySet());
            years.addAll(yoy.keySet());
            if (years.isEmpty() && codes == null) {
                continue;
            }
            shown.add(info);
            for (int year : years) {
                MetricValue current = level.get(year);
                MetricValue previous = level.get(year - 1);
                MetricValue change = yoy.get(year);
                rows.add(new SeriesPoint(
                        info.code(),
                        year,
                        current == null ? null : current.value(),
                        info.unit(),
                        current == null ? null : current.qualifier(),
                        current == null || previous == null
                                ? null
                                : Numbers.changePercent(previous.value(), current.value()),
                        change == null ? null : change.value(),
                        current == null ? List.of() : current.evidence(),
                        change == null ? null : change.evidence().get(0),
                        current == null ? List.of() : current.conflicts()));
            }
        }
        return new HospitalSeries(hospital.label(), from, to, shown, rows);
    }

    /**
     * Identity, the latest figure of every indicator, pilots and consortia (each fact at least {@code
     * minConfidence} confident), and the documents naming it.
     */
    @Transactional(readOnly = true)
    public HospitalProfile profile(String slug, BigDecimal minConfidence, boolean reviewedOnly) {
        HospitalDetails details = hospitals.get(slug);
        long id = hospitals.require(slug).id();
        List<IndicatorInfo> infos = metrics.all();
        Map<String, NavigableMap<Integer, MetricValue>> levels =
                byCodeAndYear(values.values(MetricValues.Scope.levels(infos, null, List.of(id))
                        .atLeast(minConfidence)
                        .reviewedOnly(reviewedOnly)));
        List<LatestValue> latest = new ArrayList<>();
        for (IndicatorInfo info : infos) {
            NavigableMap<Integer, MetricValue> byYear = levels.get(info.code());
            if (byYear != null && !byYear.isEmpty()) {
                MetricValue value = byYear.lastEntry().getValue();
                latest.add(new LatestValue(
                        info.code(),
                        info.nameZh(),
                        info.unit(),
                        info.derived(),
                        value.year(),
                        value.value(),
                        value.qualifier(),
                        value.evidence()));
            }
        }
        return new HospitalProfile(
                details, latest, pilotsOf(id, minConfidence), consortiaOf(id, minConfidence), documentsOf(id));
    }

    private List<PilotEntry> pilotsOf(long hospitalId, BigDecimal minConfidence) {
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

    private List<MembershipEntry> consortiaOf(long hospitalId, BigDecimal minConfidence) {
        return jdbc.sql("""
                        select c.slug, c.name, c.type, m.role, d.slug as document, m.char_start, m.char_end, m.quote,
                               m.confidence
                        from consortium_member m
                        join consortium c on c.id = m.consortium_id
                        join source_document d on d.id = m.document_id
                        where m.hospital_id = :id and m.confidence >= :minConfidence
                          and m.review_state <> 'rejected' and c.review_state <> 'rejected'
                        order by c.name, m.role
                        """)
                .param("id", hospitalId)
                .param("minConfidence", minConfidence)
                .query((rs, row) -> new MembershipEntry(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("role"),
                        new Evidence(
                                rs.getString("document"),
                                rs.getInt("char_start"),
                                rs.getInt("char_end"),
                                rs.getString("quote"),
                                Numbers.plain(rs.getBigDecimal("confidence")))))
                .list();
    }

    private List<DocumentMention> documentsOf(long hospitalId) {
        return jdbc.sql("""
                        select d.slug, d.title, d.published_on, x.is_main
                        from document_hospital x
                        join source_document d on d.id = x.document_id
                        where x.hospital_id = :id
                        order by x.is_main desc, d.published_on desc nulls last, d.slug
                        """)
                .param("id", hospitalId)
                .query((rs, row) -> new DocumentMention(
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getBoolean("is_main")))
                .list();
    }

    private static Map<String, NavigableMap<Integer, MetricValue>> byCodeAndYear(List<MetricValue> values) {
        Map<String, NavigableMap<Integer, MetricValue>> grouped = new HashMap<>();
        for (MetricValue value : values) {
            grouped.computeIfAbsent(value.code(), code -> new TreeMap<>()).put(value.year(), value);
        }
        return grouped;
    }
}
