package org.hospitalatlas.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.database.PlanOnceConnections;
import org.hospitalatlas.hospital.HospitalLabels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link MetricReads} on {@link MetricHeadSql}'s heads. */
class MetricReadsImpl implements MetricReads {

    /**
     * The statements of the compare and the matrix, by whether the codes are plain (no derived ratio: one pass over the
     * facts) or not ({@link MetricHeadSql#metricOfAsked} with the figures beside each row): built once.
     */
    private static final String CHOSEN_OF_ASKED_PLAIN = MetricHeadSql.figuresOfAsked(false);

    private static final String CHOSEN_OF_ASKED_RATIOS = chosenOfAsked();
    private static final String LATEST_OF_ASKED_PLAIN = MetricHeadSql.figuresOfAsked(true);
    private static final String LATEST_OF_ASKED_RATIOS = latestOfAsked();
    private static final String CHOSEN_OF_HOSPITALS_PLAIN = MetricHeadSql.figuresOfHospitals(false);
    private static final String CHOSEN_OF_HOSPITALS_RATIOS = ofHospitals(false);
    private static final String LATEST_OF_HOSPITALS_PLAIN = MetricHeadSql.figuresOfHospitals(true);
    private static final String LATEST_OF_HOSPITALS_RATIOS = ofHospitals(true);

    private final JdbcClient jdbc;
    private final JdbcClient planOnce;

    MetricReadsImpl(JdbcClient jdbc, PlanOnceConnections planOnce) {
        this.jdbc = jdbc;
        this.planOnce = planOnce.jdbc();
    }

