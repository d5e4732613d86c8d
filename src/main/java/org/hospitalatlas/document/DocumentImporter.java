package org.hospitalatlas.document;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hospitalatlas.consortium.Consortia;
import org.hospitalatlas.consortium.NewConsortium;
import org.hospitalatlas.database.FactTables;
import org.hospitalatlas.extraction.ConsortiumFact;
import org.hospitalatlas.extraction.Designation;
import org.hospitalatlas.extraction.DocumentExtractor;
import org.hospitalatlas.extraction.DocumentMetadata;
import org.hospitalatlas.extraction.ExtractionResult;
import org.hospitalatlas.extraction.HospitalFact;
import org.hospitalatlas.extraction.IndicatorFact;
import org.hospitalatlas.extraction.PilotFact;
import org.hospitalatlas.hospital.HospitalDescription;
import org.hospitalatlas.hospital.HospitalRef;
import org.hospitalatlas.hospital.HospitalService;
import org.hospitalatlas.indicator.IndicatorValues;
import org.hospitalatlas.indicator.NewIndicatorValue;
import org.hospitalatlas.reform.NewReformPilot;
import org.hospitalatlas.reform.ReformPilots;
import org.hospitalatlas.review.FactReviews;
import org.hospitalatlas.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final SourceDocumentRepository documents;
    private final HospitalService hospitals;
    private final IndicatorValues indicatorValues;
    private final ReformPilots pilots;
    private final Consortia consortia;
    private final DocumentQueries queries;
    private final JdbcClient jdbc;
    private final FactReviews reviews;
    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();
    private final Timer extraction;

    DocumentImporter(
            SourceDocumentRepository documents,
            HospitalService hospitals,
            IndicatorValues indicatorValues,
            ReformPilots pilots,
            Consortia consortia,
            DocumentQueries queries,
            JdbcClient jdbc,
            FactReviews reviews,
            MeterRegistry meters) {
        this.documents = documents;
        this.hospitals = hospitals;
        this.indicatorValues = indicatorValues;
        this.pilots = pilots;
        this.consortia = consortia;
        this.queries = queries;
        this.jdbc = jdbc;
        this.reviews = reviews;
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
        FactTables.lockForWriting(jdbc); // first, before any read: see FactTables
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
        jdbc.sql("delete from import_failure where slug = :slug")
                .param("slug", slug)
                .update();
        return new ImportOutcome(status, queries.summary(slug));
    }

    private void recordFacts(long documentId, ExtractionResult facts) {
        Map<String, HospitalRef> byName = new HashMap<>();
        for (HospitalFact hospital : facts.hospitals()) {
            HospitalRef ref = hospitals.resolveOrCreate(new HospitalDescription(
                    hospital.name(),
                    hospital.aliases(),
                    hospital.province(),
                    hospital.city(),
                    hospital.district(),
                    hospital.level(),
                    hospital.category(),
                    hospital.foundedYear(),
                    false));
            byName.put(hospital.name(), ref);
            hospital.aliases().forEach(alias -> byName.putIfAbsent(alias, ref));
            if (hospital.evidence() != null) {
                jdbc.sql("""
                                insert into document_hospital (document_id, hospital_id, is_main, char_start, char_end, quote)
                                values (:document, :hospital, :main, :start, :end, :quote)
                                on conflict (document_id, hospital_id)
                                do update set is_main = document_hospital.is_main or excluded.is_main
                                """)
                        .param("document", documentId)
                        .param("hospital", ref.id())
                        .param("main", hospital.main())
                        .param("start", hospital.evidence().start())
                        .param("end", hospital.evidence().end())
                        .param("quote", hospital.evidence().quote())
                        .update();
            }
        }
        List<NewIndicatorValue> values = new ArrayList<>();
        for (IndicatorFact fact : facts.indicators()) {
            HospitalRef hospital = fact.hospital() == null ? null : byName.get(fact.hospital());
            if (hospital == null || fact.year() == null || fact.evidence() == null) {
                continue; // a figure we cannot place in a hospital and year is not comparable
            }
            if (fact.year() < MIN_YEAR || fact.year() > MAX_YEAR) {
                continue; // "到2150年" style horizons are not years of data
            }
            if (!NewIndicatorValue.fitsStoredRange(fact.value())) {
                // a run of 19+ digits is a misread (an id, a phone number) or an attack, not a hospital's figure;
                // the document and its other facts are still stored
                continue;
            }
            values.add(new NewIndicatorValue(
                    hospital.id(),
                    fact.code(),
                    fact.year(),
                    fact.kind(),
                    fact.value(),
                    fact.qualifier(),
                    fact.target(),
                    documentId,
                    fact.evidence().start(),
                    fact.evidence().end(),
                    fact.evidence().quote(),
                    confidence(fact.confidence())));
        }
        indicatorValues.recordAll(values);
        List<NewReformPilot> newPilots = new ArrayList<>();
        for (PilotFact pilot : facts.pilots()) {
            HospitalRef hospital = pilot.hospital() == null ? null : byName.get(pilot.hospital());
            if (hospital == null
                    || pilot.evidence() == null
                    || pilot.level() == null // an unclassified designation is not comparable; keep the rest
                    || pilot.category() == null
                    || (pilot.year() != null && (pilot.year() < MIN_YEAR || pilot.year() > MAX_YEAR))) {
                continue;
            }
            newPilots.add(new NewReformPilot(
                    hospital.id(),
                    pilot.name(),
                    pilot.level(),
                    pilot.category(),
                    pilot.year(),
                    documentId,
                    pilot.evidence().start(),
                    pilot.evidence().end(),
                    pilot.evidence().quote(),
                    confidence(pilot.confidence()),
                    designationOf(pilot.designation())));
        }
        pilots.recordAll(newPilots);
        List<NewConsortium> newConsortia = new ArrayList<>();
        for (ConsortiumFact consortium : facts.consortia()) {
            if (consortium.evidence() == null || consortium.type() == null || consortium.name() == null) {
                continue;
            }
            List<NewConsortium.Member> members = new ArrayList<>();
            for (ConsortiumFact.Member member : consortium.members()) {
                if (member.hospital() == null || member.role() == null) {
                    continue;
                }
                HospitalRef hospital = byName.computeIfAbsent(
                        member.hospital(), name -> hospitals.resolveOrCreate(HospitalDescription.named(name)));
                members.add(new NewConsortium.Member(hospital.id(), member.role()));
            }
            ConsortiumFact.Established established = consortium.established();
            newConsortia.add(new NewConsortium(
                    consortium.name(),
                    consortium.type(),
                    established == null ? null : firstDay(established),
                    established == null ? null : established.precision(),
                    members,
                    documentId,
                    consortium.evidence().start(),
                    consortium.evidence().end(),
                    consortium.evidence().quote(),
                    confidence(consortium.confidence())));
        }
        consortia.recordAll(newConsortia);
    }

    private static LocalDate firstDay(ConsortiumFact.Established established) {
        return LocalDate.of(
                established.year(),
                established.month() == null ? 1 : established.month(),
                established.day() == null ? 1 : established.day());
    }

    /** The designation's metadata as stored: its date as its first day and precision, like a consortium's. */
    static NewReformPilot.Designation designationOf(Designation d) {
        ConsortiumFact.Established date = d.date();
        return new NewReformPilot.Designation(
                d.body(),
                d.documentNumber(),
                d.batch(),
                d.batchNumber(),
                date == null ? null : firstDay(date),
                date == null ? null : date.precision());
    }

    private static BigDecimal confidence(double value) {
        double clamped = Math.max(0.001, Math.min(1.0, value));
        return BigDecimal.valueOf(clamped).setScale(3, RoundingMode.HALF_UP);
    }

    /**
     * Whether this text was withdrawn (DELETE /documents/{slug}) and is not stored again: the seed loader, which
     * imports its folder on every start, leaves such a text out; posting it, or importing a folder, brings it back.
     */
    @Transactional(readOnly = true)
    public boolean withdrawn(String text) {
        String sha256 = sha256(text);
        return jdbc.sql("""
                        select exists (select 1 from document_withdrawal w where w.sha256 = :sha256)
                               and not exists (select 1 from source_document d where d.sha256 = :sha256)
                        """).param("sha256", sha256).query(Boolean.class).single();
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
