package org.hospitalatlas.extraction;

import java.util.List;

/** What the wording tests read a sentence written for them with: the facts, the memberships, the names. */
final class WordingFixtures {

    static final DocumentExtractor EXTRACTOR = DocumentExtractor.withDefaultResources();

    private WordingFixtures() {}

    static ExtractionResult read(String text) {
        return EXTRACTOR.extract(text, DocumentMetadata.none());
    }

    /** Each member of each consortium as [lead, member] ("null" for a consortium without a lead). */
    static List<List<String>> memberships(ExtractionResult r) {
        return inRole(r, "member");
    }

    /** Each hospital of the role in each consortium as [lead, hospital] ("merged": [the hospital formed, one merged]). */
    static List<List<String>> inRole(ExtractionResult r, String role) {
        return r.consortia().stream()
                .flatMap(c -> c.members().stream()
                        .filter(m -> m.role().equals(role))
                        .map(m -> List.of(String.valueOf(c.lead()), m.hospital())))
                .toList();
    }

    /** The names the directory resolves the text's hospital mentions to, in order. */
    static List<String> mentioned(String text) {
        AdministrativeDivisions divisions = AdministrativeDivisions.load();
        HospitalDirectory directory = new HospitalDirectory(
                text, new TextSegmenter(text), divisions, divisions.findAll(text), DocumentMetadata.none());
        return directory.mentions().stream()
                .map(HospitalDirectory.Mention::name)
                .toList();
    }
}
