package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real corpus loads with its manifest beside the seeds. The test context leaves it out (the other tests assert
 * figures of the five seeds), so this test loads it inside one transaction it rolls back: the imports join that
 * transaction instead of committing one per document (SeedLoaderIT covers that), and no other test sees them.
 */
@IntegrationTest
class RealCorpusIT {

    @Autowired
    SeedLoader seeds;

    @Autowired
    DocumentQueries documents;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheRealFolderWithItsManifestBesideTheSeedsAndAgainChangesNothing() throws IOException {
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(RealCorpusManifestTest.FOLDER.resolve("manifest.json").toFile());
        int texts = textsInFolder();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            assertThat(load()).isEqualTo(Map.of("created", texts));

            for (JsonNode entry : manifest) {
                String slug = SeedLoader.REAL_CORPUS_SLUG_PREFIX
                        + SeedLoader.slugOf(entry.path("file").asString());
                DocumentSummary document = documents.summary(slug);
                assertThat(document.status()).as(slug).isEqualTo("imported");
                assertThat(document.title())
                        .as(slug)
                        .isEqualTo(entry.path("title").asString());
                assertThat(document.publisher()).as(slug).isEqualTo(text(entry, "publisher"));
                assertThat(document.originUrl()).as(slug).isEqualTo(text(entry, "origin_url"));
                if (text(entry, "published_on") != null) {
                    assertThat(document.publishedOn()).as(slug).hasToString(text(entry, "published_on"));
                }
            }
            assertThat(count("select count(distinct x.hospital_id) from document_hospital x "
                            + "join source_document d on d.id = x.document_id where d.slug like 'real-%'"))
                    .isGreaterThanOrEqualTo(10);
            assertThat(count("select count(*) from indicator_value v "
                            + "join source_document d on d.id = v.document_id where d.slug like 'real-%'"))
                    .isGreaterThanOrEqualTo(20);
            assertThat(count("""
                            select count(*) from indicator_value v join source_document d on d.id = v.document_id
                            where d.slug like 'real-%' and substring(d.body from v.char_start + 1
                                                                     for v.char_end - v.char_start) <> v.quote
                            """)).as("every quote is the text at its offsets").isZero();

            // a place-less short form (市人民医院) two documents share is no link between them: v608's 安顺市人民医院 kept
            // its figures while d202 named 登封市人民醫院 市人民醫院 before it
            assertThat(jdbc.sql("""
                            select distinct h.name_zh from indicator_value v join hospital h on h.id = v.hospital_id
                            join source_document d on d.id = v.document_id where d.slug = :slug
                            """)
                            .param("slug", SeedLoader.REAL_CORPUS_SLUG_PREFIX + SeedLoader.slugOf("v608.txt"))
                            .query(String.class)
                            .list())
                    .containsExactly("安顺市人民医院");

            String before = fingerprint();
            assertThat(load()).isEqualTo(Map.of("unchanged", texts));
            assertThat(seedsAgain()).isEqualTo(Map.of("unchanged", 5));
            assertThat(fingerprint()).isEqualTo(before);
        });

        assertThat(count("select count(*) from source_document where slug like 'real-%'"))
                .as("rolled back")
                .isZero();
    }

    private Map<String, Integer> load() {
        try {
            return seeds.loadRealCorpus();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Integer> seedsAgain() {
        try {
            return seeds.loadSeeds();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int textsInFolder() throws IOException {
        try (Stream<Path> files = Files.list(RealCorpusManifestTest.FOLDER)) {
            return (int) files.filter(file -> file.toString().endsWith(".txt")).count();
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String fingerprint() {
        return jdbc.sql("""
                        select (select count(*) from source_document) || '/' || (select count(*) from hospital) || '/'
                            || (select count(*) from indicator_value) || '/' || (select count(*) from reform_pilot)
                            || '/' || (select count(*) from consortium) || '/' || (select count(*) from consortium_member)
                            || '/' || (select coalesce(max(imported_at)::text, '') from source_document)
                        """).query(String.class).single();
    }

    private static String text(JsonNode entry, String field) {
        return entry.path(field).isNull() ? null : entry.path(field).asString();
    }
}
