package org.hospitalatlas.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reviews through the API on the real database: each test posts documents of its own about hospitals no other test
 * names, reviews their facts and reads them back.
 */
@IntegrationTest
class ReviewApiIT {

    private static final String KEY_HEADER = "X-API-Key";
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain;charset=UTF-8";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aReviewSetsTheStateAndIsKeptWithWhoWhenWhyAndTheFactBeforeAndAfter() {
        String document = post("2023年，鸡西市人民医院实际开放床位1080张，出院人次4.2万。");
        long beds = fact(document, "beds_open");

        Api.Response corrected = review("indicator-values", beds, """
                {"state": "corrected", "value": 1800, "reason": "the report gives 1,800 beds"}""");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode fact = corrected.json().get("fact");
        assertThat(corrected.json().get("recorded").asBoolean()).isTrue();
        assertThat(fact.get("review").asString()).isEqualTo("corrected");
        assertThat(fact.get("value").decimalValue()).isEqualByComparingTo("1800");
        assertThat(fact.get("reviewedBy").asString()).isEqualTo("default");
        assertThat(fact.get("quote").asString()).contains("1080"); // the evidence stays what the text says

        // confirmed by another key: a second review, kept beside the first
        Api.Response confirmed = api.post(
                "/api/v1/facts/indicator-values/" + beds + "/reviews",
                JSON,
                "{\"state\": \"confirmed\"}",
                KEY_HEADER,
                IntegrationTest.IMPORTER_KEY);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

