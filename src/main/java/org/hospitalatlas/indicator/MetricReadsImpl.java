package org.hospitalatlas.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hospitalatlas.shared.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link MetricReads} on {@link MetricSql}'s heads. */
class MetricReadsImpl implements MetricReads {

    private static final String INPUT_FIGURES = """
            select v.hospital_id, v.indicator_code, v.year, v.value, v.qualifier, d.slug as document,
                   d.published_on, v.char_start, v.char_end, v.quote, v.confidence
            from indicator_value v
            join source_document d on d.id = v.document_id
            where %s
              and v.kind = :kind
              and v.hospital_id in (:hospitals)
              and v.indicator_code in (:inputs)
              and v.year in (:years)
            order by %s
            """.formatted(MetricSql.factsThatCount("v"), MetricSql.CHOICE);

    private final JdbcClient jdbc;

    MetricReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MetricValue> chosenValues(MetricValues.Scope scope) {
        return MetricSql.bind(
                        jdbc.sql(head(scope) + "select m.* from metric m order by m.code, m.hospital_id, m.year"),
                        scope)
                .query((rs, row) -> MetricRows.read(rs))
                .list();
    }

    @Override
    public List<MetricValue> latestValues(MetricValues.Scope scope) {
        return MetricSql.bind(jdbc.sql(head(scope) + """
                                select distinct on (m.code, m.hospital_id) m.*
                                from metric m
                                order by m.code, m.hospital_id, m.year desc
                                """), scope)
                .query((rs, row) -> MetricRows.read(rs))
                .list();
    }

    @Override
    public List<InputFigure> inputFigures(
            MetricValues.Scope scope, Collection<Long> hospitals, Collection<Integer> years) {
        return jdbc.sql(INPUT_FIGURES)
                .param("kind", scope.kind())
                .param("hospitals", List.copyOf(hospitals))
                .param("inputs", scope.inputs())
                .param("years", List.copyOf(years))
                .param("minConfidence", scope.minConfidence())
                .param("reviewedOnly", scope.reviewedOnly())
                .query((rs, row) -> new InputFigure(
                        rs.getLong("hospital_id"),
                        rs.getString("indicator_code"),
                        rs.getInt("year"),
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

    private static String head(MetricValues.Scope scope) {
        return MetricSql.metric(scope.plain(), MetricSql.Carry.EVIDENCE);
    }
}
