package org.hospitalatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps bench/extraction.sh runnable: both corpora load and every benchmark method does work on them. */
class ExtractionBenchmarkTest {

    @Test
    void seedCorpusIsTheFiveSeeds() {
        ExtractionBenchmark benchmark = loaded("seeds");

        assertThat(benchmark.documentCount()).isEqualTo(5);
        assertThat(benchmark.extract()).isPositive();
    }

    @Test
    void realCorpusIsEveryTextOfTheManifest() {
        ExtractionBenchmark benchmark = loaded("real");

        assertThat(benchmark.documentCount()).isEqualTo(manifestEntries());
        assertThat(benchmark.corpusBytes()).isGreaterThan(benchmark.corpusChars());
        assertThat(benchmark.extract()).isPositive();
    }

    @Test
    void peersReadTheSameTexts() {
        ExtractionBenchmark benchmark = loaded("real");

        assertThat(benchmark.segment()).isPositive();
        assertThat(benchmark.regexFigures()).isPositive();
    }

    private static ExtractionBenchmark loaded(String corpus) {
        ExtractionBenchmark benchmark = new ExtractionBenchmark();
        benchmark.corpus = corpus;
        benchmark.load();
        return benchmark;
    }

    /** Entries of seeds/real/manifest.json, each naming its file once. */
    private static int manifestEntries() {
        try {
            String manifest = Files.readString(Path.of("seeds/real/manifest.json"));
            return (int)
                    Pattern.compile("\"file\"\\s*:").matcher(manifest).results().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
