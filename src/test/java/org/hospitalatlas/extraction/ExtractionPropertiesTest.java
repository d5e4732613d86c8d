package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** On any input the extractor returns, and every quote is exactly the text at its offsets. */
class ExtractionPropertiesTest {

    private static final List<String> SEEDS = List.of(
            "000_dbe0950c11f56caa",
            "001_26141e5a5cc6b6a0",
            "002_1130064ad3d7abf0",
            "003_3d79a879c730272b",
            "004_7e57440783979154");
    private static final String CORPUS = loadSeeds();

    private final DocumentExtractor extractor = DocumentExtractor.withDefaultResources();

    @Property(tries = 300)
    void neverThrowsAndQuotesExactlyOnArbitraryText(@ForAll String text) {
        assertEvidenceExact(text, extractor.extract(text, DocumentMetadata.none()));
        // the facade swallows defects; the strict path must not even have any
        assertEvidenceExact(text, extractor.extractStrict(text, DocumentMetadata.none()));
    }

    @Property(tries = 200)
    void quotesExactlyOnSplicedSeedFragments(@ForAll("splicedSeeds") String text) {
        assertEvidenceExact(text, extractor.extractStrict(text, DocumentMetadata.none()));
    }

    @Provide
    Arbitrary<String> splicedSeeds() {
        Arbitrary<String> fragment = Arbitraries.integers()
                .between(0, CORPUS.length() - 1)
                .flatMap(start -> Arbitraries.integers()
                        .between(0, 400)
                        .map(len -> CORPUS.substring(start, Math.min(CORPUS.length(), start + len))));
        return fragment.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
    }

    private static void assertEvidenceExact(String text, ExtractionResult result) {
        List<Evidence> evidence = new ArrayList<>();
        result.hospitals().forEach(f -> evidence.add(f.evidence()));
        result.indicators().forEach(f -> evidence.add(f.evidence()));
        result.pilots().forEach(f -> evidence.add(f.evidence()));
        result.consortia().forEach(f -> evidence.add(f.evidence()));
        for (Evidence e : evidence) {
            assertThat(e.start()).isBetween(0, e.end());
            assertThat(e.end()).isLessThanOrEqualTo(text.length());
            assertThat(e.quote()).isEqualTo(text.substring(e.start(), e.end()));
        }
        result.indicators()
                .forEach(f -> assertThat(f.confidence()).isGreaterThan(0).isLessThanOrEqualTo(1));
    }

    private static String loadSeeds() {
        StringBuilder sb = new StringBuilder();
        for (String seed : SEEDS) {
            try (InputStream in = ExtractionPropertiesTest.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
                sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sb.toString();
    }
}
