package org.hospitalatlas.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.shared.PartialDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads documents and their facts for clients, straight from SQL into records. */
@Component
public class DocumentQueries {

    private static final String LISTING = """
            select d.slug, d.title, d.publisher, d.published_on, d.origin_url, d.sha256, d.imported_at,
                   'imported' as status, cast(null as text) as failure,
                   (select count(*) from document_hospital x where x.document_id = d.id) as hospitals,
                   (select count(*) from indicator_value x where x.document_id = d.id) as indicators,
                   (select count(*) from reform_pilot x where x.document_id = d.id) as pilots,
                   (select count(*) from consortium x where x.document_id = d.id) as consortia
            from source_document d
            union all
            select f.slug, null, null, null, null, f.sha256, f.failed_at, 'failed', f.reason, 0, 0, 0, 0
            from import_failure f
            where not exists (select 1 from source_document d where d.slug = f.slug and d.sha256 = f.sha256)
            """;

    /** Documents are never changed in place (a changed text is a new row), so imported_at is when they last changed. */
    private static final String SINCE = " where (cast(:since as timestamptz) is null or l.imported_at > :since)";

    /**
     * At most this many facts of each kind in one document's details: a bulk-import dataset document can hold
     * millions; its facts are read through the comparison endpoints instead.
     */
    static final int MAX_FACTS = 5_000;

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public DocumentPage list(int page, int size, OffsetDateTime updatedSince) {
        long total = jdbc.sql("select count(*) from (" + LISTING + ") l" + SINCE)
                .param("since", updatedSince)
                .query(Long.class)
                .single();
        List<DocumentSummary> items = jdbc.sql(
                        "select * from (" + LISTING + ") l" + SINCE + " order by l.slug limit :limit offset :offset")
                .param("since", updatedSince)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> summaryRow(rs, false))
                .list();
        return new DocumentPage(items, total);
    }

    @Transactional(readOnly = true)
    public DocumentSummary summary(String slug) {
        return jdbc.sql("select * from (" + LISTING + ") l where l.slug = :slug order by l.status desc limit 1")
                .param("slug", slug)
                .query((rs, row) -> summaryRow(rs, true))
                .optional()
                .orElseThrow(() -> new NotFoundException("document", slug));
    }

    /** The document with its facts, those read with less confidence than {@code minConfidence} left out. */
    @Transactional(readOnly = true)
    public DocumentDetails details(String slug, BigDecimal minConfidence) {
        DocumentSummary summary = summary(slug);
        if (!"imported".equals(summary.status())) {
            return new DocumentDetails(summary, null, List.of(), List.of(), List.of());
        }
        String text = jdbc.sql("select body from source_document where slug = :slug")
                .param("slug", slug)
                .query(String.class)
                .single();
        List<DocumentDetails.IndicatorRow> indicators = jdbc.sql("""
                        select h.slug as hospital_slug, h.name_zh as hospital, v.indicator_code as code, v.year,
                               v.kind, v.value,
                               case when v.kind = 'yoy_change_pct' then 'percent' else i.unit end as unit, v.qualifier, v.is_target as target, v.confidence,
                               v.char_start as start, v.char_end as "end", v.quote
                        from indicator_value v
                        join source_document d on d.id = v.document_id
                        join hospital h on h.id = v.hospital_id
                        join indicator i on i.code = v.indicator_code
                        where d.slug = :slug and v.confidence >= :minConfidence
                        order by v.char_start, v.indicator_code
                        limit :limit
                        """)
                .param("slug", slug)
                .param("minConfidence", minConfidence)
                .param("limit", MAX_FACTS)
                .query((rs, row) -> new DocumentDetails.IndicatorRow(
                        rs.getString("hospital_slug"),
                        rs.getString("hospital"),
                        rs.getString("code"),
                        rs.getInt("year"),
                        rs.getString("kind"),
                        plain(rs.getBigDecimal("value")),
                        rs.getString("unit"),
                        rs.getString("qualifier"),
                        rs.getBoolean("target"),
                        rs.getBigDecimal("confidence").doubleValue(),
                        new DocumentDetails.Span(rs.getInt("start"), rs.getInt("end"), rs.getString("quote"))))
                .list();
        List<DocumentDetails.PilotRow> pilots = jdbc.sql("""
                        select h.slug as hospital_slug, h.name_zh as hospital, p.designation, p.level, p.category,
                               p.year, p.designated_by, p.document_number, p.batch, p.batch_number, p.designated_on,
                               p.designated_precision, p.confidence, p.char_start as start, p.char_end as "end", p.quote
                        from reform_pilot p
                        join source_document d on d.id = p.document_id
                        join hospital h on h.id = p.hospital_id
                        where d.slug = :slug and p.confidence >= :minConfidence
                        order by p.char_start, p.designation
                        limit :limit
                        """)
                .param("slug", slug)
                .param("minConfidence", minConfidence)
                .param("limit", MAX_FACTS)
                .query((rs, row) -> new DocumentDetails.PilotRow(
                        rs.getString("hospital_slug"),
                        rs.getString("hospital"),
                        rs.getString("designation"),
                        rs.getString("level"),
                        rs.getString("category"),
                        (Integer) rs.getObject("year", Integer.class),
                        rs.getString("designated_by"),
                        rs.getString("document_number"),
                        rs.getString("batch"),
                        rs.getObject("batch_number", Integer.class),
                        PartialDates.format(
                                rs.getObject("designated_on", LocalDate.class), rs.getString("designated_precision")),
                        rs.getBigDecimal("confidence").doubleValue(),
                        new DocumentDetails.Span(rs.getInt("start"), rs.getInt("end"), rs.getString("quote"))))
                .list();
        List<DocumentDetails.ConsortiumRow> consortia = jdbc.sql("""
                        select c.slug, c.name, c.type, c.established_on, c.established_precision, c.confidence,
                               c.char_start as start, c.char_end as "end", c.quote
                        from consortium c
                        join source_document d on d.id = c.document_id
                        where d.slug = :slug and c.confidence >= :minConfidence
                        order by c.char_start, c.name
                        limit :limit
                        """)
                .param("slug", slug)
                .param("minConfidence", minConfidence)
                .param("limit", MAX_FACTS)
                .query((rs, row) -> new DocumentDetails.ConsortiumRow(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getObject("established_on", LocalDate.class),
                        rs.getString("established_precision"),
                        rs.getBigDecimal("confidence").doubleValue(),
                        new DocumentDetails.Span(rs.getInt("start"), rs.getInt("end"), rs.getString("quote"))))
                .list();
        return new DocumentDetails(summary, text, indicators, pilots, consortia);
    }

    private DocumentSummary summaryRow(java.sql.ResultSet rs, boolean withHospitals) throws java.sql.SQLException {
        String slug = rs.getString("slug");
        return new DocumentSummary(
                slug,
                rs.getString("title"),
                rs.getString("publisher"),
                rs.getObject("published_on", LocalDate.class),
                rs.getString("origin_url"),
                rs.getString("sha256"),
                rs.getObject("imported_at", OffsetDateTime.class),
                rs.getString("status"),
                rs.getString("failure"),
                new DocumentSummary.Counts(
                        rs.getInt("hospitals"), rs.getInt("indicators"), rs.getInt("pilots"), rs.getInt("consortia")),
                withHospitals ? hospitalsOf(slug) : null);
    }

    private List<DocumentSummary.HospitalMention> hospitalsOf(String slug) {
        return jdbc.sql("""
                        select h.slug, h.name_zh as name, x.is_main as main
                        from document_hospital x
                        join source_document d on d.id = x.document_id
                        join hospital h on h.id = x.hospital_id
                        where d.slug = :slug
                        order by x.is_main desc, x.char_start
                        """)
                .param("slug", slug)
                .query(DocumentSummary.HospitalMention.class)
                .list();
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The documents naming a hospital, those mainly about it first. */
    @Transactional(readOnly = true)
    public List<DocumentMention> mentionsOf(long hospitalId) {
        return jdbc.sql("""
                        select d.slug, d.title, d.published_on, x.is_main
                        from document_hospital x
                        join source_document d on d.id = x.document_id
                        where x.hospital_id = :id
                        order by x.is_main desc, d.published_on desc nulls last, d.slug
                        """)
                .param("id", hospitalId)
                .query((rs, row) -> new DocumentMention(
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getBoolean("is_main")))
                .list();
    }
}
