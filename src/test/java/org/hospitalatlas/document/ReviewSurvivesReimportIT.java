package org.hospitalatlas.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Extraction never overwrites a reviewed fact: a reviewed figure keeps its review and corrected value when its
 * document is posted again, reloaded by the seed loader (the same text, or a changed text under the same slug),
 * imported again as a dataset, or withdrawn (its reviews stay in the audit trail).
 */
@IntegrationTest
class ReviewSurvivesReimportIT {

    private static final String KEY_HEADER = "X-API-Key";
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentImporter importer;

    @Autowired
    SeedLoader seeds;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aCorrectedFigureSurvivesRepostingAndReloadingItsTextAndAChangedTextUnderTheSameSlug() {
        String text = "2023年，鹰潭市人民医院实际开放床位1080张，出院人次4.6万。";
        NewDocument original =
                new NewDocument("review-reimport-yingtan", "鹰潭", null, LocalDate.of(2024, 3, 1), null, text);
        importer.importDocument(original, true);
        long beds = fact("review-reimport-yingtan", "beds_open");
        correct(beds, 1800);
        long discharges = fact("review-reimport-yingtan", "discharges");
        reject(discharges);

        // the same text again: posted (the API) and reloaded (the seed loader's call)
        assertThat(api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY)
                        .status())
                .isEqualTo(200);
        assertThat(importer.importDocument(original, true).status()).isEqualTo(ImportOutcome.Status.UNCHANGED);
        assertCorrected(beds, 1800, 1);

