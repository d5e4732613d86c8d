package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real corpus's manifest describes every text of its folder, in the seeds' manifest format. */
class RealCorpusManifestTest {

    static final Path FOLDER = Path.of("seeds", "real");
    private static final Set<String> FIELDS =
            Set.of("file", "title", "publisher", "published_on", "origin_url", "province", "set", "note");

    @Test
    void everyTextHasOneEntryAndEveryEntryATextOfTheFolder() throws IOException {
        Set<String> texts = new TreeSet<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".txt"))
                    .forEach(texts::add);
        }
        List<String> described = new ArrayList<>();
        manifest().forEach(entry -> described.add(entry.path("file").asString()));
        assertThat(described).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(described)).isEqualTo(texts);
    }

    @Test
    void everyEntryHasTheManifestFieldsWithUsableValues() throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : manifest()) {
            String file = entry.path("file").asString();
            Set<String> fields = new HashSet<>(entry.propertyNames());
            if (!fields.equals(FIELDS)) {
                problems.add(file + ": fields " + new TreeSet<>(fields) + ", expected " + new TreeSet<>(FIELDS));
            }
            for (String required : List.of("title", "set")) {
                if (!entry.path(required).isString()
                        || entry.path(required).asString().isBlank()) {
                    problems.add(file + ": " + required + " must be a non-blank string");
                }
            }
            // province: null only for a text that never names its place, which its note must then say
            if (entry.path("province").isNull()
                    && !entry.path("note").asString("").contains("province")) {
                problems.add(file + ": a null province needs a note saying why");
            } else if (!entry.path("province").isNull()
                    && (!entry.path("province").isString()
                            || entry.path("province").asString().isBlank())) {
                problems.add(file + ": province must be null or a non-blank string");
            }
            for (String optional : List.of("publisher", "published_on", "origin_url", "note")) {
                JsonNode value = entry.path(optional);
                if (!value.isNull() && (!value.isString() || value.asString().isBlank())) {
                    problems.add(file + ": " + optional + " must be null or a non-blank string");
                }
            }
            if (entry.path("published_on").isString()) {
                try {
                    LocalDate.parse(entry.path("published_on").asString());
                } catch (DateTimeParseException e) {
                    problems.add(file + ": published_on must be a date like 2022-09-14");
                }
            }
            if (entry.path("origin_url").isString()
                    && !entry.path("origin_url").asString().matches("https?://\\S+")) {
                problems.add(file + ": origin_url must be an http(s) address");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextIsNonEmptyUtf8WithASlugApartFromTheSeeds() throws IOException {
        for (JsonNode entry : manifest()) {
            String file = entry.path("file").asString();
            byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not UTF-8", e);
            }
            assertThat(text).as(file).isNotBlank();
            String slug = SeedLoader.REAL_CORPUS_SLUG_PREFIX + SeedLoader.slugOf(file);
            assertThat(slug).as(file).matches("[a-z0-9][a-z0-9_-]*");
        }
    }

    private static JsonNode manifest() throws IOException {
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(FOLDER.resolve("manifest.json").toFile());
        assertThat(manifest.isArray()).isTrue();
        return manifest;
    }
}
