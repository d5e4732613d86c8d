package org.hospitalatlas.fhir;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/** How the export's SQL rows ({@link FhirReadsImpl}) become {@link FhirRows} records, one mapper per kind of row. */
final class FhirRowMappers {

    private FhirRowMappers() {}

    static final RowMapper<FhirRows.Hospital> HOSPITAL = (rs, row) -> new FhirRows.Hospital(
            rs.getString("slug"),
            rs.getString("name_zh"),
            rs.getString("name_en"),
            strings(rs.getArray("aliases")),
            rs.getString("province"),
            rs.getString("city"),
            rs.getString("district"),
            rs.getString("level"),
            rs.getString("category"),
            rs.getString("ownership"));

    static final RowMapper<FhirRows.Consortium> CONSORTIUM = (rs, row) -> new FhirRows.Consortium(
            rs.getString("slug"),
            rs.getString("name"),
            rs.getString("type"),
            rs.getObject("established_on", LocalDate.class),
            rs.getString("established_precision"),
            evidence(rs));

    static final RowMapper<FhirRows.Membership> MEMBERSHIP = (rs, row) -> new FhirRows.Membership(
            rs.getString("consortium_slug"),
            rs.getString("consortium_name"),
            rs.getObject("established_on", LocalDate.class),
            rs.getString("established_precision"),
            rs.getString("lead_slug"),
            rs.getString("lead_name"),
            rs.getString("hospital_slug"),
            rs.getString("hospital_name"),
            rs.getString("role"),
            evidence(rs));

    static final RowMapper<FhirRows.Figure> FIGURE = (rs, row) -> new FhirRows.Figure(
            rs.getString("hospital_slug"),
            rs.getString("hospital_name"),
            rs.getString("indicator_code"),
            rs.getString("indicator_name"),
            rs.getString("indicator_name_en"),
            rs.getString("unit"),
            rs.getString("better"),
            rs.getInt("year"),
            rs.getString("kind"),
            rs.getBigDecimal("value"),
            rs.getString("qualifier"),
            evidence(rs));

    static final RowMapper<FhirRows.Mention> MENTION = (rs, row) ->
            new FhirRows.Mention(rs.getString("hospital_slug"), rs.getString("hospital_name"), evidence(rs));

    private static FhirRows.Evidence evidence(ResultSet rs) throws SQLException {
        return new FhirRows.Evidence(
                document(rs),
                rs.getInt("char_start"),
                rs.getInt("char_end"),
                rs.getString("quote"),
                rs.getBigDecimal("confidence"),
                rs.getObject("source_line", Integer.class));
    }

    /** The document a fact's row carries in its {@code doc_*} columns. */
    private static FhirRows.Document document(ResultSet rs) throws SQLException {
        return new FhirRows.Document(
                rs.getString("doc_slug"),
                rs.getString("doc_title"),
                rs.getString("doc_publisher"),
                rs.getObject("doc_published_on", LocalDate.class),
                rs.getString("doc_origin_url"),
                rs.getString("doc_sha256"),
                rs.getObject("doc_imported_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
