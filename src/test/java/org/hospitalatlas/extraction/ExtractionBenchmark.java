package org.hospitalatlas.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction throughput on one thread, over the five seeds and over the real corpus ({@code seeds/real}, the
 * published texts the app loads by default), beside two peers measured in the same run over the same texts: cutting
 * them into paragraphs, sentences and clauses ({@link TextSegmenter}), and one {@code java.util.regex} pass finding
 * every figure with its unit. Run with {@code bench/extraction.sh}; characters per second = corpus characters
 * ({@link #corpusChars()}) × operations per second.
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

    /** The regex peer: a figure, an optional 万/亿 and a unit, the least any reader of indicators does. */
    private static final Pattern FIGURE =
            Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?[ \\u3000]*(?:万|亿)?(?:%|％|人次|张|床|元|天|名|人|家|个|台|例)?");

    record Document(String text, DocumentMetadata metadata) {}

    /**
     * {@code seeds}: the five seeds, without metadata (as this benchmark always read them); {@code real}: every text of
     * {@code seeds/real/manifest.json} with its title, publisher and date, as the app's seed loader passes them.
     */
    @Param({"seeds", "real"})
    public String corpus;

    private Document[] documents;
    private DocumentExtractor extractor;

    @Setup
    public void load() {
        documents = documents(corpus).toArray(Document[]::new);
        extractor = DocumentExtractor.withDefaultResources();
    }

    /**
     * One operation extracts every document of the corpus. Warmed up twice as long as the peers: with five 2 s
     * iterations the seeds were still speeding up through the first measured ones (11 → 22 ops/s).
     */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public int extract() {
        int facts = 0;
        for (Document document : documents) {
            ExtractionResult result = extractor.extract(document.text(), document.metadata());
            facts += result.indicators().size()
                    + result.hospitals().size()
                    + result.pilots().size()
                    + result.consortia().size();
        }
        return facts;
    }

    /** Peer: paragraphs, sentences and clauses of every document, the first thing extraction does. */
    @Benchmark
    public int segment() {
        int clauses = 0;
        for (Document document : documents) {
            TextSegmenter segments = new TextSegmenter(document.text());
            clauses += segments.sentences().size() + segments.paragraphs().size();
        }
        return clauses;
    }

    /** Peer: one {@code java.util.regex} scan for figures over every document. */
    @Benchmark
    public int regexFigures() {
        int figures = 0;
        for (Document document : documents) {
            Matcher m = FIGURE.matcher(document.text());
            while (m.find()) {
                figures++;
            }
        }
        return figures;
    }

    /** Prints, per corpus, {@code name documents characters bytes} for bench/extraction.sh. */
    public static void main(String[] args) {
        for (String name : new String[] {"seeds", "real"}) {
            ExtractionBenchmark benchmark = new ExtractionBenchmark();
            benchmark.corpus = name;
            benchmark.load();
            System.out.println(name + " " + benchmark.documents.length + " " + benchmark.corpusChars() + " "
                    + benchmark.corpusBytes());
        }
    }

    static List<Document> documents(String corpus) {
        return switch (corpus) {
            case "seeds" -> seedDocuments();
            case "real" -> realDocuments();
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
    }

    private static List<Document> seedDocuments() {
        List<Document> documents = new ArrayList<>();
        for (String seed : SEEDS) {
            documents.add(new Document(resource("/seeds/" + seed + ".txt"), DocumentMetadata.none()));
        }
        return documents;
    }

    private static List<Document> realDocuments() {
        JsonNode manifest = JsonMapper.builder().build().readTree(resource("/seeds/real/manifest.json"));
        List<Document> documents = new ArrayList<>();
        for (JsonNode entry : manifest) {
            String date = text(entry, "published_on");
            DocumentMetadata metadata = new DocumentMetadata(
                    text(entry, "title"), text(entry, "publisher"), date == null ? null : LocalDate.parse(date));
            documents.add(new Document(resource("/seeds/real/" + text(entry, "file")), metadata));
        }
        return documents;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode node = entry.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String resource(String path) {
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int documentCount() {
        return documents.length;
    }

    long corpusChars() {
        long chars = 0;
        for (Document document : documents) {
            chars += document.text().length();
        }
        return chars;
    }

    long corpusBytes() {
        long bytes = 0;
        for (Document document : documents) {
            bytes += document.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }
}
