package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.QuietLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SeedLoaderIT {

    @Autowired
    SeedLoader seeds;

    @Autowired
    DocumentImporter importer;

    @Autowired
    ImportFailures failures;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void secondLoadOfTheSeedsChangesNothing() throws IOException {
        String before = fingerprint();
        Map<String, Integer> outcome = seeds.loadSeeds();
        assertThat(outcome).containsOnlyKeys("unchanged");
        assertThat(outcome.get("unchanged")).isEqualTo(5);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void mergesHospitalsAcrossDocumentsByNameAndAlias() {
        Integer chenzhou = jdbc.sql("select count(*) from hospital where name_zh = '郴州市第一人民医院'")
                .query(Integer.class)
                .single();
        assertThat(chenzhou).isEqualTo(1);
        assertThat(jdbc.sql("""
                                select h.name_zh from hospital_alias a join hospital h on h.id = a.hospital_id
                                where a.alias = '郴州市一医院'
                                """).query(String.class).single()).isEqualTo("郴州市第一人民医院");
    }

    @Test
    void changedDocumentReplacesOnlyItsOwnFacts() {
        long othersBefore = factsOutside("replace-me");
        importer.importDocument(
                new NewDocument("replace-me", "t", null, null, null, "2021年，遵义市第一人民医院实际开放床位2600张。"), true);
        assertThat(valuesOf("replace-me")).containsExactly("beds_open=2600");

        ImportOutcome outcome = importer.importDocument(
                new NewDocument("replace-me", "t", null, null, null, "2021年，遵义市第一人民医院实际开放床位2700张。"), true);
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REPLACED);
        assertThat(valuesOf("replace-me")).containsExactly("beds_open=2700");
        assertThat(factsOutside("replace-me")).isEqualTo(othersBefore);
    }

    @Test
    void reportsADocumentThatIsNotUtf8AndStillLoadsTheOthers(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("bad.txt"), "2021年，某市人民医院出院人次1万。".getBytes(Charset.forName("GBK")));
        Files.writeString(folder.resolve("good.txt"), "2020年，攀枝花市中心医院出院人次5.5万。", StandardCharsets.UTF_8);
        SeedLoader loader =
                new SeedLoader(new SeedProperties(true, folder.toUri().toString(), false), importer, failures);

        Map<String, Integer> outcome;
        try (QuietLog log = QuietLog.of(SeedLoader.class.getName())) {
            outcome = loader.loadSeeds();
            assertThat(log.lines()).contains("ERROR Seed document bad.txt is not UTF-8 text; skipped");
        }

        assertThat(outcome).containsEntry("failed", 1);
        assertThat(jdbc.sql("select reason from import_failure where slug = 'bad'")
                        .query(String.class)
                        .single())
                .contains("UTF-8");
        assertThat(jdbc.sql("select count(*) from source_document where slug = 'good'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from source_document where slug = 'bad'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void failureHalfwayThroughADocumentLeavesTheDatabaseAsItWas(@TempDir Path folder) throws IOException {
        String good = "2019年，天水市第一人民医院被确定为甘肃省公立医院薪酬制度改革试点医院。2021年，天水市第一人民医院实际开放床位1500张。";
        Files.writeString(folder.resolve("halfway.txt"), good, StandardCharsets.UTF_8);
        SeedLoader loader =
                new SeedLoader(new SeedProperties(true, folder.toUri().toString(), false), importer, failures);
        assertThat(loader.loadSeeds()).containsEntry("created", 1);
        String before = fingerprint();

        // A changed version whose pilot insert fails after the old version was deleted and the document,
        // hospitals and values of the new one were written: everything must roll back to the old version.
        Files.writeString(
                folder.resolve("halfway.txt"),
                good.replace("1500张", "1600张").replace("薪酬制度改革试点医院", "故障注入试点医院"),
                StandardCharsets.UTF_8);
        jdbc.sql("""
                        create or replace function fail_on_marker() returns trigger language plpgsql as $$
                        begin
                          if new.designation like '%故障注入%' then raise exception 'injected failure'; end if;
                          return new;
                        end $$
                        """).update();
        jdbc.sql(
                        "create trigger fail_on_marker before insert on reform_pilot for each row execute function fail_on_marker()")
                .update();
        // PostgreSQL's message reaches the log as Hibernate's warning and the loader's error: kept from the console
        try (QuietLog log = QuietLog.of(SeedLoader.class.getName(), "org.hibernate.orm.jdbc.error")) {
            assertThat(loader.loadSeeds()).containsEntry("failed", 1);
            assertThat(log.lines())
                    .contains("ERROR Seed document halfway failed to import; the database keeps what it had");
        } finally {
            jdbc.sql("drop trigger fail_on_marker on reform_pilot").update();
            jdbc.sql("drop function fail_on_marker()").update();
        }

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(valuesOf("halfway")).containsExactly("beds_open=1500");
        assertThat(jdbc.sql("select reason from import_failure where slug = 'halfway'")
                        .query(String.class)
                        .single())
                .contains("injected failure");
        java.util.List<String> statuses = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode item :
                new Api(port).get("/api/v1/documents?size=500").json().get("items")) {
            if (item.get("slug").asString().equals("halfway")) {
                statuses.add(item.get("status").asString());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder("imported", "failed");
    }

    private String fingerprint() {
        return jdbc.sql("""
                        select (select count(*) from source_document) || '/' || (select count(*) from hospital) || '/'
                            || (select count(*) from hospital_alias) || '/' || (select count(*) from indicator_value)
                            || '/' || (select count(*) from reform_pilot) || '/' || (select count(*) from consortium)
                            || '/' || (select count(*) from consortium_member)
                            || '/' || (select coalesce(max(imported_at)::text, '') from source_document)
                        """).query(String.class).single();
    }

    private java.util.List<String> valuesOf(String slug) {
        return jdbc.sql("""
                        select v.indicator_code || '=' || trim(trailing '.' from trim(trailing '0' from v.value::text))
                        from indicator_value v join source_document d on d.id = v.document_id
                        where d.slug = :slug order by 1
                        """).param("slug", slug).query(String.class).list();
    }

    private long factsOutside(String slug) {
        return jdbc.sql("""
                        select (select count(*) from indicator_value v join source_document d on d.id = v.document_id
                                where d.slug <> :slug)
                             + (select count(*) from reform_pilot p join source_document d on d.id = p.document_id
                                where d.slug <> :slug)
                        """).param("slug", slug).query(Long.class).single();
    }
}
