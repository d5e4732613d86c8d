package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.database.CountsByDocument;
import org.hospitalatlas.shared.PartialDates;
import org.hospitalatlas.shared.Span;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ReformPilotsByDocument} in SQL. */
class ReformPilotsByDocumentImpl implements ReformPilotsByDocument {

    private static final String HOSPITALS_OF_DOCUMENT = "select hospital_id from reform_pilot where document_id = :id";

    private static final String COUNT_BY_DOCUMENT = """
            select document_id, count(*) from reform_pilot where document_id in (:ids) group by document_id
            """;

    private static final String PILOTS_OF_DOCUMENT = """
            select h.slug as hospital_slug, h.name_zh as hospital, p.designation, p.level, p.category,
                   p.year, p.designated_by, p.document_number, p.batch, p.batch_number, p.designated_on,
                   p.designated_precision, p.confidence, p.char_start as start, p.char_end as "end", p.quote
            from reform_pilot p
            join hospital h on h.id = p.hospital_id
            where p.document_id = :id and p.confidence >= :minConfidence
            order by p.char_start, p.designation
            limit :limit
            """;

    private static final String DELETE_OF_DOCUMENT = "delete from reform_pilot where document_id = :id";

    private final JdbcClient jdbc;

    ReformPilotsByDocumentImpl(JdbcClient jdbc) {
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
    public List<DocumentPilot> pilotsOfDocument(long documentId, BigDecimal minConfidence, int limit) {
        return jdbc.sql(PILOTS_OF_DOCUMENT)
                .param("id", documentId)
                .param("minConfidence", minConfidence)
                .param("limit", limit)
                .query((rs, row) -> new DocumentPilot(
                        rs.getString("hospital_slug"),
                        rs.getString("hospital"),
                        rs.getString("designation"),
                        rs.getString("level"),
                        rs.getString("category"),
                        rs.getObject("year", Integer.class),
                        rs.getString("designated_by"),
                        rs.getString("document_number"),
                        rs.getString("batch"),
                        rs.getObject("batch_number", Integer.class),
                        PartialDates.format(
                                rs.getObject("designated_on", LocalDate.class), rs.getString("designated_precision")),
                        rs.getBigDecimal("confidence").doubleValue(),
                        new Span(rs.getInt("start"), rs.getInt("end"), rs.getString("quote"))))
                .list();
    }

    @Override
    public int deleteOfDocument(long documentId) {
        return jdbc.sql(DELETE_OF_DOCUMENT).param("id", documentId).update();
    }
}