    @Override
    public List<FiguredValue> chosenValuesWithFigures(MetricValues.Scope scope) {
        return withFigures(head(scope) + """
                select c.*, f.*
                from metric c
                %s
                order by c.code, c.hospital_id, c.year, f.f_rank
                """.formatted(MetricEvidenceSql.INPUT_FIGURES_BESIDE), scope);
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
                """.formatted(MetricEvidenceSql.INPUT_FIGURES_BESIDE), scope);
    }

    @Override
    public AskedFigures chosenValuesOfAsked(MetricValues.Scope scope, List<String> slugs) {
        return askedWithFigures(scope.plain() ? CHOSEN_OF_ASKED_PLAIN : CHOSEN_OF_ASKED_RATIOS, scope, slugs);
    }

    @Override
    public AskedFigures latestValuesOfAsked(MetricValues.Scope scope, List<String> slugs) {
        return askedWithFigures(scope.plain() ? LATEST_OF_ASKED_PLAIN : LATEST_OF_ASKED_RATIOS, scope, slugs);
    }

    @Override
    public List<FiguredValue> chosenValuesOfHospitals(MetricValues.Scope scope, List<Long> hospitalIds) {
        return ofHospitals(scope.plain() ? CHOSEN_OF_HOSPITALS_PLAIN : CHOSEN_OF_HOSPITALS_RATIOS, scope, hospitalIds);
    }

    @Override
    public List<FiguredValue> latestValuesOfHospitals(MetricValues.Scope scope, List<Long> hospitalIds) {
        return ofHospitals(scope.plain() ? LATEST_OF_HOSPITALS_PLAIN : LATEST_OF_HOSPITALS_RATIOS, scope, hospitalIds);
    }

    private static String chosenOfAsked() {
        return MetricHeadSql.metricOfAsked(false) + """
                select a.*, c.*, f.*
                from asked a
                left join metric c on c.hospital_id = a.asked_id
                %s
                order by a.asked_id, c.code, c.year, f.f_rank
                """.formatted(MetricEvidenceSql.INPUT_FIGURES_BESIDE);
    }

    private static String latestOfAsked() {
        return MetricHeadSql.metricOfAsked(false) + """
                , latest as (
                    select distinct on (m.code, m.hospital_id) m.*
                    from metric m
                    order by m.code, m.hospital_id, m.year desc
                )
                select a.*, c.*, f.*
                from asked a
                left join latest c on c.hospital_id = a.asked_id
                %s
                order by a.asked_id, c.code, f.f_rank
                """.formatted(MetricEvidenceSql.INPUT_FIGURES_BESIDE);
    }

    /** The statement of derived ratios for hospitals by id: {@code metric}'s rows, or each one's latest year. */
    private static String ofHospitals(boolean latest) {
        return MetricHeadSql.metricOfHospitals(false)
                + (latest ? """
                , latest as (
                    select distinct on (m.code, m.hospital_id) m.*
                    from metric m
                    order by m.code, m.hospital_id, m.year desc
                )
                """ : "")
                + """
                select c.*, f.*
                from %s c
                %s
                order by c.hospital_id, c.code, c.year, f.f_rank
                """.formatted(latest ? "latest" : "metric", MetricEvidenceSql.INPUT_FIGURES_BESIDE);
    }

    /**
     * Rows of a figures statement for hospitals by id, as {@link #askedWithFigures} reads them but without hospitals:
     * inside a caller's transaction in it, outside one as one statement on a {@link PlanOnceConnections} connection.
     */
    private List<FiguredValue> ofHospitals(String sql, MetricValues.Scope scope, List<Long> hospitalIds) {
        if (hospitalIds.isEmpty()) {
            return List.of();
        }
        JdbcClient reader = TransactionSynchronizationManager.isActualTransactionActive() ? jdbc : planOnce;
        return MetricSql.bind(reader.sql(sql), scope)
                .param("hospitalsAsked", hospitalIds)
                .query(rs -> {
                    FigureRows rows = new FigureRows();
                    while (rs.next()) {
                        rows.add(rs);
                    }
                    return rows.values();
                });
    }

    /**
     * Rows of a head's {@code metric} with {@link MetricEvidenceSql#INPUT_FIGURES_BESIDE}: a chosen figure's rows are
     * adjacent.
     */
    private List<FiguredValue> withFigures(String sql, MetricValues.Scope scope) {
        return MetricSql.bind(jdbc.sql(sql), scope).query(rs -> {
            FigureRows rows = new FigureRows();
            while (rs.next()) {
                rows.add(rs);
            }
            return rows.values();
        });
    }

    /**
     * Rows of {@code asked} joined to figures as {@link #withFigures} reads them: a hospital's rows are adjacent, and a
     * hospital without figures has one row with a null code. Inside a caller's transaction, in it. Outside one, as one
     * auto-committed statement on a {@link PlanOnceConnections} connection, which plans it once per connection:
     * planning it anew took twice as long as running it, and its plan does not depend on the values bound (an index
     * scan per hospital asked). One round trip.
     */
    private AskedFigures askedWithFigures(String sql, MetricValues.Scope scope, List<String> slugs) {
        if (slugs.isEmpty()) {
            return new AskedFigures(List.of(), List.of());
        }
        return askedWithFigures(
                TransactionSynchronizationManager.isActualTransactionActive() ? jdbc : planOnce, sql, scope, slugs);
    }

    private static AskedFigures askedWithFigures(
            JdbcClient reader, String sql, MetricValues.Scope scope, List<String> slugs) {
        return MetricSql.bind(reader.sql(sql), scope).param("slugs", slugs).query(rs -> {
            List<HospitalLabels.Resolved> hospitals = new ArrayList<>(slugs.size());
            FigureRows rows = new FigureRows();
            long hospital = 0;
            while (rs.next()) {
                long asked = rs.getLong("asked_id");
                if (hospitals.isEmpty() || asked != hospital) {
                    hospitals.add(HospitalLabels.asked(rs));
                    hospital = asked;
                }
                if (rs.getString("code") != null) {
                    rows.add(rs);
                }
            }
            return new AskedFigures(List.copyOf(hospitals), rows.values());
        });
    }

    private static String head(MetricValues.Scope scope) {
        return MetricHeadSql.metric(scope.plain(), MetricHeadSql.Carry.EVIDENCE);
    }

    /** Collects chosen figures and the input figures beside them from adjacent rows. */
    private static final class FigureRows {

        private final List<FiguredValue> values = new ArrayList<>();
        private MetricValue current;
        private List<ConflictingFigure> figures;

        void add(ResultSet rs) throws SQLException {
            if (current == null
                    || !current.code().equals(rs.getString("code"))
                    || current.hospitalId() != rs.getLong("hospital_id")
                    || current.year() != rs.getInt("year")) {
                flush();
                current = MetricRows.read(rs);
                figures = new ArrayList<>(2);
            }
            if (rs.getString("f_code") != null) {
                figures.add(MetricRows.inputFigure(rs));
            }
        }

        List<FiguredValue> values() {
            flush();
            return values;
        }

        private void flush() {
            if (current != null) {
                values.add(new FiguredValue(current, List.copyOf(figures)));
                current = null;
            }
        }
    }
}
