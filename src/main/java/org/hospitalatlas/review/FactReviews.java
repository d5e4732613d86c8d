package org.hospitalatlas.review;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews facts: writes a review onto the fact and into its audit trail in one transaction, reads a fact's trail,
 * lists the facts still waiting for review, and gives the facts of a replaced text the reviews of the facts they
 * replace. The fact's state and corrected values live on its own row, so every read sees them without a join.
 */
@Service
public class FactReviews {

    private final FactReviewRepository reviews;
    private final ReviewCorrection correction;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    FactReviews(FactReviewRepository reviews) {
        this.reviews = reviews;
        this.correction = new ReviewCorrection(reviews);
    }

    /**
     * Reviews the fact {@code id} of {@code kind} on behalf of the key named {@code by}. A review that leaves the fact
     * as it is (the same state and values) changes nothing and is not recorded again, whatever its reason.
     */
    @Transactional
    public ReviewOutcome review(FactKind kind, long id, ReviewCommand command, String by) {
        if (!reviews.lockForReview(kind, id)) {
            throw notFound(kind, id);
        }
        ReviewedFact fact = reviews.findFact(kind, id).orElseThrow(() -> notFound(kind, id));
        Map<String, Object> before = ReviewCorrection.fields(kind, fact);
        Map<String, Object> after = correction.corrected(kind, fact, command);
        if (before.equals(after)) {
            return new ReviewOutcome(fact, false);
        }
        // the key the fact had as extracted: its first review's, or its own before this first review changes it
        String extractedKey = reviews.findFirstByFactKindAndFactIdOrderById(kind.table(), id)
                .map(FactReview::extractedKey)
                .orElseGet(() -> reviews.extractedKeyOf(kind, id));
        OffsetDateTime at = reviews.transactionTime();
        try {
            reviews.stamp(kind, id, after, by, at);
        } catch (DuplicateKeyException e) {
            String field = command.year() != null ? ReviewCommand.YEAR : ReviewCommand.HOSPITAL;
            throw new InvalidInputException(
                    field, "the document already states this fact for that " + field + "; review that fact instead");
        }
        reviews.save(new FactReview(
                kind,
                id,
                fact.document(),
                extractedKey,
                command,
                by,
                at,
                json.writeValueAsString(before),
                json.writeValueAsString(after)));
        return new ReviewOutcome(reviews.findFact(kind, id).orElseThrow(), true);
    }

    /** The fact with every review of it, oldest first; not found when there is neither. */
    @Transactional(readOnly = true)
    public FactHistory history(FactKind kind, long id) {
        ReviewedFact fact = reviews.findFact(kind, id).orElse(null);
        List<ReviewEntry> entries = reviews.findByFactKindAndFactIdOrderById(kind.table(), id).stream()
                .map(review -> new ReviewEntry(
                        review.id(),
                        review.state(),
                        review.reviewedBy(),
                        review.reviewedAt(),
                        review.reason(),
                        map(review.before()),
                        map(review.after())))
                .toList();
        if (fact == null && entries.isEmpty()) {
            throw notFound(kind, id);
        }
        return new FactHistory(kind.path(), id, fact, entries);
    }

    /**
     * Facts still as extracted, lowest confidence first (then by kind and id), of one kind or all; {@code province}
     * (the start of a province's name) keeps the facts of hospitals there (for a consortium: with a member there),
     * {@code indicator} keeps indicator values of that code. Targets never count and are not queued.
     */
    @Transactional(readOnly = true)
    public QueuePage queue(FactKind only, String province, String indicator, int page, int size) {
        return reviews.queue(only, province, indicator, page, size);
    }

    /**
     * After a document's text was replaced (a changed seed text under the same slug): each fact of the new text with
     * the extracted key of a reviewed fact of the old one takes over its review — state, corrected values and audit
     * trail — so extraction never overwrites it. A reviewed fact the new text no longer states keeps its trail only.
     * Answers how many reviews were carried over. Runs in the importing transaction.
     */
    @Transactional
    public int carryOver(String documentSlug) {
        int carried = 0;
        for (FactReview latest : reviews.findLatestOfDocument(documentSlug)) {
            FactKind kind = latest.kind();
            if (reviews.findFact(kind, latest.factId()).isPresent()) {
                continue; // still there: nothing replaced it
            }
            Optional<Long> successor = reviews.successorOf(kind, documentSlug, latest.extractedKey());
            if (successor.isEmpty()) {
                continue;
            }
            reviews.stamp(kind, successor.get(), map(latest.after()), latest.reviewedBy(), latest.reviewedAt());
            reviews.findByFactKindAndFactIdOrderById(kind.table(), latest.factId())
                    .forEach(review -> review.moveTo(successor.get()));
            carried++;
        }
        reviews.flush();
        return carried;
    }

    private Map<String, Object> map(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.readValue(text, LinkedHashMap.class);
        return map;
    }

    private static NotFoundException notFound(FactKind kind, long id) {
        return new NotFoundException(kind.path() + " fact", String.valueOf(id));
    }
}
