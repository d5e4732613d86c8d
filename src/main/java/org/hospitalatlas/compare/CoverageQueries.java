package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabels;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.indicator.MetricValues;
import org.hospitalatlas.shared.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What can be compared before asking: which hospitals have which indicators in which years. */
@Service
class CoverageQueries {

    /**
     * Hospitals with a figure per stored code and year, and (year null) per code over all years: straight from
     * the covering index {@code (indicator_code, year) include (hospital_id, …)}, without choosing among
     * documents first (which figure a hospital has does not matter here, only that it has one).
     */
    private static final String STORED_COUNTS = """
            select v.indicator_code as code, v.year, count(distinct v.hospital_id) as hospitals
            from indicator_value v
            where not v.is_target
              and v.kind = :kind
              and v.confidence >= :minConfidence
              and v.review_state <> 'rejected'
              and v.indicator_code in (:codes)
              and (:allHospitals or v.hospital_id in (:hospitalIds))
              and (cast(:province as text) is null
                   or v.hospital_id in (select h.id from hospital h where h.province like :province || '%' escape '\\'))
            group by grouping sets ((v.indicator_code, v.year), (v.indicator_code))
            """;

    /**
     * The same for derived ratios: a hospital has one in a year when it has the numerator and a positive
     * denominator that year (as {@link MetricValues#PRESENCE} says). Each side is first reduced to its
     * (ratio, hospital, year) cells, so the join pairs cells rather than figures from every document.
     */
    private static final String DERIVED_COUNTS = """
            with numerators as (
                select x.code, v.hospital_id, v.year
                from derived_indicator x
                join indicator_value v on v.indicator_code = x.numerator
                where x.code in (:codes) and not v.is_target and v.kind = :kind
                  and v.confidence >= :minConfidence and v.review_state <> 'rejected'
                  and (:allHospitals or v.hospital_id in (:hospitalIds))
                group by x.code, v.hospital_id, v.year
            ),
            denominators as (
                select x.code, v.hospital_id, v.year
                from derived_indicator x
                join indicator_value v on v.indicator_code = x.denominator
                where x.code in (:codes) and not v.is_target and v.kind = :kind and v.value > 0
                  and v.confidence >= :minConfidence and v.review_state <> 'rejected'
                  and (:allHospitals or v.hospital_id in (:hospitalIds))
                group by x.code, v.hospital_id, v.year
            )
            select n.code, n.year, count(distinct n.hospital_id) as hospitals
            from numerators n
            join denominators d on d.code = n.code and d.hospital_id = n.hospital_id and d.year = n.year
            where cast(:province as text) is null
               or n.hospital_id in (select h.id from hospital h where h.province like :province || '%' escape '\\')
            group by grouping sets ((n.code, n.year), (n.code))
            """;

    private record CountRow(String code, Integer year, int hospitals) {}

    private final MetricCatalogue metrics;
    private final HospitalLabels hospitals;
    private final JdbcClient jdbc;

    CoverageQueries(MetricCatalogue metrics, HospitalLabels hospitals, JdbcClient jdbc) {
        this.metrics = metrics;
        this.hospitals = hospitals;
        this.jdbc = jdbc;
    }

