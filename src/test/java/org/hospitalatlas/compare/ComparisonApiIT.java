package org.hospitalatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.support.CompareFixture.ALPHA;
import static org.hospitalatlas.support.CompareFixture.BETA;
import static org.hospitalatlas.support.CompareFixture.EMPTY;
import static org.hospitalatlas.support.CompareFixture.GAMMA;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
class ComparisonApiIT {

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
    void comparesOneIndicatorInOneYearInTheOrderAsked() {
        Api.Response response =
                api.get("/api/v1/compare?indicator=beds_open&hospitals=" + GAMMA + "," + ALPHA + "&year=2021");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("indicator").get("code").asString()).isEqualTo("beds_open");
        assertThat(body.get("year").asInt()).isEqualTo(2021);
        JsonNode rows = body.get("rows");
        assertThat(rows.findValuesAsString("slug")).containsExactly(GAMMA, ALPHA);
        JsonNode alpha = rows.get(1);
        assertThat(alpha.get("hospital").get("name").asString()).isEqualTo("对比市第一人民医院");
        assertThat(alpha.get("year").asInt()).isEqualTo(2021);
        assertThat(alpha.get("value").decimalValue()).isEqualByComparingTo("1000");
        assertThat(alpha.get("unit").asString()).isEqualTo("beds");
        assertThat(alpha.get("qualifier").asString()).isEqualTo("exact");
        assertThat(alpha.get("kind").asString()).isEqualTo("level");
        JsonNode evidence = alpha.get("evidence").get(0);
        assertThat(evidence.get("document").asString()).isEqualTo(CompareFixture.DOCUMENT);
        String quote = evidence.get("quote").asString();
        assertThat(quote).contains("1000张");
        assertThat(CompareFixture.TEXT.substring(
                        evidence.get("start").asInt(), evidence.get("end").asInt()))
                .isEqualTo(quote);
    }

    @Test
    void targetsNeverTakePart() {
        JsonNode row = api.get("/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA + "&year=2021")
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("value").decimalValue()).isEqualByComparingTo("1000");

        JsonNode latest = api.get("/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA)
                .json()
                .get("rows")
                .get(0);
        assertThat(latest.get("year").asInt()).as("2025 is only a target").isEqualTo(2022);
        assertThat(latest.get("value").decimalValue()).isEqualByComparingTo("1100");

        JsonNode target = api.get("/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA + "&year=2025")
                .json()
                .get("rows")
                .get(0);
        assertThat(target.get("value").isNull()).isTrue();
    }

    @Test
    void latestYearIsChosenPerHospitalAndShownPerRow() {
        JsonNode body = api.get("/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA + "," + BETA + "&year=latest")
                .json();
        assertThat(body.get("year").isNull()).isTrue();
        assertThat(body.get("rows").get(0).get("year").asInt()).isEqualTo(2022);
        assertThat(body.get("rows").get(1).get("year").asInt()).isEqualTo(2021);
    }

    @Test
    void hospitalWithoutValueKeepsItsRowWithNullValue() {
        JsonNode rows = api.get("/api/v1/compare?indicator=beds_open&hospitals=" + EMPTY + "," + ALPHA + "&year=2021")
                .json()
                .get("rows");
        assertThat(rows.size()).isEqualTo(2);
        JsonNode empty = rows.get(0);
        assertThat(empty.get("hospital").get("slug").asString()).isEqualTo(EMPTY);
        assertThat(empty.has("value")).isTrue();
        assertThat(empty.get("value").isNull()).isTrue();
        assertThat(empty.get("year").isNull()).isTrue();
        assertThat(empty.get("evidence").isEmpty()).isTrue();
    }

    @Test
    void comparesStatedYearOnYearChanges() {
        JsonNode row = api.get(
                        "/api/v1/compare?indicator=outpatient_visits&hospitals=" + ALPHA + "&kind=yoy_change_pct")
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("kind").asString()).isEqualTo("yoy_change_pct");
        assertThat(row.get("unit").asString()).isEqualTo("percent");
        assertThat(row.get("value").decimalValue()).isEqualByComparingTo("11.1");
        assertThat(row.get("evidence").get(0).get("quote").asString()).isEqualTo("同比增长11.1%");
    }

    @Test
    void derivedRatioCarriesBothInputsEvidence() {
        JsonNode body = api.get(
                        "/api/v1/compare?indicator=revenue_per_bed&hospitals=" + ALPHA + "," + BETA + "&year=2021")
                .json();
        assertThat(body.get("indicator").get("derived").asBoolean()).isTrue();
        assertThat(body.get("indicator").get("inputs").get(0).asString()).isEqualTo("revenue");
        assertThat(body.get("indicator").get("inputs").get(1).asString()).isEqualTo("beds_open");
        JsonNode alpha = body.get("rows").get(0);
        assertThat(alpha.get("value").decimalValue()).isEqualByComparingTo("500000");
        assertThat(alpha.get("unit").asString()).isEqualTo("CNY/bed");
        assertThat(alpha.get("qualifier").asString()).isEqualTo("exact");
        assertThat(alpha.get("evidence").findValuesAsString("indicator")).containsExactly("revenue", "beds_open");
        assertThat(alpha.get("evidence").findValuesAsString("quote"))
                .containsExactly("业务收入5亿元", "对比市第一人民医院2021年实际开放床位1000张");
        JsonNode beta = body.get("rows").get(1);
        assertThat(beta.get("value").decimalValue()).isEqualByComparingTo("400000");
        assertThat(beta.get("qualifier").asString()).as("an approximate input").isEqualTo("approx");
    }

    @Test
    void derivedRatioUsesInputsOfTheSameYearOnly() {
        // alpha has 1100 beds in 2022 but no 2022 revenue: the latest ratio is 2021's
        JsonNode row = api.get("/api/v1/compare?indicator=staff_per_bed&hospitals=" + ALPHA)
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("year").asInt()).isEqualTo(2021);
        assertThat(row.get("value").decimalValue()).isEqualByComparingTo("1.25");
    }

    @Test
    void listsDerivedIndicatorsBesideTheCatalogue() {
        JsonNode body = api.get("/api/v1/compare/indicators").json();
        assertThat(body.findValuesAsString("code"))
                .contains(
                        "beds_open",
                        "revenue_per_bed",
                        "discharges_per_bed",
                        "staff_per_bed",
                        "outpatient_visits_per_staff");
        for (JsonNode indicator : body) {
            boolean derived = indicator.get("code").asString().endsWith("_per_bed")
                    || indicator.get("code").asString().equals("outpatient_visits_per_staff");
            assertThat(indicator.get("derived").asBoolean()).isEqualTo(derived);
        }
    }

    @Test
    void matrixHasACellForEveryHospitalAndIndicator() {
        Api.Response response = api.get("/api/v1/compare/matrix?hospitals=" + ALPHA + "," + EMPTY
                + "&indicators=beds_open,avg_length_of_stay,revenue_per_bed&year=2021");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("indicators").findValuesAsString("code"))
                .containsExactly("beds_open", "avg_length_of_stay", "revenue_per_bed");
        JsonNode alpha = body.get("rows").get(0);
        assertThat(alpha.get("hospital").get("slug").asString()).isEqualTo(ALPHA);
        assertThat(alpha.get("values").propertyNames())
                .containsExactly("beds_open", "avg_length_of_stay", "revenue_per_bed");
        assertThat(alpha.get("values").get("beds_open").get("value").decimalValue())
                .isEqualByComparingTo("1000");
        assertThat(alpha.get("values").get("avg_length_of_stay").get("value").decimalValue())
                .isEqualByComparingTo("8.5");
        assertThat(alpha.get("values").get("revenue_per_bed").get("evidence").size())
                .isEqualTo(2);
        JsonNode empty = body.get("rows").get(1).get("values");
        assertThat(empty.get("beds_open").get("value").isNull()).isTrue();
    }

    @Test
    void matrixAsCsvHasAColumnPerIndicatorField() {
        Api.Response response = api.get("/api/v1/compare/matrix?hospitals=" + ALPHA + "," + EMPTY
                + "&indicators=beds_open,revenue_per_bed&year=2021&format=csv");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        Csv csv = Csv.parse(response.body());
        assertThat(csv.header()).contains("hospital.slug", "values.beds_open.value", "values.revenue_per_bed.value");
        assertThat(csv.rows()).hasSize(2);
        assertThat(csv.rows().get(0).get("values.beds_open.value")).isEqualTo("1000");
        assertThat(csv.rows().get(0).get("values.revenue_per_bed.value")).isEqualTo("500000");
        assertThat(csv.rows().get(0).get("values.revenue_per_bed.evidence.indicator"))
                .isEqualTo("revenue; beds_open");
        assertThat(csv.rows().get(1).get("values.beds_open.value")).isEmpty();
    }

    @Test
    void comparisonAsCsvParsesBackToTheSameFigures() {
        String path = "/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA + "," + EMPTY + "&year=2021";
        Csv byParameter = Csv.parse(api.get(path + "&format=csv").body());
        Api.Response byHeader = api.get(path, "Accept", "text/csv");
        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(byHeader.header("Content-Type")).startsWith("text/csv");
        assertThat(Csv.parse(byHeader.body()).rows()).isEqualTo(byParameter.rows());

        assertThat(byParameter.header())
                .startsWith("hospital.slug", "hospital.name")
                .contains("year", "value", "unit", "qualifier", "kind", "evidence.document", "evidence.quote");
        Map<String, String> alpha = byParameter.rows().get(0);
        assertThat(alpha.get("hospital.slug")).isEqualTo(ALPHA);
        assertThat(alpha.get("hospital.name")).isEqualTo("对比市第一人民医院");
        assertThat(alpha.get("value")).isEqualTo("1000");
        assertThat(alpha.get("year")).isEqualTo("2021");
        assertThat(alpha.get("evidence.quote")).isEqualTo("对比市第一人民医院2021年实际开放床位1000张");
        assertThat(alpha.get("evidence.document")).isEqualTo(CompareFixture.DOCUMENT);
        Map<String, String> empty = byParameter.rows().get(1);
        assertThat(empty.get("value")).isEmpty();
        assertThat(empty.get("evidence.quote")).isEmpty();
    }

    @Test
    void unknownIndicatorIsNotFoundWithCloseMatches() {
        Api.Response response = api.get("/api/v1/compare?indicator=beds_opn&hospitals=" + ALPHA);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("resource").asString()).isEqualTo("indicator");
        assertThat(problem.get("identifier").asString()).isEqualTo("beds_opn");
        assertThat(problem.get("detail").asString()).contains("beds_opn");
        assertThat(problem.get("suggestions").get(0).asString()).isEqualTo("beds_open");
    }

    @Test
    void unknownDerivedLookalikeSuggestsTheDerivedCode() {
        JsonNode problem = api.get("/api/v1/compare/matrix?hospitals=" + ALPHA + "&indicators=beds_open,revenue_per_bd")
                .json();
        assertThat(problem.get("identifier").asString()).isEqualTo("revenue_per_bd");
        assertThat(problem.get("suggestions").get(0).asString()).isEqualTo("revenue_per_bed");
    }

    @Test
    void unknownHospitalIsNotFoundNamingItWithCloseMatches() {
        Api.Response response = api.get("/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA + ",cmp-alpah");
        assertThat(response.status()).isEqualTo(404);
        JsonNode problem = response.json();
        assertThat(problem.get("resource").asString()).isEqualTo("hospital");
        assertThat(problem.get("identifier").asString()).isEqualTo("cmp-alpah");
        assertThat(problem.get("suggestions").get(0).asString()).isEqualTo(ALPHA);
    }

    @Test
    void malformedParametersAreAllListed() {
        Api.Response response =
                api.get("/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA + "&year=1800&kind=absolute");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("year", "kind");
        assertThat(problem.get("detail").asString()).contains("1800");
    }

    @Test
    void tooManyHospitalsAndABadYearAreBothListed() {
        String many = IntStream.rangeClosed(1, 51).mapToObj(i -> "h" + i).collect(Collectors.joining(","));
        JsonNode problem = api.get("/api/v1/compare?indicator=beds_open&hospitals=" + many + "&year=1800")
                .json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("hospitals", "year");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("50");
    }

    @Test
    void missingParametersAreAllListed() {
        JsonNode problem = api.get("/api/v1/compare/matrix?year=nineteen").json();
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("hospitals", "indicators", "year");
    }

    @Test
    void derivedIndicatorsHaveNoStatedChanges() {
        JsonNode problem = api.get(
                        "/api/v1/compare?indicator=revenue_per_bed&hospitals=" + ALPHA + "&kind=yoy_change_pct")
                .json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("kind");
    }

    @Test
    void problemsStayJsonWhenCsvIsAsked() {
        Api.Response response = api.get("/api/v1/compare?indicator=nope&hospitals=" + ALPHA, "Accept", "text/csv");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        Api.Response invalid =
                api.get("/api/v1/compare?indicator=beds_open&hospitals=" + ALPHA + "&year=1800&format=csv");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("year");
    }

    @Test
    void coverageSaysWhichCellsHaveData() {
        Api.Response response = api.get("/api/v1/coverage?indicators=beds_open,revenue_per_bed,emr_level&province="
                + Api.encode(CompareFixture.PROVINCE) + "&size=100");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        JsonNode beds = body.get("indicators").get(0);
        assertThat(beds.get("indicator").asString()).isEqualTo("beds_open");
        assertThat(beds.get("hospitalCount").asInt()).isEqualTo(4);
        assertThat(beds.get("years").findValuesAsString("year")).containsExactly("2021", "2022");
        assertThat(beds.get("years").findValuesAsString("hospitalCount")).containsExactly("4", "1");
        JsonNode ratio = body.get("indicators").get(1);
        assertThat(ratio.get("derived").asBoolean()).isTrue();
        assertThat(ratio.get("hospitalCount").asInt()).isEqualTo(2);
        assertThat(body.get("indicators").get(2).get("hospitalCount").asInt()).isZero();
        assertThat(body.get("totalItems").asLong()).isEqualTo(6);
        JsonNode alphaBeds = null;
        for (JsonNode item : body.get("items")) {
            if (item.get("hospital").get("slug").asString().equals(ALPHA)
                    && item.get("indicator").asString().equals("beds_open")) {
                alphaBeds = item;
            }
        }
        assertThat(alphaBeds).isNotNull();
        assertThat(List.of(
                        alphaBeds.get("years").get(0).asInt(),
                        alphaBeds.get("years").get(1).asInt()))
                .containsExactly(2021, 2022);
        assertThat(alphaBeds.get("latestYear").asInt()).isEqualTo(2022);
        assertThat(response.header("X-Total-Count")).isEqualTo("6");
    }

    @Test
    void coverageAsCsvListsYearsInOneCell() {
        Csv csv = Csv.parse(api.get("/api/v1/coverage?indicators=beds_open&hospitals=" + ALPHA + "&format=csv")
                .body());
        assertThat(csv.rows()).hasSize(1);
        assertThat(csv.rows().get(0).get("years")).isEqualTo("2021; 2022");
        assertThat(csv.rows().get(0).get("hospital.slug")).isEqualTo(ALPHA);
    }
}
