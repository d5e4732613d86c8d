package org.hospitalatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.support.CompareFixture.ALPHA;
import static org.hospitalatlas.support.CompareFixture.BETA;
import static org.hospitalatlas.support.CompareFixture.DELTA;
import static org.hospitalatlas.support.CompareFixture.GAMMA;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.web.Csv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RankingApiIT {

    private static final String PROVINCE = "&province=" + Api.encode(CompareFixture.PROVINCE);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        CompareFixture.ensure(jdbc);
    }

    @Test
    void rankingSharesRankOnTiesAndNeutralRanksDescending() {
        Api.Response response = api.get("/api/v1/indicators/beds_open/ranking?year=2021" + PROVINCE);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("order").asString()).isEqualTo("desc");
        assertThat(body.get("year").asInt()).isEqualTo(2021);
        JsonNode items = body.get("items");
        assertThat(items.findValuesAsString("slug")).containsExactly(ALPHA, BETA, GAMMA, DELTA);
        assertThat(items.findValuesAsString("rank")).containsExactly("1", "1", "3", "4");
        assertThat(items.get(0).get("percentile").decimalValue()).isEqualByComparingTo("100");
        assertThat(items.get(1).get("percentile").decimalValue()).isEqualByComparingTo("100");
        assertThat(items.get(2).get("percentile").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(items.get(3).get("percentile").decimalValue()).isEqualByComparingTo("0");
        assertThat(items.get(0).get("value").decimalValue()).isEqualByComparingTo("1000");
        assertThat(items.get(0).get("evidence").get(0).get("quote").asString()).contains("1000张");

        JsonNode group = body.get("peerGroup");
        assertThat(group.get("province").asString()).isEqualTo(CompareFixture.PROVINCE);
        assertThat(group.get("count").asInt()).isEqualTo(4);
        assertThat(group.get("median").decimalValue()).isEqualByComparingTo("900");
    }

    @Test
    void lowerIsBetterRanksAscendingWithTies() {
        JsonNode body = api.get("/api/v1/indicators/avg_length_of_stay/ranking?year=2021" + PROVINCE)
                .json();
        assertThat(body.get("order").asString()).isEqualTo("asc");
        assertThat(body.get("items").findValuesAsString("slug")).containsExactly(BETA, GAMMA, ALPHA, DELTA);
        assertThat(body.get("items").findValuesAsString("rank")).containsExactly("1", "1", "3", "4");
        assertThat(body.get("peerGroup").get("median").decimalValue()).isEqualByComparingTo("7.85");
    }

    @Test
    void orderOverridesTheIndicatorsDirection() {
        JsonNode body = api.get("/api/v1/indicators/avg_length_of_stay/ranking?year=2021&order=desc" + PROVINCE)
                .json();
        assertThat(body.get("order").asString()).isEqualTo("desc");
        assertThat(body.get("items").findValuesAsString("slug")).containsExactly(DELTA, ALPHA, BETA, GAMMA);
        assertThat(body.get("items").findValuesAsString("rank")).containsExactly("1", "2", "3", "3");
    }

    @Test
    void peerGroupNarrowsByLevelAndCategory() {
        JsonNode body = api.get("/api/v1/indicators/beds_open/ranking?year=2021" + PROVINCE + "&level="
                        + Api.encode("三级甲等") + "&category=" + Api.encode("综合"))
                .json();
        assertThat(body.get("items").findValuesAsString("slug")).containsExactly(ALPHA, BETA);
        assertThat(body.get("peerGroup").get("count").asInt()).isEqualTo(2);
        assertThat(body.get("peerGroup").get("median").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void withoutYearRanksEachHospitalsLatestFigureAsCompareDoes() {
        JsonNode withoutYear = api.get("/api/v1/indicators/beds_open/ranking?" + PROVINCE.substring(1))
                .json();
        JsonNode latest = api.get("/api/v1/indicators/beds_open/ranking?year=latest" + PROVINCE)
                .json();
        assertThat(withoutYear.get("year").isNull()).isTrue();
        assertThat(withoutYear.get("items")).isEqualTo(latest.get("items"));
        assertThat(withoutYear.get("items").findValuesAsString("slug")).containsExactly(ALPHA, BETA, GAMMA, DELTA);
        assertThat(withoutYear.get("items").get(0).get("value").decimalValue())
                .as("2025 is only a target")
                .isEqualByComparingTo("1100");
    }

    @Test
    void aYearRanksThatYearOnly() {
        JsonNode body = api.get("/api/v1/indicators/beds_open/ranking?year=2022" + PROVINCE)
                .json();
        assertThat(body.get("year").asInt()).isEqualTo(2022);
        assertThat(body.get("items").findValuesAsString("slug")).containsExactly(ALPHA);
    }

    @Test
    void latestRanksEachHospitalsOwnLatestYear() {
        JsonNode body = api.get("/api/v1/indicators/beds_open/ranking?year=latest" + PROVINCE)
                .json();
        JsonNode items = body.get("items");
        assertThat(items.findValuesAsString("slug")).containsExactly(ALPHA, BETA, GAMMA, DELTA);
        assertThat(items.findValuesAsString("year")).containsExactly("2022", "2021", "2021", "2021");
        assertThat(items.get(0).get("value").decimalValue())
                .as("2025 is only a target")
                .isEqualByComparingTo("1100");
        assertThat(body.get("peerGroup").get("count").asInt()).isEqualTo(4);
        assertThat(body.get("peerGroup").get("median").decimalValue()).isEqualByComparingTo("900");
    }

    @Test
    void ranksDerivedRatios() {
        JsonNode body = api.get("/api/v1/indicators/revenue_per_bed/ranking?year=2021" + PROVINCE)
                .json();
        assertThat(body.get("indicator").get("derived").asBoolean()).isTrue();
        assertThat(body.get("items").findValuesAsString("slug")).containsExactly(ALPHA, BETA);
        assertThat(body.get("items").get(0).get("value").decimalValue()).isEqualByComparingTo("500000");
        assertThat(body.get("items").get(0).get("evidence").size()).isEqualTo(2);
    }

    @Test
    void pagesWithTotalsAndLinkHeaders() {
        Api.Response first = api.get("/api/v1/indicators/beds_open/ranking?year=2021&size=2" + PROVINCE);
        JsonNode body = first.json();
        assertThat(body.get("items").findValuesAsString("slug")).containsExactly(ALPHA, BETA);
        assertThat(body.get("totalItems").asInt()).isEqualTo(4);
        assertThat(body.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.header("X-Total-Count")).isEqualTo("4");
        Map<String, String> links = links(first.header("Link"));
        assertThat(links).containsOnlyKeys("first", "next", "last");

        Api.Response second = api.get(pathOf(links.get("next")));
        JsonNode page = second.json();
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items").findValuesAsString("slug")).containsExactly(GAMMA, DELTA);
        assertThat(page.get("items").findValuesAsString("rank")).containsExactly("3", "4");
        assertThat(links(second.header("Link"))).containsOnlyKeys("first", "prev", "last");
    }

    @Test
    void rankingAsCsv() {
        Api.Response response =
                api.get("/api/v1/indicators/beds_open/ranking?year=2021" + PROVINCE, "Accept", "text/csv");
        assertThat(response.status()).isEqualTo(200);
        Csv csv = Csv.parse(response.body());
        assertThat(csv.header()).startsWith("rank", "percentile", "hospital.slug");
        assertThat(csv.rows()).extracting(row -> row.get("rank")).containsExactly("1", "1", "3", "4");
        assertThat(csv.rows()).extracting(row -> row.get("value")).containsExactly("1000", "1000", "800", "500");
    }

    @Test
    void malformedParametersAreAllListed() {
        Api.Response response =
                api.get("/api/v1/indicators/beds_open/ranking?year=1800&size=10000&page=-1&order=sideways");
        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("year", "size", "page", "order");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void unknownIndicatorIsNotFound() {
        Api.Response response = api.get("/api/v1/indicators/avg_lenght_of_stay/ranking");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("identifier").asString()).isEqualTo("avg_lenght_of_stay");
        assertThat(response.json().get("suggestions").get(0).asString()).isEqualTo("avg_length_of_stay");
    }

    @Test
    void emptyPeerGroupRanksNothing() {
        JsonNode body = api.get("/api/v1/indicators/emr_level/ranking?" + PROVINCE.substring(1))
                .json();
        assertThat(body.get("year").isNull()).isTrue();
        assertThat(body.get("items").isEmpty()).isTrue();
        assertThat(body.get("peerGroup").get("count").asInt()).isZero();
    }

    static Map<String, String> links(String header) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("<([^>]*)>;\\s*rel=\"([a-z]+)\"").matcher(header);
        while (matcher.find()) {
            links.put(matcher.group(2), matcher.group(1));
        }
        return links;
    }

    static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
