package org.hospitalatlas.review;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The facts a review is about, of every kind, as {@link ReviewedFact}s: found, queued, locked and stamped with their
 * review. One SQL view per kind over its table (with its hospital, document and indicator), written by hand.
 */
interface ReviewedFacts {

    /**
     * The first statements of a review's transaction: the fact tables' write lock ({@code FactTables}), then the
     * fact's row. False when there is no such fact.
     */
    boolean lockForReview(FactKind kind, long id);

    Optional<ReviewedFact> findFact(FactKind kind, long id);

    /** The key that names the fact within its document as it stands now (see {@link FactKind}). */
    String extractedKeyOf(FactKind kind, long id);

    /** The current transaction's start time: a review's time, on the fact and in its trail alike. */
    OffsetDateTime transactionTime();

    /**
     * Writes the review's state, who and when onto the fact, with the fields {@code after} gives (value, year,
     * hospital by slug).
     */
    void stamp(FactKind kind, long id, Map<String, Object> after, String by, OffsetDateTime at);

    /** See {@link FactReviews#queue}. */
    QueuePage queue(FactKind only, String province, String indicator, int page, int size);

    /** The fact of the document's text, not reviewed yet, whose extracted key is {@code key}. */
    Optional<Long> successorOf(FactKind kind, String documentSlug, String key);

    boolean hospitalExists(String slug);
}
