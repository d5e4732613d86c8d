package org.hospitalatlas.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hospitalatlas.shared.StrictUtf8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports every document of the seed folder on start, then the real corpus in its {@code real/} folder, one
 * transaction each. A document that fails is logged and reported by {@code GET /api/v1/documents}; the others
 * still load.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    /** The real corpus's folder under the seeds' location. */
    static final String REAL_CORPUS_FOLDER = "real/";

    /** Real texts are named by their set (h01.txt, d101.txt); the prefix keeps them apart from the seeds' slugs. */
    static final String REAL_CORPUS_SLUG_PREFIX = "real-";

    private final SeedProperties properties;
    private final DocumentImporter importer;
    private final ImportFailures failures;

    SeedLoader(SeedProperties properties, DocumentImporter importer, ImportFailures failures) {
        this.properties = properties;
        this.importer = importer;
        this.failures = failures;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.load()) {
            loadSeeds();
            if (properties.realCorpus()) {
                loadRealCorpus();
            }
        }
    }

    /** Imports the seed folder; returns how many documents were created, unchanged, replaced and failed. */
    Map<String, Integer> loadSeeds() throws IOException {
        Map<String, Integer> counts = load(seedLocation(), "");
        log.info("Seed documents from {}: {}", seedLocation(), counts);
        return counts;
    }

    /** Imports the real corpus, slugs prefixed with {@value #REAL_CORPUS_SLUG_PREFIX}; counts as {@link #loadSeeds}. */
    Map<String, Integer> loadRealCorpus() throws IOException {
        String location = seedLocation() + REAL_CORPUS_FOLDER;
        Map<String, Integer> counts = load(location, REAL_CORPUS_SLUG_PREFIX);
        log.info("Real corpus from {}: {}", location, counts);
        return counts;
    }

    private String seedLocation() {
        return properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
    }

    private Map<String, Integer> load(String location, String slugPrefix) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        DocumentManifest manifest = manifest(resolver.getResource(location + DocumentManifest.FILE_NAME));
        Resource[] files = resolver.getResources(location + "*.txt");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        Map<String, Integer> counts = new HashMap<>();
        for (Resource file : files) {
            String outcome = loadOne(file, slugPrefix, manifest.entry(file.getFilename()));
            counts.merge(outcome, 1, Integer::sum);
        }
        return counts;
    }

    private String loadOne(Resource file, String slugPrefix, DocumentManifest.Entry entry) {
        String slug = slugPrefix + slugOf(file.getFilename());
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            log.error("Seed document {} could not be read: {}", file.getFilename(), e.getMessage());
            failures.record(slug, DocumentImporter.sha256(""), "unreadable: " + e.getMessage());
            return "failed";
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            log.error("Seed document {} is not UTF-8 text; skipped", file.getFilename());
            failures.record(
                    slug, DocumentImporter.sha256(new String(bytes, StandardCharsets.ISO_8859_1)), "not UTF-8 text");
            return "failed";
        }
        NewDocument document = entry.document(slug, text);
        try {
            if (importer.withdrawn(text)) {
                log.info("Seed document {} was withdrawn; not imported again (post it to bring it back)", slug);
                return "withdrawn";
            }
            ImportOutcome outcome = importer.importDocument(document, true);
            log.debug("Seed document {}: {}", slug, outcome.status());
            return outcome.status().name().toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            log.error("Seed document {} failed to import; the database keeps what it had", slug, e);
            failures.record(slug, DocumentImporter.sha256(text), String.valueOf(e.getMessage()));
            return "failed";
        }
    }

    private static DocumentManifest manifest(Resource resource) throws IOException {
        if (!resource.exists()) {
            return DocumentManifest.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return DocumentManifest.read(in);
        }
    }

    static String slugOf(String fileName) {
        return DocumentManifest.slugOf(fileName, "seed");
    }
}