        JsonNode history =
                api.get("/api/v1/facts/indicator-values/" + beds + "/history").json();
        assertThat(history.get("fact").get("review").asString()).isEqualTo("confirmed");
        assertThat(history.get("fact").get("value").decimalValue()).isEqualByComparingTo("1800");
        JsonNode reviews = history.get("reviews");
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0).get("state").asString()).isEqualTo("corrected");
        assertThat(reviews.get(0).get("by").asString()).isEqualTo("default");
        assertThat(reviews.get(0).get("reason").asString()).isEqualTo("the report gives 1,800 beds");
        assertThat(reviews.get(0).get("at").asString()).isNotBlank();
        assertThat(reviews.get(0).get("before").get("review").asString()).isEqualTo("extracted");
        assertThat(reviews.get(0).get("before").get("value").decimalValue()).isEqualByComparingTo("1080");
        assertThat(reviews.get(0).get("after").get("value").decimalValue()).isEqualByComparingTo("1800");
        assertThat(reviews.get(1).get("state").asString()).isEqualTo("confirmed");
        assertThat(reviews.get(1).get("by").asString()).isEqualTo("importer");
        assertThat(reviews.get(1).get("reason").isNull()).isTrue();
    }

    @Test
    void theSameReviewTwiceGivesOneStateAndOneHistoryRow() {
        String document = post("2023年，七台河市人民医院实际开放床位1200张。");
        long beds = fact(document, "beds_open");
        String body = "{\"state\": \"rejected\", \"reason\": \"a plan, not a figure\"}";

        Api.Response first = review("indicator-values", beds, body);
        Api.Response second = review("indicator-values", beds, body);

        assertThat(first.json().get("recorded").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("recorded").asBoolean()).isFalse();
        assertThat(second.json().get("fact").get("review").asString()).isEqualTo("rejected");
        assertThat(historyRows(beds)).isEqualTo(1);
    }

    @Test
    void badReviewsAre400NamingTheFieldAndChangeNothing() {
        String document = post("2023年，双鸭山市人民医院实际开放床位1300张。");
        long beds = fact(document, "beds_open");
        String path = "/api/v1/facts/indicator-values/" + beds + "/reviews";

        assertProblem(review("indicator-values", beds, "{\"state\": \"approved\"}"), 400, "state");
        assertProblem(review("indicator-values", beds, "{\"state\": \"extracted\"}"), 400, "state");
        assertProblem(review("indicator-values", beds, "{\"reason\": \"no state\"}"), 400, "state");
        assertProblem(
                review("indicator-values", beds, "{\"state\": \"confirmed\", \"colour\": \"red\"}"), 400, "colour");
        assertProblem(
                review("indicator-values", beds, "{\"state\": \"corrected\", \"value\": \"many\", \"reason\": \"x\"}"),
                400,
                "value");
        assertProblem(
                review("indicator-values", beds, "{\"state\": \"corrected\", \"value\": 1e19, \"reason\": \"x\"}"),
                400,
                "value");
        assertProblem(
                review("indicator-values", beds, "{\"state\": \"corrected\", \"value\": -5, \"reason\": \"x\"}"),
                400,
                "value");
        assertProblem(
                review("indicator-values", beds, "{\"state\": \"corrected\", \"year\": 1850, \"reason\": \"x\"}"),
                400,
                "year");
        assertProblem(
                review("indicator-values", beds, "{\"state\": \"corrected\", \"year\": 2021.5, \"reason\": \"x\"}"),
                400,
                "year");
        assertProblem(
                review(
                        "indicator-values",
                        beds,
                        "{\"state\": \"corrected\", \"hospital\": \"no-such\", \"reason\": \"x\"}"),
                400,
                "hospital");
        assertProblem(
                review(
                        "indicator-values",
                        beds,
                        "{\"state\": \"corrected\", \"value\": 1, \"unit\": \"km\", \"reason\": \"x\"}"),
                400,
                "unit");
        assertProblem(review("indicator-values", beds, "{\"state\": \"corrected\", \"value\": 1400}"), 400, "reason");
        assertProblem(review("indicator-values", beds, "{\"state\": \"rejected\"}"), 400, "reason");
        assertProblem(review("indicator-values", beds, "{\"state\": \"confirmed\", \"value\": 1400}"), 400, "value");
        assertProblem(review("indicator-values", beds, "[1, 2]"), 400, "body");
        assertProblem(review("indicator-values", beds, "{\"state\": "), 400, "body");
        assertProblem(
                api.post(
                        "/api/v1/facts/indicator-values/abc/reviews",
                        JSON,
                        "{\"state\": \"confirmed\"}",
                        KEY_HEADER,
                        IntegrationTest.API_KEY),
                400,
                "id");
        assertProblem(review("indicator-values", Long.MAX_VALUE, "{\"state\": \"confirmed\"}"), 404, null);
        assertProblem(review("opinions", beds, "{\"state\": \"confirmed\"}"), 404, null);
        Api.Response withoutKey = api.post(path, JSON, "{\"state\": \"confirmed\"}");
        assertThat(withoutKey.status()).isEqualTo(401);
        assertThat(withoutKey.header("Content-Type")).startsWith("application/problem+json");

        JsonNode fact =
                api.get("/api/v1/facts/indicator-values/" + beds + "/history").json();
        assertThat(fact.get("fact").get("review").asString()).isEqualTo("extracted");
        assertThat(fact.get("fact").get("value").decimalValue()).isEqualByComparingTo("1300");
        assertThat(fact.get("reviews")).isEmpty();
        assertProblem(api.get("/api/v1/facts/indicator-values/" + Long.MAX_VALUE + "/history"), 404, null);
    }

    @Test
    void aCorrectionInAnotherUnitIsStoredInTheCatalogueUnitAndAYearOrHospitalMovesTheFigure() {
        String document = post("2023年，伊春市人民医院出院人次4.5万，实际开放床位900张。2023年，黑河市人民医院实际开放床位700张。");
        long discharges = fact(document, "discharges");
        long beds = fact(document, "beds_open", slug("伊春市人民医院"));

        JsonNode scaled = review("indicator-values", discharges, """
                {"state": "corrected", "value": 5.4, "unit": "万persons", "reason": "digits swapped"}""").json();
        assertThat(scaled.get("fact").get("value").decimalValue()).isEqualByComparingTo("54000");

        String heihe = slug("黑河市人民医院");
        JsonNode moved = review("indicator-values", beds, """
                {"state": "corrected", "year": 2022, "hospital": "%s", "reason": "the sentence is about 黑河 in 2022"}""".formatted(heihe)).json();
        assertThat(moved.get("fact").get("hospital").asString()).isEqualTo(heihe);
        assertThat(moved.get("fact").get("year").asInt()).isEqualTo(2022);
        JsonNode series = api.get("/api/v1/hospitals/" + heihe + "/indicators?codes=beds_open")
                .json();
        assertThat(series.get("rows")).hasSize(2);
        assertThat(series.get("rows").get(0).get("year").asInt()).isEqualTo(2022);
        assertThat(series.get("rows").get(0).get("value").decimalValue()).isEqualByComparingTo("900");

        // moving it onto a figure the document states already is refused, naming the field
        long heiheBeds = jdbc.sql("""
                        select v.id from indicator_value v join hospital h on h.id = v.hospital_id
                        where h.slug = :slug and v.year = 2023 and v.indicator_code = 'beds_open'""").param("slug", heihe).query(Long.class).single();
        assertProblem(
                review("indicator-values", heiheBeds, "{\"state\": \"corrected\", \"year\": 2022, \"reason\": \"x\"}"),
                400,
                "year");
    }

    @Test
    void rejectedFiguresAreNeverUsedAndConfirmedOnesGoFirstAndAloneWithReviewConfirmed() {
        String older = post("2024-03-01", "2023年，石嘴山市人民医院实际开放床位1500张。2023年，中卫市人民医院实际开放床位1100张。");
        String newer = post("2024-06-01", "2023年，石嘴山市人民医院实际开放床位1550张。2023年，固原市人民医院实际开放床位900张。");
        String shizuishan = slug("石嘴山市人民医院");
        String zhongwei = slug("中卫市人民医院");
        String guyuan = slug("固原市人民医院");
        String compare = "/api/v1/compare?indicator=beds_open&year=2023&hospitals=" + shizuishan;
        assertThat(value(api.get(compare).json())).isEqualTo("1550"); // the newer publication

        review("indicator-values", fact(older, "beds_open", shizuishan), "{\"state\": \"confirmed\"}");
        JsonNode confirmedFirst = api.get(compare).json().get("rows").get(0);
        assertThat(confirmedFirst.get("value").decimalValue()).isEqualByComparingTo("1500");
        assertThat(confirmedFirst.get("evidence").get(0).get("review").asString())
                .isEqualTo("confirmed");
        assertThat(confirmedFirst.get("conflicts").get(0).get("value").decimalValue())
                .isEqualByComparingTo("1550");

        review("indicator-values", fact(older, "beds_open", shizuishan), """
                {"state": "rejected", "reason": "the 2023 report was corrected"}""");
        review("indicator-values", fact(newer, "beds_open", shizuishan), """
                {"state": "rejected", "reason": "misread"}""");
        JsonNode none = api.get(compare).json().get("rows").get(0);
        assertThat(none.get("value").isNull()).isTrue();
        assertThat(none.get("conflicts")).isEmpty();
        JsonNode stillNone =
                api.get(compare + "&review=confirmed").json().get("rows").get(0);
        assertThat(stillNone.get("value").isNull()).isTrue();

        String ranking = "/api/v1/indicators/beds_open/ranking?year=2023&size=50&province=" + Api.encode("宁夏");
        assertThat(slugs(api.get(ranking).json())).containsExactly(zhongwei, guyuan);
        review("indicator-values", fact(newer, "beds_open", guyuan), """
                {"state": "corrected", "value": 1200, "reason": "1,200 in the table"}""");
        JsonNode all = api.get(ranking).json();
        assertThat(slugs(all)).containsExactly(guyuan, zhongwei);
        assertThat(all.get("items").get(0).get("value").decimalValue()).isEqualByComparingTo("1200");
        JsonNode reviewed = api.get(ranking + "&review=confirmed").json();
        assertThat(slugs(reviewed)).containsExactly(guyuan);
        assertThat(reviewed.get("peerGroup").get("count").asInt()).isEqualTo(1);
        assertThat(api.get(compare + "&review=maybe").status()).isEqualTo(400);
        assertThat(api.get(compare + "&review=maybe")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("review");
        JsonNode matrix = api.get("/api/v1/compare/matrix?indicators=beds_open&year=2023&review=confirmed&hospitals="
                        + guyuan + "," + zhongwei)
                .json();
        assertThat(matrix.toString()).contains("1200").doesNotContain("1100");
    }

    @Test
    void theQueueListsUnreviewedFactsLowestConfidenceFirstAndFiltersByKind() {
        String document = post("2023年，嘉峪关市人民医院实际开放床位800张，出院人次3.1万，门急诊人次52万。");
        long beds = fact(document, "beds_open");

        JsonNode page = api.get("/api/v1/review-queue?size=500").json();
        List<Double> confidences = new ArrayList<>();
        page.get("items").forEach(item -> confidences.add(item.get("confidence").asDouble()));
        assertThat(confidences).isSorted();
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);

        JsonNode mine = api.get("/api/v1/review-queue?kind=indicator-values&indicator=beds_open&size=500&province="
                        + Api.encode("甘肃"))
                .json();
        assertThat(ids(mine)).contains(beds);
        mine.get("items").forEach(item -> {
            assertThat(item.get("kind").asString()).isEqualTo("indicator-values");
            assertThat(item.get("indicator").asString()).isEqualTo("beds_open");
            assertThat(item.get("review").asString()).isEqualTo("extracted");
        });
        JsonNode pilots =
                api.get("/api/v1/review-queue?kind=reform-pilots&size=500").json();
        pilots.get("items")
                .forEach(item -> assertThat(item.get("kind").asString()).isEqualTo("reform-pilots"));

        review("indicator-values", beds, "{\"state\": \"confirmed\"}");
        assertThat(ids(api.get("/api/v1/review-queue?kind=indicator-values&indicator=beds_open&size=500&province="
                                + Api.encode("甘肃"))
                        .json()))
                .doesNotContain(beds);
        assertProblem(api.get("/api/v1/review-queue?kind=opinions"), 400, "kind");
    }

    @Test
    void pilotsConsortiaAndMembershipsAreReviewedTooAndRejectedOnesLeaveTheLists() {
        String document =
                post("2019年，白银市第一人民医院被确定为国家建立健全现代医院管理制度试点医院。" + "2021年6月，白银市第一人民医院牵头组建白银市城市医疗集团，成员单位包括白银市第二人民医院。");
        String baiyin = slug("白银市第一人民医院");
        long pilot = jdbc.sql("select p.id from reform_pilot p join source_document d on d.id = p.document_id"
                        + " where d.slug = :document")
                .param("document", document)
                .query(Long.class)
                .single();
        assertProblem(review("reform-pilots", pilot, """
                {"state": "corrected", "value": 3, "reason": "x"}"""), 400, "value");
        Api.Response year = review("reform-pilots", pilot, """
                {"state": "corrected", "year": 2018, "reason": "named in 2018"}""");
        assertThat(year.status()).as(year.body()).isEqualTo(200);
        assertThat(year.json().get("fact").get("year").asInt()).isEqualTo(2018);
        assertThat(year.json().get("fact").get("designation").asString()).contains("现代医院管理制度");
        JsonNode profile = api.get("/api/v1/hospitals/" + baiyin + "/profile").json();
        assertThat(profile.get("pilots").get(0).get("year").asInt()).isEqualTo(2018);

        review("reform-pilots", pilot, "{\"state\": \"rejected\", \"reason\": \"a different hospital\"}");
        assertThat(api.get("/api/v1/hospitals/" + baiyin + "/profile").json().get("pilots"))
                .isEmpty();
        assertThat(api.get("/api/v1/reform-pilots?size=500&province=" + Api.encode("甘肃"))
                        .body())
                .doesNotContain(baiyin);

        List<Long> members = jdbc.sql("select m.id from consortium_member m join source_document d"
                        + " on d.id = m.document_id where d.slug = :document order by m.id")
                .param("document", document)
                .query(Long.class)
                .list();
        assertThat(members).isNotEmpty();
        Api.Response member = review("consortium-members", members.get(members.size() - 1), """
                {"state": "rejected", "reason": "not a member"}""");
        assertThat(member.status()).as(member.body()).isEqualTo(200);
        assertThat(member.json().get("fact").get("consortium").asString()).isNotBlank();
        assertThat(historyRows("consortium_member", members.get(members.size() - 1)))
                .isEqualTo(1);
    }

    @Test
    void aReviewIsInTheChangeFeedAndARejectedFigureLeavesTheFhirExport() {
        String document = post("2023年，金昌市人民医院实际开放床位650张，出院人次2.2万。");
        long beds = fact(document, "beds_open");
        String hospital = slug("金昌市人民医院");
        String everything = "/fhir/Organization/" + hospital + "/$everything";
        assertThat(measureReports(api.get(everything).json())).isEqualTo(2);
        String cursor =
                api.get("/api/v1/changes?after=latest").json().get("next").asString();

        review("indicator-values", beds, "{\"state\": \"rejected\", \"reason\": \"the bed count of a new wing\"}");

        assertThat(measureReports(api.get(everything).json())).isEqualTo(1);
        // after=latest never skips a change, so it may also replay the figure's addition when another transaction
        // was still running as the cursor was taken (the feed shows only what every running transaction can no
        // longer precede); the review's change must come, and last
        List<String> changes = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        while (!changes.contains("changed") && System.currentTimeMillis() < deadline) {
            changes.clear();
            api.get("/api/v1/changes?limit=1000&after=" + cursor)
                    .json()
                    .get("items")
                    .forEach(change -> {
                        if (change.get("entity").asString().equals("indicator_value")
                                && change.get("id").asLong() == beds) {
                            changes.add(change.get("action").asString());
                        }
                    });
        }
        assertThat(changes).endsWith("changed");
        assertThat(changes.subList(0, changes.size() - 1))
                .allSatisfy(a -> assertThat(a).isEqualTo("added"));
    }

    private Api.Response review(String kind, long id, String body) {
        return api.post(
                "/api/v1/facts/" + kind + "/" + id + "/reviews", JSON, body, KEY_HEADER, IntegrationTest.API_KEY);
    }

    private String post(String text) {
        Api.Response created = api.post("/api/v1/documents", TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return created.json().get("document").get("slug").asString();
    }

    private String post(String publishedOn, String text) {
        Api.Response created = api.post(
                "/api/v1/documents?published_on=" + publishedOn, TEXT, text, KEY_HEADER, IntegrationTest.API_KEY);
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return created.json().get("document").get("slug").asString();
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

    private long fact(String document, String indicator, String hospital) {
        return jdbc.sql("""
                        select v.id from indicator_value v join source_document d on d.id = v.document_id
                        join hospital h on h.id = v.hospital_id
                        where d.slug = :document and v.indicator_code = :indicator and h.slug = :hospital""")
                .param("document", document)
                .param("indicator", indicator)
                .param("hospital", hospital)
                .query(Long.class)
                .single();
    }

    private String slug(String name) {
        return jdbc.sql("select slug from hospital where name_zh = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private int historyRows(long id) {
        return historyRows("indicator_value", id);
    }

    private int historyRows(String kind, long id) {
        return jdbc.sql("select count(*) from fact_review where fact_kind = :kind and fact_id = :id")
                .param("kind", kind)
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static String value(JsonNode comparison) {
        return comparison
                .get("rows")
                .get(0)
                .get("value")
                .decimalValue()
                .stripTrailingZeros()
                .toPlainString();
    }

    private static List<String> slugs(JsonNode ranking) {
        List<String> slugs = new ArrayList<>();
        ranking.get("items")
                .forEach(item -> slugs.add(item.get("hospital").get("slug").asString()));
        return slugs;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static long measureReports(JsonNode bundle) {
        long count = 0;
        for (JsonNode entry : bundle.get("entry")) {
            if (entry.get("resource").get("resourceType").asString().equals("MeasureReport")) {
                count++;
            }
        }
        return count;
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            List<String> fields = new ArrayList<>();
            response.json()
                    .get("errors")
                    .forEach(error -> fields.add(error.get("field").asString()));
            assertThat(fields).as(response.body()).contains(field);
        }
    }
}
