package org.hospitalatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.compare.ConfidenceFixture.ALLIANCE;
import static org.hospitalatlas.compare.ConfidenceFixture.GROUP;
import static org.hospitalatlas.compare.ConfidenceFixture.SURE;
import static org.hospitalatlas.compare.ConfidenceFixture.UNSURE;

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

/** {@code min_confidence} on every endpoint that answers facts, on {@link ConfidenceFixture}. */
@IntegrationTest
class MinConfidenceApiIT {

    private static final String PROVINCE = "province=" + Api.encode(ConfidenceFixture.PROVINCE);
    private static final String HIGH = "min_confidence=0.8";

    /** Every endpoint that takes min_confidence, with what else it needs. */
    private static final List<String> ENDPOINTS = List.of(
            "/api/v1/compare?indicator=beds_open&hospitals=" + SURE,
            "/api/v1/compare/matrix?indicators=beds_open&hospitals=" + SURE,
            "/api/v1/indicators/beds_open/ranking?" + PROVINCE,
            "/api/v1/hospitals/" + SURE + "/indicators?codes=beds_open",
            "/api/v1/hospitals/" + SURE + "/profile?",
            "/api/v1/coverage?indicators=beds_open&" + PROVINCE,
            "/api/v1/reform-pilots?" + PROVINCE,
            "/api/v1/reform-pilots/timeline?" + PROVINCE,
            "/api/v1/consortia?" + PROVINCE,
            "/api/v1/consortia/compare?slugs=" + GROUP,
            "/api/v1/consortia/" + GROUP + "?",
            "/api/v1/documents/" + ConfidenceFixture.DOCUMENT + "?");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ConfidenceFixture.ensure(jdbc);
    }

    @Test
    void compareFallsBackToTheLatestConfidentYear() {
        String path = "/api/v1/compare?indicator=beds_open&hospitals=" + SURE + "," + UNSURE;
        JsonNode unsure = api.get(path).json().get("rows").get(1);
        assertThat(unsure.get("year").asInt()).isEqualTo(2021);
        assertThat(unsure.get("value").decimalValue()).isEqualByComparingTo("700");
        assertThat(unsure.get("evidence").get(0).get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.LOW);

        JsonNode confident = api.get(path + "&" + HIGH).json().get("rows").get(1);
        assertThat(confident.get("year").asInt()).isEqualTo(2020);
        assertThat(confident.get("value").decimalValue()).isEqualByComparingTo("650");
    }

    @Test
    void matrixLeavesOutADerivedRatioWhoseInputIsUncertain() {
        String path = "/api/v1/compare/matrix?indicators=beds_open,revenue_per_bed&hospitals=" + SURE + "&year=2021";
        JsonNode all = api.get(path).json().get("rows").get(0).get("values");
        assertThat(all.get("revenue_per_bed").get("value").decimalValue()).isEqualByComparingTo("500000");

        JsonNode confident =
                api.get(path + "&" + HIGH).json().get("rows").get(0).get("values");
        assertThat(confident.get("beds_open").get("value").decimalValue()).isEqualByComparingTo("900");
        assertThat(confident.get("revenue_per_bed").get("value").isNull()).isTrue();
    }

    @Test
    void rankingCountsOnlyConfidentFigures() {
        String path = "/api/v1/indicators/beds_open/ranking?year=2021&" + PROVINCE;
        assertThat(api.get(path).json().get("items").findValuesAsString("slug")).containsExactly(SURE, UNSURE);

        JsonNode confident = api.get(path + "&" + HIGH).json();
        assertThat(confident.get("items").findValuesAsString("slug")).containsExactly(SURE);
        assertThat(confident.get("peerGroup").get("count").asInt()).isEqualTo(1);

        JsonNode eachLatest = api.get("/api/v1/indicators/beds_open/ranking?year=latest&" + PROVINCE + "&" + HIGH)
                .json();
        assertThat(eachLatest.get("items").findValuesAsString("slug")).containsExactly(SURE, UNSURE);
        assertThat(eachLatest.get("items").get(1).get("year").asInt()).isEqualTo(2020);
    }

    @Test
    void seriesAndProfileLeaveOutUncertainFacts() {
        String series = "/api/v1/hospitals/" + UNSURE + "/indicators?codes=beds_open";
        assertThat(years(api.get(series).json().get("rows"))).containsExactly(2020, 2021);
        assertThat(years(api.get(series + "&" + HIGH).json().get("rows"))).containsExactly(2020);

        JsonNode all = api.get("/api/v1/hospitals/" + UNSURE + "/profile").json();
        assertThat(all.get("pilots")).hasSize(1);
        assertThat(all.get("pilots").get(0).get("evidence").get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.LOW);
        assertThat(all.get("consortia").findValuesAsString("slug")).containsExactlyInAnyOrder(GROUP, ALLIANCE);
        assertThat(all.get("consortia").get(0).get("evidence").get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.LOW);

        JsonNode confident =
                api.get("/api/v1/hospitals/" + UNSURE + "/profile?" + HIGH).json();
        assertThat(confident.get("indicators").get(0).get("year").asInt()).isEqualTo(2020);
        assertThat(confident.get("pilots")).isEmpty();
        assertThat(confident.get("consortia")).isEmpty();
    }

    @Test
    void coverageCountsOnlyConfidentFigures() {
        String path = "/api/v1/coverage?indicators=beds_open&" + PROVINCE;
        JsonNode all = api.get(path).json().get("indicators").get(0);
        assertThat(yearCount(all, 2021)).isEqualTo(2);

        JsonNode confident = api.get(path + "&" + HIGH).json();
        assertThat(yearCount(confident.get("indicators").get(0), 2021)).isEqualTo(1);
        assertThat(confident.get("indicators").get(0).get("hospitalCount").asInt())
                .isEqualTo(2);
    }

    @Test
    void pilotsCarryTheirConfidenceAndLeaveOutUncertainOnes() {
        JsonNode all = api.get("/api/v1/reform-pilots?" + PROVINCE).json().get("items");
        assertThat(all.findValuesAsString("designation")).containsExactlyInAnyOrder("置信市DRG付费试点医院", "薪酬制度改革试点医院");

        JsonNode confident =
                api.get("/api/v1/reform-pilots?" + PROVINCE + "&" + HIGH).json().get("items");
        assertThat(confident.findValuesAsString("designation")).containsExactly("置信市DRG付费试点医院");
        assertThat(confident.get(0).get("evidence").get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.HIGH);

        JsonNode timeline = api.get("/api/v1/reform-pilots/timeline?" + PROVINCE + "&" + HIGH)
                .json()
                .get("rows");
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).get("hospitals").get(0).get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.HIGH);
    }

    @Test
    void consortiaListLeavesOutUncertainConsortiaAndMembers() {
        JsonNode all = api.get("/api/v1/consortia?" + PROVINCE).json().get("items");
        assertThat(slugs(all)).containsExactlyInAnyOrder(GROUP, ALLIANCE);

        JsonNode confident =
                api.get("/api/v1/consortia?" + PROVINCE + "&" + HIGH).json().get("items");
        assertThat(slugs(confident)).containsExactly(GROUP);
        assertThat(confident.get(0).get("memberCount").asInt()).isEqualTo(1);
        assertThat(confident.get(0).get("evidence").get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.HIGH);
    }

    @Test
    void aConsortiumAskedForByNameKeepsItsRowButLosesUncertainMembers() {
        JsonNode group = api.get("/api/v1/consortia/" + GROUP).json();
        assertThat(group.get("members").findValuesAsString("role")).containsExactly("lead", "member");
        assertThat(group.get("members").get(1).get("evidence").get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.LOW);
        assertThat(api.get("/api/v1/consortia/" + GROUP + "?" + HIGH)
                        .json()
                        .get("members")
                        .findValuesAsString("role"))
                .containsExactly("lead");

        Api.Response alliance = api.get("/api/v1/consortia/" + ALLIANCE + "?" + HIGH);
        assertThat(alliance.status()).isEqualTo(200);
        assertThat(alliance.json().get("evidence").get("confidence").decimalValue())
                .isEqualByComparingTo(ConfidenceFixture.LOW);
        assertThat(alliance.json().get("members")).isEmpty();
        assertThat(alliance.json().get("lead").isNull()).isTrue();

        JsonNode compared = api.get("/api/v1/consortia/compare?slugs=" + GROUP + "&" + HIGH)
                .json()
                .get("rows")
                .get(0);
        assertThat(compared.get("membersByRole").propertyNames()).containsExactly("lead");
        assertThat(compared.get("leadIndicators").get("beds_open").get("value").decimalValue())
                .isEqualByComparingTo("900");
        assertThat(compared.get("leadIndicators").get("revenue").get("value").isNull())
                .isTrue();
    }

    @Test
    void documentDetailsLeaveOutUncertainFacts() {
        String path = "/api/v1/documents/" + ConfidenceFixture.DOCUMENT;
        JsonNode all = api.get(path).json();
        assertThat(all.get("indicators")).hasSize(4);
        assertThat(all.get("pilots").get(0).has("confidence")).isTrue();

        JsonNode confident = api.get(path + "?" + HIGH).json();
        assertThat(confident.get("indicators")).hasSize(2);
        assertThat(confident.get("pilots")).hasSize(1);
        assertThat(confident.get("consortia").findValuesAsString("slug")).containsExactly(GROUP);
    }

    @Test
    void boundsAreInclusive() {
        String path = "/api/v1/reform-pilots?" + PROVINCE + "&min_confidence=";
        assertThat(api.get(path + "0").json().get("items")).hasSize(2);
        assertThat(api.get(path + "0.6").json().get("items")).hasSize(2);
        assertThat(api.get(path + "0.95").json().get("items")).hasSize(1);
        assertThat(api.get(path + "1").json().get("items")).isEmpty();
    }

    @Test
    void everyEndpointAnswersAnInvalidMinConfidenceWithAProblemNamingIt() {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (String value : List.of("1.5", "-0.1", "abc", "NaN", "1e-1")) {
                String path = endpoint + (endpoint.endsWith("?") ? "" : "&") + "min_confidence=" + value;
                Api.Response response = api.get(path);
                JsonNode errors = response.status() == 400 ? response.json().get("errors") : null;
                if (!response.header("Content-Type").startsWith("application/problem+json")
                        || errors == null
                        || !errors.findValuesAsString("field").equals(List.of("min_confidence"))
                        || !response.json().get("type").asString().equals("/problems/invalid-input")) {
                    wrong.add(path + " -> " + response.status() + " " + response.body());
                }
            }
            assertThat(api.get(endpoint + (endpoint.endsWith("?") ? "" : "&") + HIGH)
                            .status())
                    .as(endpoint)
                    .isEqualTo(200);
        }
        assertThat(wrong).isEmpty();
    }

    /** The items' own slugs (a consortium's lead has one too). */
    private static List<String> slugs(JsonNode items) {
        List<String> slugs = new ArrayList<>();
        items.forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }

    private static List<Integer> years(JsonNode rows) {
        List<Integer> years = new ArrayList<>();
        rows.forEach(row -> years.add(row.get("year").asInt()));
        return years;
    }

    private static int yearCount(JsonNode indicator, int year) {
        for (JsonNode count : indicator.get("years")) {
            if (count.get("year").asInt() == year) {
                return count.get("hospitalCount").asInt();
            }
        }
        return 0;
    }
}
