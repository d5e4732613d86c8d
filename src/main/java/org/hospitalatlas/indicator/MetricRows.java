package org.hospitalatlas.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.shared.Numbers;

/** Maps the rows {@link MetricSql}'s heads and columns produce. */
final class MetricRows {

    private MetricRows() {}

    /** A row of {@code metric} with evidence columns (selected as {@code m.*}, or joined by ids). */
    static MetricValue read(ResultSet rs) throws SQLException {
        List<ValueEvidence> evidence = new ArrayList<>(2);
        evidence.add(evidence(rs, "n_"));
        if (rs.getString("d_code") != null) {
            evidence.add(evidence(rs, "d_"));
        }
        return new MetricValue(
                rs.getString("code"),
                rs.getLong("hospital_id"),
                rs.getInt("year"),
                Numbers.plain(rs.getBigDecimal("value")),
                rs.getString("qualifier"),
                List.copyOf(evidence),
                List.of());
    }

    /** A figure of {@link MetricEvidenceSql#INPUT_FIGURES_BESIDE} ({@code f_code}, {@code f_value}, …). */
    static ConflictingFigure inputFigure(ResultSet rs) throws SQLException {
        return new ConflictingFigure(
                rs.getString("f_code"),
                Numbers.plain(rs.getBigDecimal("f_value")),
                rs.getString("f_qualifier"),
                rs.getString("f_document"),
                rs.getObject("f_published_on", LocalDate.class),
                rs.getInt("f_start"),
                rs.getInt("f_end"),
                rs.getString("f_quote"),
                Numbers.plain(rs.getBigDecimal("f_confidence")));
    }

    /** The {@link MetricSql#labelColumns} of a row. */
    static HospitalLabel label(ResultSet rs) throws SQLException {
        return new HospitalLabel(
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("province"),
                rs.getString("city"),
                rs.getString("level"),
                rs.getString("category"));
    }

    private static ValueEvidence evidence(ResultSet rs, String prefix) throws SQLException {
        return new ValueEvidence(
                rs.getString(prefix + "code"),
                rs.getString(prefix + "document"),
                rs.getInt(prefix + "start"),
                rs.getInt(prefix + "end"),
                rs.getString(prefix + "quote"),
                Numbers.plain(rs.getBigDecimal(prefix + "confidence")),
                rs.getLong(prefix + "fact"),
                rs.getString(prefix + "review"));
    }
}
