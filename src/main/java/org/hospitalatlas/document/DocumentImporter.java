package org.hospitalatlas.document;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.hospitalatlas.consortium.Consortia;
import org.hospitalatlas.extraction.DocumentExtractor;
import org.hospitalatlas.extraction.DocumentMetadata;
import org.hospitalatlas.extraction.ExtractionResult;
import org.hospitalatlas.hospital.HospitalService;
import org.hospitalatlas.indicator.IndicatorValues;
import org.hospitalatlas.reform.ReformPilots;
import org.hospitalatlas.review.FactReviews;
import org.hospitalatlas.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one document in one transaction: stores the text, runs the extractor, and records its
 * hospitals, indicator values, pilots and consortia with their evidence. The same text twice changes
 * nothing; a changed text under the same slug replaces that document's facts and nothing else, its facts taking
 * over the reviews of the facts they replace ({@link FactReviews#carryOver}).
 */
@Service
public class DocumentImporter {

    private final SourceDocumentRepository documents;
    private final IndicatorValues indicatorValues;
    private final ReformPilots pilots;
    private final Consortia consortia;
    private final DocumentQueries queries;
    private final FactReviews reviews;
    private final HospitalFactMapper hospitalFacts;
    private final EntityManager entityManager;
    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();
    private final Timer extraction;

    DocumentImporter(
            SourceDocumentRepository documents,
            HospitalService hospitals,
            IndicatorValues indicatorValues,
            ReformPilots pilots,
            Consortia consortia,
            DocumentQueries queries,
            FactReviews reviews,
            EntityManager entityManager,
            MeterRegistry meters) {
        this.documents = documents;
        this.indicatorValues = indicatorValues;
        this.pilots = pilots;
        this.consortia = consortia;
        this.queries = queries;
        this.reviews = reviews;
        this.hospitalFacts = new HospitalFactMapper(hospitals, documents);
        this.entityManager = entityManager;
        this.extraction = Timer.builder("atlas.extraction")
                .description("The extractor's time for one text: POST /api/v1/extractions, posted and seed documents")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** Runs the extractor without storing anything. */
    public ExtractionResult extract(String text, String title, String publisher, LocalDate publishedOn) {
        return extraction.record(() -> extractor.extract(text, new DocumentMetadata(title, publisher, publishedOn)));
    }

    /**
     * Imports the document. With {@code replaceChanged}, a known slug with a different text is replaced (the
     * seed loader); without it, that is refused as a conflict of slugs (the API).
     */
    @Transactional
    public ImportOutcome importDocument(NewDocument document, boolean replaceChanged) {
        documents.lockFactTables(); // first, before any read: see FactTables
        String sha256 = sha256(document.text());
        Optional<SourceDocument> same = documents.findBySha256(sha256);
        if (same.isPresent()) {
            return new ImportOutcome(
                    ImportOutcome.Status.UNCHANGED, queries.summary(same.get().slug()));
        }
        String slug = document.slug() != null ? document.slug() : "doc-" + sha256.substring(0, 16);
        ImportOutcome.Status status = ImportOutcome.Status.CREATED;
        Optional<SourceDocument> previous = documents.findBySlug(slug);
        if (previous.isPresent()) {
            if (!replaceChanged) {
                throw new InvalidInputException(
                        "slug", "a different document is already stored as '" + slug + "'; choose another slug");
            }
            documents.delete(previous.get()); // its facts go with it (on delete cascade)
            documents.flush();
            status = ImportOutcome.Status.REPLACED;
        }
        // the extractor gets the title as given: a title taken from the first line is in the text already
        ExtractionResult facts =
                extract(document.text(), document.title(), document.publisher(), document.publishedOn());
        NewDocument titled = new NewDocument(
                document.slug(),
                DocumentTitle.orFirstLine(document.title(), document.text()),
                document.publisher(),
                document.publishedOn(),
                document.originUrl(),
                document.text());
        SourceDocument stored = documents.saveAndFlush(new SourceDocument(slug, titled, sha256, facts.publishedOn()));
        recordFacts(stored.id(), facts);
        if (status == ImportOutcome.Status.REPLACED) {
            // the new text's facts take over the reviews of the old one's: extraction never overwrites a review
            reviews.carryOver(slug);
        }
        documents.clearFailure(slug);
        // written (the mappers flush; this makes sure): its entities leave the persistence context, which a
        // transaction around many imports (RealCorpusIT's 512 texts) would otherwise dirty-check in full before every
        // query of each later import
        entityManager.flush();
        entityManager.clear();
        return new ImportOutcome(status, queries.summary(slug));
    }

    /**
     * Records the document's facts, one mapper per kind, in this order: its hospitals (resolved or added, and its
     * mentions of them) first, since the other facts are placed in them.
     */
    private void recordFacts(long documentId, ExtractionResult facts) {
        ResolvedHospitals byName = hospitalFacts.record(documentId, facts.hospitals());
        indicatorValues.recordAll(IndicatorFactMapper.values(documentId, facts.indicators(), byName));
        pilots.recordAll(PilotFactMapper.pilots(documentId, facts.pilots(), byName));
        consortia.recordAll(ConsortiumFactMapper.consortia(documentId, facts.consortia(), byName));
    }

    /**
     * Whether this text was withdrawn (DELETE /documents/{slug}) and is not stored again: the seed loader, which
     * imports its folder on every start, leaves such a text out; posting it, or importing a folder, brings it back.
     */
    @Transactional(readOnly = true)
    public boolean withdrawn(String text) {
        return documents.withdrawnAndNotStored(sha256(text));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
