package org.hospitalatlas.document;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Source documents: the entity for the import's own lookups, and the hand-written SQL the feature needs in two
 * fragments — {@link SourceDocumentReads} for the clients' reads, {@link SourceDocumentWrites} for the fact-table
 * lock, hospital mentions, failed imports and withdrawal.
 */
interface SourceDocumentRepository
        extends JpaRepository<SourceDocument, Long>, SourceDocumentReads, SourceDocumentWrites {

    Optional<SourceDocument> findBySha256(String sha256);

    Optional<SourceDocument> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select d.body from SourceDocument d where d.slug = :slug")
    Optional<String> findBodyBySlug(@Param("slug") String slug);
}
