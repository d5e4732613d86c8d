package org.hospitalatlas.bulk;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.hospitalatlas.document.DocumentManifest;
import org.hospitalatlas.document.DocumentSummary;
import org.hospitalatlas.document.ImportOutcome;
import org.hospitalatlas.document.NewDocument;
import org.hospitalatlas.shared.StrictUtf8;
import org.springframework.dao.DataIntegrityViolationException;

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

    DocumentFolderLoader(DocumentImporter importer) {
        this.importer = importer;
    }

    Outcome load(Path folder, int threads, Consumer<FileReport> reports) throws IOException, InterruptedException {
        DocumentManifest manifest = DocumentManifest.read(folder.resolve(DocumentManifest.FILE_NAME));
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
                        () -> loadOne(file, manifest.entry(file.getFileName().toString()))));
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

    private FileReport loadOne(Path file, DocumentManifest.Entry entry) throws IOException {
        String text;
        try {
            text = StrictUtf8.read(file);
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
        String name = file.getFileName().toString();
        NewDocument document = entry.document(slugOf(name), text);
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

    static String slugOf(String fileName) {
        return DocumentManifest.slugOf(fileName, "document");
    }
}
