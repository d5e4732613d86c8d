package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** DELETE /api/v1/documents/{slug}: each test posts documents of its own, with hospitals no other test names. */
@IntegrationTest
class DocumentWithdrawalIT {

    private static final String KEY_HEADER = "X-API-Key";
    private static final String TEXT = "text/plain;charset=UTF-8";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentImporter importer;

    @Autowired
    ImportFailures failures;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void withdrawingRemovesTheDocumentItsFactsAndTheHospitalsOnlyItNamedAndKeepsARecord() {
        String first = post("2023年，漯河市第三人民医院实际开放床位900张，出院人次3.2万。2023年，周口市中心医院实际开放床位2600张。");
        post("2023年，周口市中心医院出院人次11.5万。");
        String luohe = hospitalSlug("漯河市第三人民医院");
        String zhoukou = hospitalSlug("周口市中心医院");
        assertThat(values(zhoukou)).isEqualTo(2);

        Api.Response withdrawn = api.delete("/api/v1/documents/" + first, KEY_HEADER, IntegrationTest.API_KEY);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        JsonNode record = withdrawn.json();
        assertThat(record.get("slug").asString()).isEqualTo(first);
        assertThat(record.get("withdrawnBy").asString()).isEqualTo("default");
        assertThat(record.get("withdrawnAt").asString()).isNotBlank();
        assertThat(record.get("removed").get("indicatorValues").asInt()).isEqualTo(3);
        assertThat(record.get("removed").get("hospitalMentions").asInt()).isEqualTo(2);
        assertThat(record.get("removed").get("hospitals").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/documents/" + first).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/hospitals/" + luohe).status()).isEqualTo(404);
        // the hospital the other document names stays, with that document's figure only
        assertThat(api.get("/api/v1/hospitals/" + zhoukou).status()).isEqualTo(200);
        assertThat(values(zhoukou)).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select withdrawn_by, indicator_values, hospitals from document_withdrawal where slug = :slug")
                        .param("slug", first)
                        .query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3))
                        .single())
                .isEqualTo("default/3/1");
    }

    @Test
    void aSecondDeleteAndAnUnknownDocumentAreNotFound() {
        String slug = post("2023年，商丘市第一人民医院实际开放床位3100张。");
        assertThat(api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY)
                        .status())
                .isEqualTo(200);

        Api.Response again = api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("identifier").asString()).isEqualTo(slug);
        Api.Response unknown = api.delete("/api/v1/documents/no-such-document", KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(withdrawals(slug)).isEqualTo(1);
    }

    @Test
    void withdrawingNeedsTheKeyAndAnswersWithItsName() {
        String slug = post("2023年，三门峡市中心医院实际开放床位1800张。");
        Api.Response without = api.delete("/api/v1/documents/" + slug);
        assertThat(without.status()).isEqualTo(401);
        assertThat(without.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/documents/" + slug).status()).isEqualTo(200);

        Api.Response importer = api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.IMPORTER_KEY);
        assertThat(importer.status()).isEqualTo(200);
        assertThat(importer.json().get("withdrawnBy").asString()).isEqualTo("importer");
    }

    @Test
    void aWithdrawnDocumentPostedAgainComesBackAsNewWithItsFacts() {
        String text = "2023年，濮阳市人民医院实际开放床位2200张，出院人次7.7万。";
        Api.Response created = api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);
        String slug = created.json().get("document").get("slug").asString();
        int indicators =
                created.json().get("document").get("counts").get("indicators").asInt();
        assertThat(indicators).isEqualTo(2);
        api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(api.get("/api/v1/hospitals/" + Api.encode("pu-yang-shi-ren-min-yi-yuan"))
                        .status())
                .isEqualTo(404);

        Api.Response again = api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("status").asString()).isEqualTo("created");
        assertThat(again.json().get("document").get("counts").get("indicators").asInt())
                .isEqualTo(indicators);
        assertThat(api.get("/api/v1/hospitals/pu-yang-shi-ren-min-yi-yuan").status())
                .isEqualTo(200);
        assertThat(withdrawals(slug)).isEqualTo(1);
    }

    @Test
    void aHospitalRegisteredByAHospitalsImportStaysWhenTheOnlyDocumentNamingItIsWithdrawn() {
        Api.Response registered = api.post(
                "/api/v1/imports/hospitals",
                "text/csv",
                "slug,name_zh,level\nwithdrawal-registered,信阳市第四人民医院,三级乙等\n",
                KEY_HEADER,
                IntegrationTest.API_KEY);
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        String slug = post("2023年，信阳市第四人民医院实际开放床位800张。");
        assertThat(values("withdrawal-registered")).isEqualTo(1);

        Api.Response withdrawn = api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY);

        assertThat(withdrawn.json().get("removed").get("hospitals").asInt()).isZero();
        assertThat(api.get("/api/v1/hospitals/withdrawal-registered").status()).isEqualTo(200);
        assertThat(values("withdrawal-registered")).isZero();
    }

    @Test
    void aConsortiumAnotherDocumentNamesStaysOnThatDocumentsEvidence() {
        String first = post("2022年，鹤壁市人民医院牵头组建鹤壁市城市医疗集团，成员单位包括濮阳县人民医院、滑县人民医院。");
        String second = post("2022年，鹤壁市人民医院牵头组建鹤壁市城市医疗集团，成员单位包括淇县人民医院。");
        String consortium = jdbc.sql("select c.slug from consortium c join source_document d on d.id = c.document_id"
                        + " where d.slug = :slug")
                .param("slug", first)
                .query(String.class)
                .single();

        Api.Response withdrawn = api.delete("/api/v1/documents/" + first, KEY_HEADER, IntegrationTest.API_KEY);

        assertThat(withdrawn.json().get("consortiaKept").asInt()).isEqualTo(1);
        JsonNode kept = api.get("/api/v1/consortia/" + consortium).json();
        assertThat(kept.toString()).contains(second).contains("淇县人民医院").doesNotContain("滑县人民医院");
    }

    @Test
    void answersAndTheirEtagsNoLongerCarryAWithdrawnFigure() {
        String slug = post("2023年，鹤壁市第三人民医院实际开放床位777张。");
        String hospital = hospitalSlug("鹤壁市第三人民医院");
        String path = "/api/v1/compare?indicator=beds_open&hospitals=" + hospital + "&year=2023";
        Api.Response before = api.get(path);
        assertThat(before.json().toString()).contains("777");
        assertThat(api.get(path).body()).isEqualTo(before.body()); // kept and replayed while nothing changes

        api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY);

        Api.Response after = api.get(path, "If-None-Match", before.header("ETag"));
        assertThat(after.status()).isEqualTo(404); // the hospital went with the only document naming it
        Api.Response ranking = api.get("/api/v1/indicators/beds_open/ranking?year=2023&size=500");
        assertThat(ranking.body()).doesNotContain(hospital);
    }

    @Test
    void theSeedLoaderLeavesAWithdrawnTextOutUntilItIsPostedAgain(@TempDir Path folder) throws IOException {
        String text = "2023年，新乡市中心医院实际开放床位2500张。";
        Files.writeString(folder.resolve("withdrawn-seed.txt"), text);
        SeedLoader loader =
                new SeedLoader(new SeedProperties(true, folder.toUri().toString(), false), importer, failures);
        assertThat(loader.loadSeeds()).containsEntry("created", 1);
        api.delete("/api/v1/documents/withdrawn-seed", KEY_HEADER, IntegrationTest.API_KEY);

        assertThat(loader.loadSeeds()).containsEntry("withdrawn", 1);
        assertThat(api.get("/api/v1/documents/withdrawn-seed").status()).isEqualTo(404);

        String posted = post(text);
        assertThat(loader.loadSeeds()).containsEntry("unchanged", 1);
        assertThat(api.get("/api/v1/documents/" + posted).status()).isEqualTo(200);
    }

    private String post(String text) {
        Api.Response response = api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().get("document").get("slug").asString();
    }

    private String hospitalSlug(String name) {
        return jdbc.sql("select slug from hospital where name_zh = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private long values(String hospitalSlug) {
        return jdbc.sql("select count(*) from indicator_value v join hospital h on h.id = v.hospital_id"
                        + " where h.slug = :slug")
                .param("slug", hospitalSlug)
                .query(Long.class)
                .single();
    }

    private long withdrawals(String slug) {
        return jdbc.sql("select count(*) from document_withdrawal where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }
}
