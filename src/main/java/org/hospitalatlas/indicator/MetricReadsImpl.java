package org.hospitalatlas.indicator;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link MetricReads} on {@link MetricSql}'s heads. */
class MetricReadsImpl implements MetricReads {

    private final JdbcClient jdbc;

    MetricReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FiguredValue> chosenValuesWithFigures(MetricValues.Scope scope) {
        return withFigures(head(scope) + """
                select c.*, f.*
                from metric c
                %s
                order by c.code, c.hospital_id, c.year, f.f_rank
                """.formatted(MetricSql.INPUT_FIGURES_BESIDE), scope);
    }

    @Override
    public List<FiguredValue> latestValuesWithFigures(MetricValues.Scope scope) {
        return withFigures(head(scope) + """
                , latest as (
                    select distinct on (m.code, m.hospital_id) m.*
                    from metric m
                    order by m.code, m.hospital_id, m.year desc
                )
                select c.*, f.*
                from latest c
                %s
                order by c.code, c.hospital_id, f.f_rank
                """.formatted(MetricSql.INPUT_FIGURES_BESIDE), scope);
    }

    /** Rows of a head's {@code metric} with {@link MetricSql#INPUT_FIGURES_BESIDE}: a chosen figure's rows are adjacent. */
    private List<FiguredValue> withFigures(String sql, MetricValues.Scope scope) {
        return MetricSql.bind(jdbc.sql(sql), scope).query(rs -> {
            List<FiguredValue> values = new ArrayList<>();
            MetricValue current = null;
            List<ConflictingFigure> figures = null;
            while (rs.next()) {
                if (current == null
                        || !current.code().equals(rs.getString("code"))
                        || current.hospitalId() != rs.getLong("hospital_id")
                        || current.year() != rs.getInt("year")) {
                    if (current != null) {
                        values.add(new FiguredValue(current, List.copyOf(figures)));
                    }
                    current = MetricRows.read(rs);
                    figures = new ArrayList<>(2);
                }
                if (rs.getString("f_code") != null) {
                    figures.add(MetricRows.inputFigure(rs));
                }
            }
            if (current != null) {
                values.add(new FiguredValue(current, List.copyOf(figures)));
            }
            return values;
        });
    }

    private static String head(MetricValues.Scope scope) {
        return MetricSql.metric(scope.plain(), MetricSql.Carry.EVIDENCE);
    }
}
