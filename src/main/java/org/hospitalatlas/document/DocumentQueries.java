package org.hospitalatlas.document;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hospitalatlas.consortium.Consortia;
import org.hospitalatlas.indicator.IndicatorValues;
import org.hospitalatlas.reform.ReformPilots;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads documents for clients, through {@link SourceDocumentRepository} into records; a document's facts are counted
 * and listed by their own modules ({@link IndicatorValues}, {@link ReformPilots}, {@link Consortia}) in the same
 * transaction.
 */
@Component
public class DocumentQueries {

    /**
     * At most this many facts of each kind in one document's details: a bulk-import dataset document can hold
     * millions; its facts are read through the comparison endpoints instead.
     */
    static final int MAX_FACTS = 5_000;

    private final SourceDocumentRepository documents;
    private final IndicatorValues values;
    private final ReformPilots pilots;
    private final Consortia consortia;

    DocumentQueries(
            SourceDocumentRepository documents, IndicatorValues values, ReformPilots pilots, Consortia consortia) {
        this.documents = documents;
        this.values = values;
        this.pilots = pilots;
        this.consortia = consortia;
    }

    @Transactional(readOnly = true)
    public DocumentPage list(int page, int size, OffsetDateTime updatedSince) {
        long total = documents.countListed(updatedSince);
        List<ListedDocument> items = documents.listed(updatedSince, size, (long) page * size);
        return new DocumentPage(counted(items), total);
    }

    @Transactional(readOnly = true)
    public DocumentSummary summary(String slug) {
        return counted(List.of(listed(slug))).get(0);
    }

    /** The document with its facts, those read with less confidence than {@code minConfidence} left out. */
    @Transactional(readOnly = true)
    public DocumentDetails details(String slug, BigDecimal minConfidence) {
        ListedDocument listed = listed(slug);
        DocumentSummary summary = counted(List.of(listed)).get(0);
        if (!"imported".equals(summary.status())) {
            return new DocumentDetails(summary, null, List.of(), List.of(), List.of());
        }
        String text = documents.findBodyBySlug(slug).orElseThrow();
        long id = listed.id();
        return new DocumentDetails(
                summary,
                text,
                values.figuresOfDocument(id, minConfidence, MAX_FACTS),
                pilots.pilotsOfDocument(id, minConfidence, MAX_FACTS),
                consortia.consortiaOfDocument(id, minConfidence, MAX_FACTS));
    }

    private ListedDocument listed(String slug) {
        return documents.listedWithHospitals(slug).orElseThrow(() -> new NotFoundException("document", slug));
    }

    /** The listing's answers, each stored document's facts counted by their modules (a failed import has none). */
    private List<DocumentSummary> counted(List<ListedDocument> listed) {
        List<Long> ids =
                listed.stream().map(ListedDocument::id).filter(Objects::nonNull).toList();
        Map<Long, Integer> valueCounts = values.countByDocument(ids);
        Map<Long, Integer> pilotCounts = pilots.countByDocument(ids);
        Map<Long, Integer> consortiumCounts = consortia.countByDocument(ids);
        return listed.stream()
                .map(document -> document.summary(
                        valueCounts.getOrDefault(document.id(), 0),
                        pilotCounts.getOrDefault(document.id(), 0),
                        consortiumCounts.getOrDefault(document.id(), 0)))
                .toList();
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
