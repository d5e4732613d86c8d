package org.hospitalatlas.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One review of one fact, kept for good ({@code fact_review}): the review module's aggregate. The fact before and
 * after it are JSON objects, kept as the database writes them ({@code jsonb}'s text). Only a fact replaced by a
 * changed text moves a review on, to the fact that replaces it.
 */
@Entity
@DynamicUpdate
@Table(name = "fact_review")
class FactReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fact_kind", nullable = false)
    private String factKind;

    @Column(name = "fact_id", nullable = false)
    private long factId;

    @Column(name = "document_slug", nullable = false)
    private String documentSlug;

    @Column(name = "extracted_key", nullable = false)
    private String extractedKey;

    @Column(nullable = false)
    private String state;

    private String reason;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private OffsetDateTime reviewedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String after;

    protected FactReview() {}

    /** A review of the fact {@code factId} of {@code kind}; {@code before} and {@code after} are JSON objects. */
    FactReview(
            FactKind kind,
            long factId,
            String documentSlug,
            String extractedKey,
            ReviewCommand command,
            String by,
            OffsetDateTime at,
            String before,
            String after) {
        this.factKind = kind.table();
        this.factId = factId;
        this.documentSlug = documentSlug;
        this.extractedKey = extractedKey;
        this.state = command.state();
        this.reason = command.reason();
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.before = before;
        this.after = after;
    }

    Long id() {
        return id;
    }

    FactKind kind() {
        return FactKind.ofTable(factKind);
    }

    long factId() {
        return factId;
    }

    String extractedKey() {
        return extractedKey;
    }

    String state() {
        return state;
    }

    String reason() {
        return reason;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    /** When, in UTC (as the driver reads a {@code timestamptz}), whatever zone the session has. */
    OffsetDateTime reviewedAt() {
        return reviewedAt.withOffsetSameInstant(ZoneOffset.UTC);
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }

    /** The fact was replaced by {@code successor} (the same fact of the document's changed text): follow it. */
    void moveTo(long successor) {
        this.factId = successor;
    }
}
