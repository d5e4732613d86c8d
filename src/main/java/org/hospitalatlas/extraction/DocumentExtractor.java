package org.hospitalatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Reads a report on public hospitals and returns the facts it states, each with the exact text it came from. Plain
 * Java, deterministic, and it never throws: a text it cannot read yields fewer facts, not an error. The one
 * exception: when the calling thread is interrupted, it stops and throws {@link CancellationException}.
 */
public final class DocumentExtractor {

    private static volatile DocumentExtractor defaultInstance;

    private static final Pattern HOSTED_BY = Pattern.compile("\\s*[（(]\\s*依托(?:于)?");

    private final IndicatorVocabulary catalogue;
    private final PilotCategories pilotCategories;
    private final AdministrativeDivisions divisions;

    private DocumentExtractor(
            IndicatorVocabulary catalogue, PilotCategories pilotCategories, AdministrativeDivisions divisions) {
        this.catalogue = catalogue;
        this.pilotCategories = pilotCategories;
        this.divisions = divisions;
    }

    /** The extractor over the bundled resource files, loaded once and shared (it is immutable). */
    public static DocumentExtractor withDefaultResources() {
        DocumentExtractor instance = defaultInstance;
        if (instance == null) {
            synchronized (DocumentExtractor.class) {
                instance = defaultInstance;
                if (instance == null) {
                    instance = new DocumentExtractor(
                            IndicatorVocabulary.load(), PilotCategories.load(), AdministrativeDivisions.load());
                    defaultInstance = instance;
                }
            }
        }
        return instance;
    }

    public ExtractionResult extract(String text, DocumentMetadata metadata) {
        String body = text == null ? "" : text;
        DocumentMetadata meta = metadata == null ? DocumentMetadata.none() : metadata;
        LocalDate publishedOn = meta.publishedOn();
        try {
            if (publishedOn == null) {
                publishedOn = PublicationDateDetector.detect(body).orElse(null);
            }
            return read(body, meta, publishedOn);
        } catch (CancellationException e) {
            throw e; // the caller interrupted the work: it asked for no answer
        } catch (RuntimeException e) {
            // a defect on one odd input must not take the caller down; the document simply yields no facts
            return new ExtractionResult(publishedOn, List.of(), List.of(), List.of(), List.of());
        }
    }

    /** Like {@link #extract} but lets defects surface; for tests that must see them. */
    ExtractionResult extractStrict(String text, DocumentMetadata metadata) {
        LocalDate publishedOn = metadata.publishedOn() != null
                ? metadata.publishedOn()
                : PublicationDateDetector.detect(text).orElse(null);
        return read(text, metadata, publishedOn);
    }

    /**
     * Reads the text with traditional characters simplified one for one (醫院 → 医院) and pinyin left inside words
     * taken out, then gives back names and quotes as the text writes them, at the offsets of the written text.
     */
    private ExtractionResult read(String written, DocumentMetadata metadata, LocalDate publishedOn) {
        String simplified = TraditionalCharacters.toSimplified(written);
        PinyinAnnotations.Stripped stripped = PinyinAnnotations.strip(simplified);
        if (stripped != null) {
            ExtractionResult result = readSimplified(stripped.text(), metadata, publishedOn);
            return new AsWritten(written, stripped.text(), stripped.toOriginal()).apply(result);
        }
        ExtractionResult result = readSimplified(simplified, metadata, publishedOn);
        return simplified.equals(written) ? result : new AsWritten(written, simplified).apply(result);
    }

    private ExtractionResult readSimplified(String text, DocumentMetadata metadata, LocalDate publishedOn) {
        TextSegmenter segments = new TextSegmenter(text);
        List<AdministrativeDivisions.Match> places = divisions.findAll(text);
        HospitalDirectory directory = new HospitalDirectory(text, segments, divisions, places, metadata);
        YearResolver years = new YearResolver(text, segments, publishedOn);
        TargetDetector targets = new TargetDetector(text, segments);
        List<Quantity> quantities = QuantityScanner.scan(text);
        List<IndicatorFact> indicators =
                new IndicatorExtractor(catalogue).extract(text, segments, quantities, years, targets, directory);
        indicators = new ArrayList<>(PartnerCounts.addTo(indicators, text, segments, years, directory));
        indicators = new ArrayList<>(CountedBeforeNoun.addTo(indicators, text, segments, years, targets, directory));
        for (IndicatorFact row : HospitalRowsTable.read(text, catalogue, directory, years)) {
            boolean stated = indicators.stream()
                    .anyMatch(f -> f.hospital().equals(row.hospital())
                            && f.code().equals(row.code())
                            && Objects.equals(f.year(), row.year()));
            if (!stated) {
                indicators.add(row);
            }
        }
        List<PilotFact> pilots =
                new PilotExtractor(pilotCategories, divisions).extract(text, segments, years, directory);
        pilots = new PilotListReader(pilotCategories, divisions).addTo(pilots, text, segments, years, directory);
        pilots = new DesignationReader(divisions).describe(pilots, text, segments);
        pilots = PilotRestatements.merged(pilots);
        // a township or community health centre named among pilot units is no hospital: its designation is left out
        pilots.removeIf(p -> "基层".equals(HospitalNames.categoryOf(p.hospital())));
        List<ConsortiumFact> consortia = new ConsortiumExtractor().extract(text, segments, years, directory);
        consortia = new ConsortiumRoleReader(divisions).addTo(consortia, text, segments, years, directory);
        consortia = HeadlinePairs.addTo(consortia, text, directory);
        consortia = SentencePairs.addTo(consortia, text, segments, directory);
        indicators = new ArrayList<>(MemberCounts.addTo(indicators, consortia, text, segments, years, directory));
        Set<String> withFacts = new HashSet<>();
        indicators.forEach(f -> withFacts.add(f.hospital()));
        pilots.forEach(f -> withFacts.add(f.hospital()));
        // township and community centres are recorded as members of their consortium, not as hospitals of the text
        consortia.forEach(c -> c.members().stream()
                .map(ConsortiumFact.Member::hospital)
                .filter(h -> !"基层".equals(HospitalNames.categoryOf(h)))
                .forEach(withFacts::add));
        // "A医院（依托B医院）": the host of a designated project has a role in it
        Set<String> designated = new HashSet<>();
        pilots.forEach(p -> designated.add(p.hospital()));
        List<HospitalDirectory.Mention> mentions = directory.mentions();
        for (int i = 1; i < mentions.size(); i++) {
            HospitalDirectory.Mention host = mentions.get(i);
            HospitalDirectory.Mention project = mentions.get(i - 1);
            String between = text.substring(Math.min(project.end(), host.start()), host.start());
            if (designated.contains(project.name())
                    && HOSTED_BY.matcher(between).matches()) {
                withFacts.add(host.name());
            }
        }
        List<HospitalFact> hospitals = new HospitalFactBuilder(divisions).build(text, segments, directory, withFacts);
        return new ExtractionResult(publishedOn, hospitals, indicators, pilots, consortia);
    }
}