        // a changed text under the same slug, as a changed seed file: a new document whose facts take over
        NewDocument changed = new NewDocument(
                "review-reimport-yingtan", "鹰潭", null, LocalDate.of(2024, 3, 1), null, text + "2023年，鹰潭市人民医院门急诊人次61万。");
        assertThat(importer.importDocument(changed, true).status()).isEqualTo(ImportOutcome.Status.REPLACED);
        long newBeds = fact("review-reimport-yingtan", "beds_open");
        assertThat(newBeds).isNotEqualTo(beds);
        assertCorrected(newBeds, 1800, 1);
        assertThat(state(fact("review-reimport-yingtan", "discharges"))).isEqualTo("rejected");
        String hospital = jdbc.sql("select slug from hospital where name_zh = '鹰潭市人民医院'")
                .query(String.class)
                .single();
        JsonNode compared = api.get("/api/v1/compare?indicator=beds_open&year=2023&hospitals=" + hospital)
                .json()
                .get("rows")
                .get(0);
        assertThat(compared.get("value").decimalValue()).isEqualByComparingTo("1800");
        assertThat(api.get("/api/v1/compare?indicator=discharges&year=2023&hospitals=" + hospital)
                        .json()
                        .get("rows")
                        .get(0)
                        .get("value")
                        .isNull())
                .isTrue();
    }

    @Test
    void aReviewedSeedFigureSurvivesTheSeedLoaderRunningAgain() throws IOException {
        long beds = jdbc.sql("""
                        select v.id from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = 'chen-zhou-shi-di-yi-ren-min-yi-yuan' and v.indicator_code = 'beds_open'
                          and not v.is_target
                        order by v.id limit 1""").query(Long.class).single();
        Api.Response confirmed = review(beds, "{\"state\": \"confirmed\", \"reason\": \"checked against the report\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        try {
            seeds.loadSeeds();

            assertThat(state(beds)).isEqualTo("confirmed");
            assertThat(api.get("/api/v1/facts/indicator-values/" + beds + "/history")
                            .json()
                            .get("reviews"))
                    .hasSize(1);
        } finally {
            // a confirmation changes no figure; back to extracted so that the queue's counts stay the seeds'
            jdbc.sql("update indicator_value set review_state = 'extracted', reviewed_by = null, reviewed_at = null"
                            + " where id = :id")
                    .param("id", beds)
                    .update();
            jdbc.sql("delete from fact_review where fact_kind = 'indicator_value' and fact_id = :id")
                    .param("id", beds)
                    .update();
        }
    }

    @Test
    void aDatasetImportedAgainLeavesReviewedFiguresAsReviewed() {
        String hospitals = "slug,name_zh\nreview-bulk-a,复核导入甲医院\nreview-bulk-b,复核导入乙医院\n";
        assertThat(api.post("/api/v1/imports/hospitals", CSV, hospitals, KEY_HEADER, IntegrationTest.API_KEY)
                        .status())
                .isEqualTo(200);
        String header = "hospital_slug,indicator_code,year,kind,value,qualifier\n";
        String first = header + "review-bulk-a,beds_open,2023,level,500,exact\n"
                + "review-bulk-b,beds_open,2023,level,600,exact\n"
                + "review-bulk-a,discharges,2023,level,20000,exact\n";
        assertThat(importValues(first).status()).isEqualTo(200);
        long a = bulkFact("review-bulk-a", "beds_open");
        long b = bulkFact("review-bulk-b", "beds_open");
        long discharges = bulkFact("review-bulk-a", "discharges");
        correct(a, 550);
        reject(b);
        Api.Response moved = review(discharges, """
                {"state": "corrected", "year": 2022, "reason": "the file's year was wrong"}""");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        String second = header + "review-bulk-a,beds_open,2023,level,510,exact\n"
                + "review-bulk-b,beds_open,2023,level,610,exact\n"
                + "review-bulk-a,discharges,2023,level,21000,exact\n";
        JsonNode report = importValues(second).json();

        assertThat(report.get("updated").asLong()).isZero();
        assertThat(report.get("inserted").asLong()).isZero();
        assertCorrected(a, 550, 1);
        assertThat(state(b)).isEqualTo("rejected");
        assertThat(value(b)).isEqualTo("600");
        // the figure a review moved to 2022 is not read in again at 2023
        assertThat(jdbc.sql("""
                        select count(*) from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = 'review-bulk-a' and v.indicator_code = 'discharges'""").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPilotAndAMembershipAReviewMovedToAnotherHospitalAreNotReadInAgainAtTheirOldKey() {
        String hospitals = "slug,name_zh\nreview-move-a,复核迁移甲医院\nreview-move-b,复核迁移乙医院\n";
        assertThat(post("/api/v1/imports/hospitals", hospitals).status()).isEqualTo(200);
        String pilots =
                "hospital_slug,designation,level,category,year\n" + "review-move-a,复核迁移试点医院,provincial,other,2022\n";
        String consortia = "slug,name,type,established_on\nreview-move-group,复核迁移医联体,other,2021\n";
        String members = "consortium_slug,hospital_slug,role\nreview-move-group,review-move-a,member\n";
        assertThat(post("/api/v1/imports/reform-pilots?dataset=review-move", pilots)
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/imports/consortia?dataset=review-move", consortia)
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/imports/consortium-members?dataset=review-move", members)
                        .status())
                .isEqualTo(200);
        long pilot = jdbc.sql("select id from reform_pilot where designation = '复核迁移试点医院'")
                .query(Long.class)
                .single();
        long member = jdbc.sql("""
                        select m.id from consortium_member m join consortium c on c.id = m.consortium_id
                        where c.slug = 'review-move-group'""").query(Long.class).single();
        String moveToB =
                "{\"state\": \"corrected\", \"hospital\": \"review-move-b\", \"reason\": \"the other hospital\"}";
        assertThat(post("/api/v1/facts/reform-pilots/" + pilot + "/reviews", JSON, moveToB)
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/facts/consortium-members/" + member + "/reviews", JSON, moveToB)
                        .status())
                .isEqualTo(200);

        assertThat(post("/api/v1/imports/reform-pilots?dataset=review-move", pilots)
                        .status())
                .isEqualTo(200);
        assertThat(post("/api/v1/imports/consortium-members?dataset=review-move", members)
                        .status())
                .isEqualTo(200);

        assertThat(jdbc.sql("""
                        select h.slug from reform_pilot p join hospital h on h.id = p.hospital_id
                        where p.designation = '复核迁移试点医院'""").query(String.class).list()).containsExactly("review-move-b");
        assertThat(jdbc.sql("""
                        select h.slug from consortium_member m join hospital h on h.id = m.hospital_id
                        join consortium c on c.id = m.consortium_id where c.slug = 'review-move-group'""").query(String.class).list()).containsExactly("review-move-b");
    }

    private Api.Response post(String path, String csv) {
        return post(path, CSV, csv);
    }

    private Api.Response post(String path, String contentType, String body) {
        Api.Response response = api.post(path, contentType, body, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(response.status()).as(path + "\n" + response.body()).isEqualTo(200);
        return response;
    }

    @Test
    void withdrawingADocumentWithReviewedFactsKeepsTheirReviewsAndARepostStartsAfresh() {
        String text = "2023年，新余市人民医院实际开放床位1400张。";
        Api.Response created = api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);
        String slug = created.json().get("document").get("slug").asString();
        long beds = fact(slug, "beds_open");
        correct(beds, 1450);

        Api.Response withdrawn = api.delete("/api/v1/documents/" + slug, KEY_HEADER, IntegrationTest.API_KEY);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        JsonNode history =
                api.get("/api/v1/facts/indicator-values/" + beds + "/history").json();
        assertThat(history.get("fact").isNull()).isTrue();
        assertThat(history.get("reviews")).hasSize(1);
        assertThat(history.get("reviews").get(0).get("after").get("value").decimalValue())
                .isEqualByComparingTo("1450");
        api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);
        long again = fact(slug, "beds_open");
        assertThat(state(again)).isEqualTo("extracted");
        assertThat(value(again)).isEqualTo("1400");
    }

    private Api.Response importValues(String csv) {
        return api.post(
                "/api/v1/imports/indicator-values?dataset=review-it", CSV, csv, KEY_HEADER, IntegrationTest.API_KEY);
    }

    private Api.Response review(long id, String body) {
        return api.post(
                "/api/v1/facts/indicator-values/" + id + "/reviews", JSON, body, KEY_HEADER, IntegrationTest.API_KEY);
    }

    private void correct(long id, int value) {
        Api.Response response =
                review(id, "{\"state\": \"corrected\", \"value\": " + value + ", \"reason\": \"read again\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void reject(long id) {
        Api.Response response = review(id, "{\"state\": \"rejected\", \"reason\": \"not this hospital's\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void assertCorrected(long id, int value, int reviews) {
        JsonNode history =
                api.get("/api/v1/facts/indicator-values/" + id + "/history").json();
        assertThat(history.get("fact").get("review").asString()).isEqualTo("corrected");
        assertThat(history.get("fact").get("value").decimalValue()).isEqualByComparingTo(String.valueOf(value));
        assertThat(history.get("reviews")).hasSize(reviews);
    }

    private long fact(String document, String indicator) {
        return jdbc.sql("""
                        select v.id from indicator_value v join source_document d on d.id = v.document_id
                        where d.slug = :document and v.indicator_code = :indicator and not v.is_target""")
                .param("document", document)
                .param("indicator", indicator)
                .query(Long.class)
                .single();
    }

    private long bulkFact(String hospital, String indicator) {
        return jdbc.sql("""
                        select v.id from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :hospital and v.indicator_code = :indicator""")
                .param("hospital", hospital)
                .param("indicator", indicator)
                .query(Long.class)
                .single();
    }

    private String state(long id) {
        return jdbc.sql("select review_state from indicator_value where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String value(long id) {
        return jdbc.sql("select value from indicator_value where id = :id")
                .param("id", id)
                .query(java.math.BigDecimal.class)
                .single()
                .stripTrailingZeros()
                .toPlainString();
    }
}
