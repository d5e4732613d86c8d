package org.hospitalatlas.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hospitalatlas.shared.StrictUtf8;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder's {@code manifest.json}: an array of {@code {file, title, publisher, published_on, origin_url}}, each
 * field optional but {@code file}. The seed loader and the folder import ({@code import documents}) read their
 * folders' manifests through it, and name a file's document by {@link #slugOf}.
 */
public final class DocumentManifest {

    /** The manifest's name in its folder. */
    public static final String FILE_NAME = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Entry NONE = new Entry(null, null, null, null);

    private final Map<String, Entry> entries;

    private DocumentManifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * One file's metadata as written. {@code publishedOn} stays text until {@link #document} parses it, so that
     * a bad date fails that file's import alone.
     */
    public record Entry(String title, String publisher, String publishedOn, String originUrl) {

        /** The document to import: this metadata, {@code slug} and {@code text}. */
        public NewDocument document(String slug, String text) {
            return new NewDocument(
                    slug, title, publisher, publishedOn == null ? null : LocalDate.parse(publishedOn), originUrl, text);
        }
    }

    /** A folder without a manifest: every file's metadata is empty. */
    public static DocumentManifest empty() {
        return new DocumentManifest(Map.of());
    }

    /** The manifest in {@code json}, strictly UTF-8 ({@link StrictUtf8}). */
    public static DocumentManifest read(InputStream json) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        for (JsonNode entry : JSON.readTree(StrictUtf8.read(json))) {
            entries.put(
                    entry.path("file").asString(),
                    new Entry(
                            field(entry, "title"),
                            field(entry, "publisher"),
                            field(entry, "published_on"),
                            field(entry, "origin_url")));
        }
        return new DocumentManifest(entries);
    }

    /** The manifest file {@code file}, or an empty one when there is none. */
    public static DocumentManifest read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** The metadata of {@code fileName}; every field null when the manifest does not list it. */
    public Entry entry(String fileName) {
        return entries.getOrDefault(fileName, NONE);
    }

    /**
     * A document's slug from its file's name: the name without its extension, lower case, runs of other characters
     * than {@code a-z 0-9 _ -} as one {@code -}, no leading {@code -} or {@code _}; {@code fallback} if nothing is
     * left.
     */
    public static String slugOf(String fileName, String fallback) {
        String stem = fileName.replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT);
        String slug = stem.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+", "");
        return slug.isEmpty() ? fallback : slug;
    }

    private static String field(JsonNode entry, String name) {
        if (entry.path(name).isNull() || entry.path(name).isMissingNode()) {
            return null;
        }
        return entry.path(name).asString();
    }
}
