package org.hospitalatlas.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput over the whole seed corpus, on one thread. Run with {@code bench/extraction.sh};
 * characters per second = corpus characters ({@link #corpusChars()}) × operations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    static final String[] SEEDS = {
        "000_dbe0950c11f56caa",
        "001_26141e5a5cc6b6a0",
        "002_1130064ad3d7abf0",
        "003_3d79a879c730272b",
        "004_7e57440783979154"
    };

    private String[] texts;
    private DocumentExtractor extractor;

    @Setup
    public void load() throws IOException {
        texts = new String[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/seeds/" + SEEDS[i] + ".txt")) {
                texts[i] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        extractor = DocumentExtractor.withDefaultResources();
    }

    /** One operation extracts all five seed documents. */
    @Benchmark
    public int extractSeedCorpus() {
        int facts = 0;
        for (String text : texts) {
            ExtractionResult result = extractor.extract(text, DocumentMetadata.none());
            facts += result.indicators().size() + result.hospitals().size();
        }
        return facts;
    }

    public static void main(String[] args) throws IOException {
        ExtractionBenchmark benchmark = new ExtractionBenchmark();
        benchmark.load();
        System.out.println(benchmark.corpusChars() + " " + benchmark.corpusBytes());
    }

    long corpusChars() {
        long chars = 0;
        for (String text : texts) {
            chars += text.length();
        }
        return chars;
    }

    long corpusBytes() {
        long bytes = 0;
        for (String text : texts) {
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }
}
