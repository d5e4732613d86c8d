package org.hospitalatlas.indicator;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.shared.ProvinceFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CoverageReads} over the facts that count ({@link MetricSql#factsThatCount}): which figure a hospital has does
 * not matter here, only that it has one, so no figure is chosen among documents.
 */
class CoverageReadsImpl implements CoverageReads {

    /** Straight from the covering index {@code (indicator_code, year) include (hospital_id, …)}. */
    private static final String STORED_COUNTS = """
            select v.indicator_code as code, v.year, count(distinct v.hospital_id) as hospitals
            from indicator_value v
            where %s
              and v.kind = :kind
              and v.indicator_code in (:codes)
              and %s
              and %s
            group by grouping sets ((v.indicator_code, v.year), (v.indicator_code))
            """.formatted(
                    MetricSql.factsThatCount("v"),
                    MetricSql.ofHospitals("v.hospital_id"),
                    MetricSql.ofHospitalsInProvince("v"));

    /**
     * Each side is first reduced to its (ratio, hospital, year) cells, so the join pairs cells rather than figures
     * from every document.
     */
    private static final String DERIVED_COUNTS = """
            with numerators as (
                select x.code, v.hospital_id, v.year
                from derived_indicator x
                join indicator_value v on v.indicator_code = x.numerator
                where x.code in (:codes) and v.kind = :kind
                  and %1$s
                  and %2$s
                group by x.code, v.hospital_id, v.year
            ),
            denominators as (
                select x.code, v.hospital_id, v.year
                from derived_indicator x
                join indicator_value v on v.indicator_code = x.denominator
                where x.code in (:codes) and v.kind = :kind and v.value > 0
                  and %1$s
                  and %2$s
                group by x.code, v.hospital_id, v.year
            )
            select n.code, n.year, count(distinct n.hospital_id) as hospitals
            from numerators n
            join denominators d on d.code = n.code and d.hospital_id = n.hospital_id and d.year = n.year
            where %3$s
            group by grouping sets ((n.code, n.year), (n.code))
            """.formatted(
                    MetricSql.factsThatCount("v"),
                    MetricSql.ofHospitals("v.hospital_id"),
                    MetricSql.ofHospitalsInProvince("n"));

    /** Hospital by hospital in name order, so that a page stops as soon as it is full. */
    private static final String CELLS = MetricSql.WANTED
            + """
            select %1$s, c.code, c.years, c.latest
            from hospital h
            cross join lateral (
                select w.code, array_agg(distinct v.year order by v.year) as years, max(v.year) as latest
                from wanted w
                join indicator_value v on v.indicator_code = w.numerator
                where v.hospital_id = h.id
                  and %2$s
                  and v.kind = :kind
                  and v.year between :fromYear and :toYear
                  and v.indicator_code in (:inputs)
                  and (w.denominator is null or exists (
                          select 1 from indicator_value d
                          where d.hospital_id = h.id and d.indicator_code = w.denominator
                            and d.year = v.year and d.kind = :kind and d.value > 0
                            and %3$s))
                group by w.code
            ) c
            where %4$s
              and %5$s
            order by h.name_zh, c.code
            limit :limit offset :offset
            """.formatted(
                            MetricSql.labelColumns("h"),
                            MetricSql.factsThatCount("v"),
                            MetricSql.factsThatCount("d"),
                            MetricSql.inProvince("h"),
                            MetricSql.ofHospitals("h.id"));

    private static final String SUMMARY_COUNTS = """
            select c.indicator_code as code, cast(null as integer) as year, c.hospitals
            from indicator_coverage c
            where c.indicator_code in (:codes)
            union all
            select y.indicator_code, y.year, y.hospitals
            from indicator_year_coverage y
            where y.indicator_code in (:codes)
            """;

    /** {@link #CELLS} from the summary: one row per hospital and code already. */
    private static final String SUMMARY_CELLS =
            """
            select %1$s, s.indicator_code as code, s.years, s.latest_year as latest
            from hospital h
            join indicator_summary s on s.hospital_id = h.id
            where s.kind = :kind
              and s.indicator_code in (:codes)
              and %2$s
              and %3$s
            order by h.name_zh, s.indicator_code
            limit :limit offset :offset
            """.formatted(MetricSql.labelColumns("h"), MetricSql.inProvince("h"), MetricSql.ofHospitals("h.id"));

    private final JdbcClient jdbc;

    CoverageReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CoverageCount> storedCounts(MetricValues.Scope scope, String province) {
        return count(STORED_COUNTS, scope, province);
    }

    @Override
    public List<CoverageCount> derivedCounts(MetricValues.Scope scope, String province) {
        return count(DERIVED_COUNTS, scope, province);
    }

    @Override
    public List<CoverageCount> summaryCounts(List<String> codes) {
        return jdbc.sql(SUMMARY_COUNTS)
                .param("codes", codes)
                .query(CoverageCount.class)
                .list();
    }

    @Override
    public List<CoverageCell> cells(MetricValues.Scope scope, String province, int limit, long offset) {
        return cells(CELLS, scope, province, limit, offset);
    }

    @Override
    public List<CoverageCell> summaryCells(MetricValues.Scope scope, String province, int limit, long offset) {
        return cells(SUMMARY_CELLS, scope, province, limit, offset);
    }

    private List<CoverageCell> cells(String query, MetricValues.Scope scope, String province, int limit, long offset) {
        return bind(jdbc.sql(query), scope, province)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new CoverageCell(
                        MetricRows.label(rs), rs.getString("code"), years(rs.getArray("years")), rs.getInt("latest")))
                .list();
    }

    private List<CoverageCount> count(String query, MetricValues.Scope scope, String province) {
        return bind(jdbc.sql(query), scope, province).query(CoverageCount.class).list();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, MetricValues.Scope scope, String province) {
        return MetricSql.bind(statement, scope).param("province", ProvinceFilter.bound(province));
    }

    private static List<Integer> years(Array array) throws SQLException {
        List<Integer> years = new ArrayList<>();
        for (Object year : (Object[]) array.getArray()) {
            years.add(((Number) year).intValue());
        }
        return years;
    }
}
