package org.hospitalatlas.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hospitalatlas.database.FactTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link SourceDocumentWrites} in SQL. */
class SourceDocumentWritesImpl implements SourceDocumentWrites {

    private static final String MENTION_HOSPITAL = """
            insert into document_hospital (document_id, hospital_id, is_main, char_start, char_end, quote)
            values (:document, :hospital, :main, :start, :end, :quote)
            on conflict (document_id, hospital_id)
            do update set is_main = document_hospital.is_main or excluded.is_main
            """;

    private static final String RECORD_FAILURE = """
            insert into import_failure (slug, sha256, reason) values (:slug, :sha256, :reason)
            on conflict (slug) do update
            set sha256 = excluded.sha256, reason = excluded.reason, failed_at = now()
            """;

    private static final String CLEAR_FAILURE = "delete from import_failure where slug = :slug";

    private static final String LOCK_FOR_WITHDRAWAL = """
            select d.id, d.slug, d.title, d.sha256, d.imported_at,
                   exists (select 1 from bulk_dataset s where s.document_id = d.id) as dataset
            from source_document d where d.slug = :slug
            for update
            """;

    private static final String HOSPITALS_MENTIONED_BY =
            "select hospital_id from document_hospital where document_id = :id";

    private static final String DELETE_MENTIONS_OF = "delete from document_hospital where document_id = :id";
    private static final String DELETE_DOCUMENT = "delete from source_document where id = :id";

    private static final String RECORD_WITHDRAWAL = """
            insert into document_withdrawal (slug, title, sha256, imported_at, withdrawn_by,
                                             indicator_values, reform_pilots, consortia, consortia_kept,
                                             consortium_members, hospital_mentions, hospitals)
            values (:slug, :title, :sha256, :importedAt, :by, :values, :pilots, :consortia, :kept,
                    :members, :mentions, :hospitals)
            returning slug, title, sha256, imported_at, withdrawn_at, withdrawn_by, indicator_values,
                      reform_pilots, consortia, consortia_kept, consortium_members, hospital_mentions,
                      hospitals
            """;

    private final JdbcClient jdbc;

    SourceDocumentWritesImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockFactTables() {
        FactTables.lockForWriting(jdbc);
    }

    @Override
    public void mentionHospital(long documentId, long hospitalId, boolean main, int start, int end, String quote) {
        jdbc.sql(MENTION_HOSPITAL)
                .param("document", documentId)
                .param("hospital", hospitalId)
                .param("main", main)
                .param("start", start)
                .param("end", end)
                .param("quote", quote)
                .update();
    }

    @Override
    public void recordFailure(String slug, String sha256, String reason) {
        jdbc.sql(RECORD_FAILURE)
                .param("slug", slug)
                .param("sha256", sha256)
                .param("reason", reason)
                .update();
    }

    @Override
    public void clearFailure(String slug) {
        jdbc.sql(CLEAR_FAILURE).param("slug", slug).update();
    }

    @Override
    public Optional<Withdrawing> lockForWithdrawal(String slug) {
        return jdbc.sql(LOCK_FOR_WITHDRAWAL)
                .param("slug", slug)
                .query(Withdrawing.class)
                .optional();
    }

    @Override
    public List<Long> hospitalsMentionedBy(long documentId) {
        return jdbc.sql(HOSPITALS_MENTIONED_BY)
                .param("id", documentId)
                .query(Long.class)
                .list();
    }

    @Override
    public int deleteMentionsOf(long documentId) {
        return update(DELETE_MENTIONS_OF, documentId);
    }

    @Override
    public void deleteDocument(long documentId) {
        update(DELETE_DOCUMENT, documentId);
    }

    @Override
    public WithdrawnDocument recordWithdrawal(
            Withdrawing document, String by, WithdrawnDocument.Removed removed, int consortiaKept) {
        return jdbc.sql(RECORD_WITHDRAWAL)
                .param("slug", document.slug())
                .param("title", document.title())
                .param("sha256", document.sha256())
                .param("importedAt", document.importedAt())
                .param("by", by)
                .param("values", removed.indicatorValues())
                .param("pilots", removed.reformPilots())
                .param("consortia", removed.consortia())
                .param("kept", consortiaKept)
                .param("members", removed.consortiumMembers())
                .param("mentions", removed.hospitalMentions())
                .param("hospitals", removed.hospitals())
                .query((rs, row) -> new WithdrawnDocument(
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("sha256"),
                        rs.getObject("imported_at", OffsetDateTime.class),
                        rs.getObject("withdrawn_at", OffsetDateTime.class),
                        rs.getString("withdrawn_by"),
                        new WithdrawnDocument.Removed(
                                rs.getInt("indicator_values"),
                                rs.getInt("reform_pilots"),
                                rs.getInt("consortia"),
                                rs.getInt("consortium_members"),
                                rs.getInt("hospital_mentions"),
                                rs.getInt("hospitals")),
                        rs.getInt("consortia_kept")))
                .single();
    }

    private int update(String sql, long documentId) {
        return jdbc.sql(sql).param("id", documentId).update();
    }
}
