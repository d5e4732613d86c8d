package org.hospitalatlas.document;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceDocumentRepository extends JpaRepository<SourceDocument, Long> {

    Optional<SourceDocument> findBySha256(String sha256);

    Optional<SourceDocument> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
