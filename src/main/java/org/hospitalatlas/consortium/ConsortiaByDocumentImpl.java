package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.database.CountsByDocument;
import org.hospitalatlas.shared.Span;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ConsortiaByDocument} in SQL. */
class ConsortiaByDocumentImpl implements ConsortiaByDocument {

    private static final String HOSPITALS_OF_DOCUMENT =
            "select hospital_id from consortium_member where document_id = :id";

    private static final String COUNT_BY_DOCUMENT = """
            select document_id, count(*) from consortium where document_id in (:ids) group by document_id
            """;

    private static final String CONSORTIA_OF_DOCUMENT = """
            select c.slug, c.name, c.type, c.established_on, c.established_precision, c.confidence,
                   c.char_start as start, c.char_end as "end", c.quote
            from consortium c
            where c.document_id = :id and c.confidence >= :minConfidence
            order by c.char_start, c.name
            limit :limit
            """;

    private static final String KEEP_CONSORTIA_NAMED_ELSEWHERE = """
            update consortium c
            set document_id = m.document_id, char_start = m.char_start, char_end = m.char_end,
                quote = m.quote, confidence = m.confidence, source_line = m.source_line
            from (select distinct on (consortium_id) consortium_id, document_id, char_start, char_end,
                         quote, confidence, source_line
                  from consortium_member
                  where document_id <> :id
                  order by consortium_id, id) m
            where m.consortium_id = c.id and c.document_id = :id
            """;

    private static final String DELETE_MEMBERS_NAMED_BY = "delete from consortium_member where document_id = :id";

    private static final String DELETE_MEMBERS_OF_CONSORTIA_OF =
            "delete from consortium_member where consortium_id in (select c.id from consortium c where c.document_id = :id)";

    private static final String DELETE_CONSORTIA_OF = "delete from consortium where document_id = :id";

    private final JdbcClient jdbc;

    ConsortiaByDocumentImpl(JdbcClient jdbc) {
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
    public List<DocumentConsortium> consortiaOfDocument(long documentId, BigDecimal minConfidence, int limit) {
        return jdbc.sql(CONSORTIA_OF_DOCUMENT)
                .param("id", documentId)
                .param("minConfidence", minConfidence)
                .param("limit", limit)
                .query((rs, row) -> new DocumentConsortium(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getObject("established_on", LocalDate.class),
                        rs.getString("established_precision"),
                        rs.getBigDecimal("confidence").doubleValue(),
                        new Span(rs.getInt("start"), rs.getInt("end"), rs.getString("quote"))))
                .list();
    }

    @Override
    public int keepConsortiaNamedElsewhere(long documentId) {
        return update(KEEP_CONSORTIA_NAMED_ELSEWHERE, documentId);
    }

    @Override
    public int deleteMembersNamedBy(long documentId) {
        return update(DELETE_MEMBERS_NAMED_BY, documentId);
    }

    @Override
    public int deleteMembersOfConsortiaOf(long documentId) {
        return update(DELETE_MEMBERS_OF_CONSORTIA_OF, documentId);
    }

    @Override
    public int deleteConsortiaOf(long documentId) {
        return update(DELETE_CONSORTIA_OF, documentId);
    }

    private int update(String sql, long documentId) {
        return jdbc.sql(sql).param("id", documentId).update();
    }
}