    /**
     * Coverage of {@code indicators} (null = every code, derived included) for {@code hospitalSlugs}
     * (null = every hospital) in {@code province} (null = anywhere), by figures at least {@code minConfidence}
     * confident.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(
            List<String> indicators,
            List<String> hospitalSlugs,
            String province,
            BigDecimal minConfidence,
            int page,
            int size) {
        List<IndicatorInfo> infos = indicators == null ? metrics.all() : metrics.requireAll(indicators);
        List<Long> ids = hospitalSlugs == null
                ? null
                : hospitals.requireAll(hospitalSlugs).stream()
                        .map(HospitalLabels.Resolved::id)
                        .distinct()
                        .toList();
        MetricValues.Scope scope = MetricValues.Scope.levels(infos, null, ids).atLeast(minConfidence);
        String escapedProvince = province == null ? null : Like.escape(province);

        // per indicator and year, and (year null) per indicator over all years
        Map<String, Integer> hospitalsByCode = new HashMap<>();
        Map<String, List<Coverage.YearCount>> hospitalsByYear = new HashMap<>();
        List<IndicatorInfo> stored =
                infos.stream().filter(info -> !info.derived()).toList();
        List<IndicatorInfo> derived =
                infos.stream().filter(IndicatorInfo::derived).toList();
        List<CountRow> counts = new ArrayList<>();
        if (!stored.isEmpty()) {
            counts.addAll(count(
                    STORED_COUNTS,
                    MetricValues.Scope.levels(stored, null, ids).atLeast(minConfidence),
                    escapedProvince));
        }
        if (!derived.isEmpty()) {
            counts.addAll(count(
                    DERIVED_COUNTS,
                    MetricValues.Scope.levels(derived, null, ids).atLeast(minConfidence),
                    escapedProvince));
        }
        counts.stream()
                .sorted(Comparator.comparing(CountRow::code)
                        .thenComparing(CountRow::year, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(row -> {
                    if (row.year() == null) {
                        hospitalsByCode.put(row.code(), row.hospitals());
                    } else {
                        hospitalsByYear
                                .computeIfAbsent(row.code(), code -> new ArrayList<>())
                                .add(new Coverage.YearCount(row.year(), row.hospitals()));
                    }
                });
        List<Coverage.IndicatorCoverage> summary = new ArrayList<>();
        long total = 0;
        for (IndicatorInfo info : infos) {
            int count = hospitalsByCode.getOrDefault(info.code(), 0);
            total += count;
            summary.add(new Coverage.IndicatorCoverage(
                    info.code(), info.derived(), count, hospitalsByYear.getOrDefault(info.code(), List.of())));
        }

        // hospital by hospital in name order, so that a page stops as soon as it is full
        List<Coverage.Cell> items = MetricValues.bind(jdbc.sql(MetricValues.WANTED + """
                                select h.slug, h.name_zh as name, h.province, h.city, h.level, h.category,
                                       c.code, c.years, c.latest
                                from hospital h
                                cross join lateral (
                                    select w.code, array_agg(distinct v.year order by v.year) as years,
                                           max(v.year) as latest
                                    from wanted w
                                    join indicator_value v on v.indicator_code = w.numerator
                                    where v.hospital_id = h.id
                                      and not v.is_target
                                      and v.kind = :kind
                                      and v.confidence >= :minConfidence and v.review_state <> 'rejected'
                                      and v.year between :fromYear and :toYear
                                      and v.indicator_code in (:inputs)
                                      and (w.denominator is null or exists (
                                              select 1 from indicator_value d
                                              where d.hospital_id = h.id and d.indicator_code = w.denominator
                                                and d.year = v.year and not d.is_target and d.kind = :kind
                                                and d.value > 0 and d.confidence >= :minConfidence
                                                and d.review_state <> 'rejected'))
                                    group by w.code
                                ) c
                                where (cast(:province as text) is null or h.province like :province || '%' escape '\\')
                                  and (:allHospitals or h.id in (:hospitalIds))
                                order by h.name_zh, c.code
                                limit :limit offset :offset
                                """), scope)
                .param("province", escapedProvince)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> new Coverage.Cell(
                        HospitalLabels.label(rs),
                        rs.getString("code"),
                        years(rs.getArray("years")),
                        rs.getInt("latest")))
                .list();
        return new Coverage(summary, items, page, size, total, (int) ((total + size - 1) / size));
    }

    private List<CountRow> count(String query, MetricValues.Scope scope, String escapedProvince) {
        return MetricValues.bind(jdbc.sql(query), scope)
                .param("province", escapedProvince)
                .query(CountRow.class)
                .list();
    }

    private static List<Integer> years(Array array) throws SQLException {
        List<Integer> years = new ArrayList<>();
        for (Object year : (Object[]) array.getArray()) {
            years.add(((Number) year).intValue());
        }
        return years;
    }
}
