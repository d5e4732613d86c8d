package org.hospitalatlas.document;

import java.time.OffsetDateTime;
import java.util.List;
import org.hospitalatlas.database.FactTables;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a document in one transaction: its facts, its mentions of hospitals, the document, and the hospitals that
 * came with it and that nothing else mentions any more; a record of who withdrew it and what went stays in
 * {@code document_withdrawal}. Facts are deleted before the document (not left to the cascade) so that the change
 * log still names their document and hospital.
 */
@Service
class DocumentWithdrawal {

    private final JdbcClient jdbc;

    DocumentWithdrawal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Target(
            long id, String slug, String title, String sha256, OffsetDateTime importedAt, boolean dataset) {}

    /** Withdraws the document {@code slug} on behalf of the key named {@code by}; not found when there is none. */
    @Transactional
    public WithdrawnDocument withdraw(String slug, String by) {
        FactTables.lockForWriting(jdbc); // first, before any read: see FactTables
        Target target = jdbc.sql("""
                        select d.id, d.slug, d.title, d.sha256, d.imported_at,
                               exists (select 1 from bulk_dataset s where s.document_id = d.id) as dataset
                        from source_document d where d.slug = :slug
                        for update
                        """)
                .param("slug", slug)
                .query(Target.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("document", slug));
        if (target.dataset()) {
            throw new InvalidInputException(
                    "slug",
                    "'" + slug + "' stands for a bulk-import dataset, not a text; correct a dataset by importing a"
                            + " corrected file");
        }
        long id = target.id();
        List<Long> named = jdbc.sql("""
                        select hospital_id from document_hospital where document_id = :id
                        union select hospital_id from indicator_value where document_id = :id
                        union select hospital_id from reform_pilot where document_id = :id
                        union select hospital_id from consortium_member where document_id = :id
                        """).param("id", id).query(Long.class).list();
        // a consortium this document named first and another document named too stays, on that document's evidence
        int consortiaKept = jdbc.sql("""
                        update consortium c
                        set document_id = m.document_id, char_start = m.char_start, char_end = m.char_end,
                            quote = m.quote, confidence = m.confidence, source_line = m.source_line
                        from (select distinct on (consortium_id) consortium_id, document_id, char_start, char_end,
                                     quote, confidence, source_line
                              from consortium_member
                              where document_id <> :id
                              order by consortium_id, id) m
                        where m.consortium_id = c.id and c.document_id = :id
                        """).param("id", id).update();
        int members = delete("delete from consortium_member where document_id = :id", id);
        // the members other documents named in this document's consortia go with them
        members += delete(
                "delete from consortium_member where consortium_id in (select c.id from consortium c where c.document_id = :id)",
                id);
        int consortia = delete("delete from consortium where document_id = :id", id);
        int values = delete("delete from indicator_value where document_id = :id", id);
        int pilots = delete("delete from reform_pilot where document_id = :id", id);
        int mentions = delete("delete from document_hospital where document_id = :id", id);
        jdbc.sql("delete from source_document where id = :id").param("id", id).update();
        int hospitals = removeOrphans(named);
        return jdbc.sql("""
                        insert into document_withdrawal (slug, title, sha256, imported_at, withdrawn_by,
                                                         indicator_values, reform_pilots, consortia, consortia_kept,
                                                         consortium_members, hospital_mentions, hospitals)
                        values (:slug, :title, :sha256, :importedAt, :by, :values, :pilots, :consortia, :kept,
                                :members, :mentions, :hospitals)
                        returning slug, title, sha256, imported_at, withdrawn_at, withdrawn_by, indicator_values,
                                  reform_pilots, consortia, consortia_kept, consortium_members, hospital_mentions,
                                  hospitals
                        """)
                .param("slug", target.slug())
                .param("title", target.title())
                .param("sha256", target.sha256())
                .param("importedAt", target.importedAt())
                .param("by", by)
                .param("values", values)
                .param("pilots", pilots)
                .param("consortia", consortia)
                .param("kept", consortiaKept)
                .param("members", members)
                .param("mentions", mentions)
                .param("hospitals", hospitals)
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

    /**
     * Removes those of {@code named} that nothing mentions any more and that came with a document (made in a
     * document's transaction), never a hospital a hospitals.csv import registered nor one older than the record of
     * when hospitals were made (V040).
     */
    private int removeOrphans(List<Long> named) {
        if (named.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        delete from hospital h
                        where h.id in (:named)
                          and h.created_at is not null
                          and not exists (select 1 from bulk_import b
                                          where b.kind = 'hospitals' and b.imported_at = h.created_at)
                          and not exists (select 1 from document_hospital x where x.hospital_id = h.id)
                          and not exists (select 1 from indicator_value x where x.hospital_id = h.id)
                          and not exists (select 1 from reform_pilot x where x.hospital_id = h.id)
                          and not exists (select 1 from consortium_member x where x.hospital_id = h.id)
                        """).param("named", named).update();
    }

    private int delete(String sql, long id) {
        return jdbc.sql(sql).param("id", id).update();
    }
}
