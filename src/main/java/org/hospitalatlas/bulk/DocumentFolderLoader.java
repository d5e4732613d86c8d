package org.hospitalatlas.bulk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hospitalatlas.document.DocumentImporter;
import org.hospitalatlas.document.DocumentSummary;
import org.hospitalatlas.document.ImportOutcome;
import org.hospitalatlas.document.NewDocument;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a folder of UTF-8 {@code *.txt} documents through the {@link DocumentImporter} — the same path as
 * {@code POST /api/v1/documents}, one transaction per document — with metadata from an optional
 * {@code manifest.json} like the seeds' ({@code file, title, publisher, published_on, origin_url}). A file's
 * slug is its name without the extension; a changed file replaces its earlier version. Each file's report is
 * handed on in the files' order as soon as it and those before it are done.
 */
final class DocumentFolderLoader {

    /** What a load did: outcome → count, the bytes read, and a line per failed file. */
    record Outcome(int documents, Map<String, Integer> outcomes, long bytes, long millis, List<String> failures) {}

    /**
     * What became of one file: {@code created}, {@code unchanged}, {@code replaced} with the stored document's fact
     * counts, or {@code failed} with why (counts null).
     */
    record FileReport(String file, String slug, String status, DocumentSummary.Counts counts, String failure) {}

    private final DocumentImporter importer;
    private final JsonMapper json = JsonMapper.builder().build();

    DocumentFolderLoader(DocumentImporter importer) {
        this.importer = importer;
    }

    Outcome load(Path folder, int threads, Consumer<FileReport> reports) throws IOException, InterruptedException {
        Map<String, JsonNode> manifest = manifest(folder.resolve("manifest.json"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long bytes = 0;
        try {
            List<Future<FileReport>> results = new ArrayList<>();
            for (Path file : files) {
                bytes += Files.size(file);
                results.add(pool.submit(
                        () -> loadOne(file, manifest.get(file.getFileName().toString()))));
            }
            for (int i = 0; i < results.size(); i++) {
                FileReport report;
                try {
                    report = results.get(i).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    String name = files.get(i).getFileName().toString();
                    failures.add(name + ": " + cause.getMessage());
                    report = new FileReport(name, slugOf(name), "failed", null, cause.getMessage());
                }
                outcomes.merge(report.status(), 1, Integer::sum);
                reports.accept(report);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(files.size(), outcomes, bytes, (System.nanoTime() - started) / 1_000_000, failures);
    }

    private FileReport loadOne(Path file, JsonNode entry) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
        String name = file.getFileName().toString();
        NewDocument document = new NewDocument(
                slugOf(name),
                field(entry, "title"),
                field(entry, "publisher"),
                field(entry, "published_on") == null ? null : LocalDate.parse(field(entry, "published_on")),
                field(entry, "origin_url"),
                text);
        ImportOutcome outcome;
        try {
            outcome = importer.importDocument(document, true);
        } catch (DataIntegrityViolationException raced) {
            // another thread created the same hospital or consortium a moment earlier: once more sees it
            outcome = importer.importDocument(document, true);
        }
        return new FileReport(
                name,
                outcome.document().slug(),
                outcome.status().name().toLowerCase(Locale.ROOT),
                outcome.document().counts(),
                null);
    }

    private Map<String, JsonNode> manifest(Path file) throws IOException {
        Map<String, JsonNode> entries = new HashMap<>();
        if (Files.exists(file)) {
            for (JsonNode entry : json.readTree(Files.readString(file))) {
                entries.put(entry.path("file").asString(), entry);
            }
        }
        return entries;
    }

    private static String field(JsonNode entry, String name) {
        if (entry == null || entry.path(name).isNull() || entry.path(name).isMissingNode()) {
            return null;
        }
        return entry.path(name).asString();
    }

    static String slugOf(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT);
        String slug = stem.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+", "");
        return slug.isEmpty() ? "document" : slug;
    }
}
