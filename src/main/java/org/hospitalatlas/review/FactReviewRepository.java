package org.hospitalatlas.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/**
 * Reviews: the audit trail ({@link FactReview}) written and read through query methods, and the reviewed facts
 * themselves — four fact tables of three modules, read and stamped as one — in the {@link ReviewedFacts} fragment.
 * The fragment sits on this repository because a review is what the module owns; the facts are other modules'
 * rows it only reads and marks.
 */
interface FactReviewRepository extends JpaRepository<FactReview, Long>, ReviewedFacts {

    /** A fact's reviews, oldest first. */
    List<FactReview> findByFactKindAndFactIdOrderById(String factKind, long factId);

    /** A fact's first review: the one that holds its key as extracted. */
    Optional<FactReview> findFirstByFactKindAndFactIdOrderById(String factKind, long factId);

    /** The latest review of each fact read from the document {@code slug}. */
    @NativeQuery("""
            select distinct on (fact_kind, fact_id) *
            from fact_review
            where document_slug = :slug
            order by fact_kind, fact_id, id desc
            """)
    List<FactReview> findLatestOfDocument(String slug);
}
