package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.database.CountsByDocument;
import org.hospitalatlas.shared.Numbers;
import org.hospitalatlas.shared.Span;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link IndicatorValuesByDocument} in SQL. */
class IndicatorValuesByDocumentImpl implements IndicatorValuesByDocument {

    private static final String HOSPITALS_OF_DOCUMENT =
            "select hospital_id from indicator_value where document_id = :id";

    private static final String COUNT_BY_DOCUMENT = """
            select document_id, count(*) from indicator_value where document_id in (:ids) group by document_id
            """;

    private static final String FIGURES_OF_DOCUMENT = """
            select h.slug as hospital_slug, h.name_zh as hospital, v.indicator_code as code, v.year,
                   v.kind, v.value,
                   case when v.kind = 'yoy_change_pct' then 'percent' else i.unit end as unit, v.qualifier, v.is_target as target, v.confidence,
                   v.char_start as start, v.char_end as "end", v.quote
            from indicator_value v
            join hospital h on h.id = v.hospital_id
            join indicator i on i.code = v.indicator_code
            where v.document_id = :id and v.confidence >= :minConfidence
            order by v.char_start, v.indicator_code
            limit :limit
            """;

    private static final String DELETE_OF_DOCUMENT = "delete from indicator_value where document_id = :id";

    private final JdbcClient jdbc;

    IndicatorValuesByDocumentImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> hospitalsOfDocument(long documentId) {
        return jdbc.sql(HOSPITALS_OF_DOCUMENT)
                .param("id", documentId)
                .query(Long.class)
                .list();
    }

    @Override
    public Map<Long, Integer> countByDocument(Collection<Long> documentIds) {
        return CountsByDocument.of(jdbc, COUNT_BY_DOCUMENT, documentIds);
    }

    @Override
    public List<DocumentFigure> figuresOfDocument(long documentId, BigDecimal minConfidence, int limit) {
        return jdbc.sql(FIGURES_OF_DOCUMENT)
                .param("id", documentId)
                .param("minConfidence", minConfidence)
                .param("limit", limit)
                .query((rs, row) -> new DocumentFigure(
                        rs.getString("hospital_slug"),
                        rs.getString("hospital"),
                        rs.getString("code"),
                        rs.getInt("year"),
                        rs.getString("kind"),
                        Numbers.plain(rs.getBigDecimal("value")),
                        rs.getString("unit"),
                        rs.getString("qualifier"),
                        rs.getBoolean("target"),
                        rs.getBigDecimal("confidence").doubleValue(),
                        new Span(rs.getInt("start"), rs.getInt("end"), rs.getString("quote"))))
                .list();
    }

    @Override
    public int deleteOfDocument(long documentId) {
        return jdbc.sql(DELETE_OF_DOCUMENT).param("id", documentId).update();
    }
}
