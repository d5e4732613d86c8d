package org.hospitalatlas.document;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads documents and their facts for clients, through {@link SourceDocumentRepository} into records. */
@Component
public class DocumentQueries {

    /**
     * At most this many facts of each kind in one document's details: a bulk-import dataset document can hold
     * millions; its facts are read through the comparison endpoints instead.
     */
    static final int MAX_FACTS = 5_000;

    private final SourceDocumentRepository documents;

    DocumentQueries(SourceDocumentRepository documents) {
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public DocumentPage list(int page, int size, OffsetDateTime updatedSince) {
        long total = documents.countListed(updatedSince);
        List<DocumentSummary> items = documents.listed(updatedSince, size, (long) page * size);
        return new DocumentPage(items, total);
    }

    @Transactional(readOnly = true)
    public DocumentSummary summary(String slug) {
        return documents.listedWithHospitals(slug).orElseThrow(() -> new NotFoundException("document", slug));
    }

    /** The document with its facts, those read with less confidence than {@code minConfidence} left out. */
    @Transactional(readOnly = true)
    public DocumentDetails details(String slug, BigDecimal minConfidence) {
        DocumentSummary summary = summary(slug);
        if (!"imported".equals(summary.status())) {
            return new DocumentDetails(summary, null, List.of(), List.of(), List.of());
        }
        String text = documents.findBodyBySlug(slug).orElseThrow();
        return new DocumentDetails(
                summary,
                text,
                documents.indicatorRows(slug, minConfidence, MAX_FACTS),
                documents.pilotRows(slug, minConfidence, MAX_FACTS),
                documents.consortiumRows(slug, minConfidence, MAX_FACTS));
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
        return documents.mentionsOf(hospitalId);
    }
}
