package org.hospitalatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Documents that disagree: all figures kept, the newest publication shown (even when less confident), the others
 * listed as conflicts with their quotes, and GET /api/v1/conflicts for review.
 */
@IntegrationTest
class ConflictsApiIT {

    private static final String HOSPITAL = "xu-chang-shi-ren-min-yi-yuan";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        post("2024-01-10", "2023年，许昌市人民医院实际开放床位1500张。");
        post("2024-03-01", "2023年，许昌市人民医院实际开放床位1550张，出院人次5.2万。");
        post("2023-12-01", "许昌市人民医院2023年实际开放床位1550张。"); // agrees with the figure shown: no conflict
        // the newest is also the least confident: publication decides first
        jdbc.sql("""
                        update indicator_value set confidence = 0.5
                        where quote like '%1550张%' and document_id = (select id from source_document
                                                                      where published_on = '2024-03-01'
                                                                        and body like '%许昌市人民医院%')
                        """).update();
    }

    @Test
    void compareShowsTheNewestFigureAndListsTheOtherWithItsQuote() {
        JsonNode row = api.get("/api/v1/compare?indicator=beds_open&year=2023&hospitals=" + HOSPITAL)
                .json()
                .get("rows")
                .get(0);

        assertThat(row.get("value").decimalValue()).isEqualByComparingTo("1550");
        assertThat(row.get("evidence").get(0).get("confidence").decimalValue()).isEqualByComparingTo("0.5");
        assertOneConflictOf1500(row.get("conflicts"));
    }

    @Test
    void theMatrixAndTheSeriesShowTheSameChoiceAndConflicts() {
        JsonNode cell = api.get(
                        "/api/v1/compare/matrix?indicators=beds_open,discharges&year=2023&hospitals=" + HOSPITAL)
                .json()
                .get("rows")
                .get(0)
                .get("values");
        assertThat(cell.get("beds_open").get("value").decimalValue()).isEqualByComparingTo("1550");
        assertOneConflictOf1500(cell.get("beds_open").get("conflicts"));
        assertThat(cell.get("discharges").get("conflicts")).isEmpty();

        JsonNode point = api.get("/api/v1/hospitals/" + HOSPITAL + "/indicators?codes=beds_open")
                .json()
                .get("rows")
                .get(0);
        assertThat(point.get("value").decimalValue()).isEqualByComparingTo("1550");
        assertOneConflictOf1500(point.get("conflicts"));
    }

    @Test
    void conflictsAreListedForReview() {
        JsonNode body = api.get("/api/v1/conflicts?indicator=beds_open&hospital=" + HOSPITAL)
                .json();

        assertThat(body.get("totalItems").asInt()).isEqualTo(1);
        JsonNode conflict = body.get("items").get(0);
        assertThat(conflict.get("hospital").get("slug").asString()).isEqualTo(HOSPITAL);
        assertThat(conflict.get("year").asInt()).isEqualTo(2023);
        assertThat(conflict.get("kind").asString()).isEqualTo("level");
        assertThat(conflict.get("chosen").get("value").decimalValue()).isEqualByComparingTo("1550");
        assertThat(conflict.get("chosen").get("publishedOn").asString()).isEqualTo("2024-03-01");
        assertOneConflictOf1500(conflict.get("others"));
        // a figure below min_confidence does not count: without the newest, the next newest is chosen
        JsonNode confident = api.get("/api/v1/conflicts?min_confidence=0.6&hospital=" + HOSPITAL)
                .json()
                .get("items")
                .get(0);
        assertThat(confident.get("chosen").get("value").decimalValue()).isEqualByComparingTo("1500");
        assertThat(confident.get("others").get(0).get("publishedOn").asString()).isEqualTo("2023-12-01");
    }

    @Test
    void badFiltersAreProblemsNamingThem() {
        for (String query : List.of("indicator=Beds%20Open", "updated_since=yesterday", "min_confidence=2", "size=0")) {
            Api.Response response = api.get("/api/v1/conflicts?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(api.get("/api/v1/conflicts?hospital=no-such-hospital").status())
                .isEqualTo(404);
    }

    private static void assertOneConflictOf1500(JsonNode conflicts) {
        assertThat(conflicts).hasSize(1);
        JsonNode other = conflicts.get(0);
        assertThat(other.get("value").decimalValue()).isEqualByComparingTo("1500");
        assertThat(other.get("quote").asString()).contains("1500张");
        assertThat(other.get("publishedOn").asString()).isEqualTo("2024-01-10");
        assertThat(other.get("document").asString()).startsWith("doc-");
    }

    private void post(String publishedOn, String text) {
        Api.Response response = api.post(
                "/api/v1/documents?published_on=" + publishedOn,
                "text/plain;charset=UTF-8",
                text,
                "X-API-Key",
                IntegrationTest.API_KEY);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
