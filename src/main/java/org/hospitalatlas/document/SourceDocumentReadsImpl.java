package org.hospitalatlas.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link SourceDocumentReads} in SQL. */
class SourceDocumentReadsImpl implements SourceDocumentReads {

    /** Every document for the listing: the stored ones with their mentions counted, then failed imports not stored since. */
    private static final String LISTING = """
            select d.id, d.slug, d.title, d.publisher, d.published_on, d.origin_url, d.sha256, d.imported_at,
                   'imported' as status, cast(null as text) as failure,
                   (select count(*) from document_hospital x where x.document_id = d.id) as hospitals
            from source_document d
            union all
            select null, f.slug, null, null, null, null, f.sha256, f.failed_at, 'failed', f.reason, 0
            from import_failure f
            where not exists (select 1 from source_document d where d.slug = f.slug and d.sha256 = f.sha256)
            """;

    /** Documents are never changed in place (a changed text is a new row), so imported_at is when they last changed. */
    private static final String CHANGED_SINCE = "(cast(:since as timestamptz) is null or l.imported_at > :since)";

    private static final String COUNT_LISTED = overListing("count(*)", CHANGED_SINCE, "");
    private static final String PAGE_LISTED =
            overListing("*", CHANGED_SINCE, "order by l.slug limit :limit offset :offset");
    private static final String ONE_LISTED = overListing("*", "l.slug = :slug", "order by l.status desc limit 1");

    private static final String HOSPITALS_OF = """
            select h.slug, h.name_zh as name, x.is_main as main
            from document_hospital x
            join source_document d on d.id = x.document_id
            join hospital h on h.id = x.hospital_id
            where d.slug = :slug
            order by x.is_main desc, x.char_start
            """;

    private static final String MENTIONS_OF = """
            select d.slug, d.title, d.published_on, x.is_main
            from document_hospital x
            join source_document d on d.id = x.document_id
            where x.hospital_id = :id
            order by x.is_main desc, d.published_on desc nulls last, d.slug
            """;

    private static final String WITHDRAWN_AND_NOT_STORED = """
            select exists (select 1 from document_withdrawal w where w.sha256 = :sha256)
                   and not exists (select 1 from source_document d where d.sha256 = :sha256)
            """;

    private final JdbcClient jdbc;

    SourceDocumentReadsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The one place queries over {@link #LISTING} are put together: {@code select … from (LISTING) l where …}. */
    private static String overListing(String select, String where, String tail) {
        return "select " + select + " from (" + LISTING + ") l where " + where + (tail.isEmpty() ? "" : " " + tail);
    }

    @Override
    public long countListed(OffsetDateTime since) {
        return jdbc.sql(COUNT_LISTED).param("since", since).query(Long.class).single();
    }

    @Override
    public List<ListedDocument> listed(OffsetDateTime since, int limit, long offset) {
        return jdbc.sql(PAGE_LISTED)
                .param("since", since)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> summary(rs, null))
                .list();
    }

    @Override
    public Optional<ListedDocument> listedWithHospitals(String slug) {
        return jdbc.sql(ONE_LISTED)
                .param("slug", slug)
                .query((rs, row) -> summary(rs, hospitalsOf(rs.getString("slug"))))
                .optional();
    }

    @Override
    public List<DocumentMention> mentionsOf(long hospitalId) {
        return jdbc.sql(MENTIONS_OF)
                .param("id", hospitalId)
                .query((rs, row) -> new DocumentMention(
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getBoolean("is_main")))
                .list();
    }

    @Override
    public boolean withdrawnAndNotStored(String sha256) {
        return jdbc.sql(WITHDRAWN_AND_NOT_STORED)
                .param("sha256", sha256)
                .query(Boolean.class)
                .single();
    }

    private List<DocumentSummary.HospitalMention> hospitalsOf(String slug) {
        return jdbc.sql(HOSPITALS_OF)
                .param("slug", slug)
                .query(DocumentSummary.HospitalMention.class)
                .list();
    }

    private static ListedDocument summary(ResultSet rs, List<DocumentSummary.HospitalMention> hospitals)
            throws SQLException {
        return new ListedDocument(
                rs.getObject("id", Long.class),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("publisher"),
                rs.getObject("published_on", LocalDate.class),
                rs.getString("origin_url"),
                rs.getString("sha256"),
                rs.getObject("imported_at", OffsetDateTime.class),
                rs.getString("status"),
                rs.getString("failure"),
                rs.getInt("hospitals"),
                hospitals);
    }
}
