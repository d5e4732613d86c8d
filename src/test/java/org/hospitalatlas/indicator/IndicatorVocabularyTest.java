package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One indicator vocabulary: the codes and units the extractor reads (its resources) are the catalogue's, as
 * V004 seeds it. The extractor has no Spring and no database, so it keeps its own copy; this test keeps the copies
 * equal.
 */
class IndicatorVocabularyTest {

    private static final String RESOURCES = "/org/hospitalatlas/extraction/";

    @Test
    void extractorUnitsNameEveryCatalogueCodeWithItsUnit() throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        for (String[] row : rows("indicator-units.tsv")) {
            units.put(row[0], row[1]);
        }
        assertThat(units).isEqualTo(catalogue());
    }

    @Test
    void everyAliasNamesACatalogueCodeAndEveryCodeHasOne() throws IOException {
        Set<String> aliased = new TreeSet<>();
        for (String[] row : rows("indicator-aliases.tsv")) {
            if (!row[1].startsWith("!")) {
                aliased.add(row[1]);
            }
        }
        assertThat(aliased).isEqualTo(new TreeSet<>(catalogue().keySet()));
    }

    private static Map<String, String> catalogue() throws IOException {
        String sql = Files.readString(Path.of("db/migration/V004__seed_indicator_catalogue.sql"));
        // ('code', 'name_zh', 'name_en', 'unit', …
        Matcher m = Pattern.compile("\\('([a-z0-9_]+)',\\s*'(?:[^']|'')*',\\s*'(?:[^']|'')*',\\s*'([^']+)'")
                .matcher(sql);
        Map<String, String> units = new LinkedHashMap<>();
        while (m.find()) {
            units.put(m.group(1), m.group(2));
        }
        assertThat(units).hasSizeGreaterThan(40);
        return units;
    }

    private static Iterable<String[]> rows(String resource) throws IOException {
        try (InputStream in = IndicatorVocabularyTest.class.getResourceAsStream(RESOURCES + resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        }
    }
}
