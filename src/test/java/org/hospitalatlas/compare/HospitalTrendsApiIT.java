package org.hospitalatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.support.CompareFixture.ALPHA;

import java.util.ArrayList;
import java.util.List;
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
class HospitalTrendsApiIT {

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
    void seriesComputesYearOnYearBesideTheStatedChange() {
        Api.Response response = api.get("/api/v1/hospitals/" + ALPHA + "/indicators?codes=outpatient_visits,beds_open");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("hospital").get("slug").asString()).isEqualTo(ALPHA);
        assertThat(body.get("indicators").findValuesAsString("code")).containsExactly("outpatient_visits", "beds_open");
        List<JsonNode> visits = rows(body, "outpatient_visits");
        assertThat(visits).extracting(row -> row.get("year").asInt()).containsExactly(2020, 2021);
        assertThat(visits.get(0).get("value").decimalValue()).isEqualByComparingTo("900000");
        assertThat(visits.get(0).get("computedYoyChangePct").isNull()).isTrue();
        JsonNode y2021 = visits.get(1);
        assertThat(y2021.get("value").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(y2021.get("computedYoyChangePct").decimalValue()).isEqualByComparingTo("11.11");
        assertThat(y2021.get("statedYoyChangePct").decimalValue()).isEqualByComparingTo("11.1");
        assertThat(y2021.get("statedYoyEvidence").get("quote").asString()).isEqualTo("同比增长11.1%");
        assertThat(y2021.get("evidence").get(0).get("quote").asString()).isEqualTo("2021年门诊人次100万");

        List<JsonNode> beds = rows(body, "beds_open");
        assertThat(beds)
                .extracting(row -> row.get("year").asInt())
                .as("targets are not figures")
                .containsExactly(2021, 2022);
        assertThat(beds.get(1).get("computedYoyChangePct").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void rangeKeepsTheChangeFromTheYearBeforeIt() {
        JsonNode body = api.get("/api/v1/hospitals/" + ALPHA + "/indicators?codes=outpatient_visits&from=2021&to=2021")
                .json();
        List<JsonNode> visits = rows(body, "outpatient_visits");
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).get("computedYoyChangePct").decimalValue()).isEqualByComparingTo("11.11");
    }

    @Test
    void withoutCodesShowsEveryIndicatorWithFiguresIncludingDerived() {
        JsonNode body = api.get("/api/v1/hospitals/" + ALPHA + "/indicators").json();
        assertThat(body.get("indicators").findValuesAsString("code"))
                .contains("beds_open", "revenue", "outpatient_visits", "revenue_per_bed", "staff_per_bed")
                .doesNotContain("emr_level");
        assertThat(rows(body, "discharges_per_bed").get(0).get("value").decimalValue())
                .isEqualByComparingTo("30");
    }

    @Test
    void seriesAsCsv() {
        Csv csv = Csv.parse(api.get("/api/v1/hospitals/" + ALPHA + "/indicators?codes=outpatient_visits&format=csv")
                .body());
        assertThat(csv.header()).startsWith("indicator", "year", "value");
        assertThat(csv.rows()).extracting(row -> row.get("year")).containsExactly("2020", "2021");
        assertThat(csv.rows().get(1).get("computedYoyChangePct")).isEqualTo("11.11");
        assertThat(csv.rows().get(1).get("statedYoyChangePct")).isEqualTo("11.1");
    }

    @Test
    void badRangeAndUnknownHospital() {
        JsonNode problem = api.get("/api/v1/hospitals/" + ALPHA + "/indicators?from=2022&to=2020")
                .json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("to");

        JsonNode years = api.get("/api/v1/hospitals/" + ALPHA + "/indicators?from=1800&to=3000")
                .json();
        assertThat(years.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("from", "to");

        Api.Response missing = api.get("/api/v1/hospitals/cmp-alhpa/indicators");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("identifier").asString()).isEqualTo("cmp-alhpa");
        assertThat(missing.json().get("suggestions").get(0).asString()).isEqualTo(ALPHA);
    }

    @Test
    void profileGathersFiguresPilotsConsortiaAndDocuments() {
        Api.Response response = api.get("/api/v1/hospitals/" + ALPHA + "/profile");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("hospital").get("name").asString()).isEqualTo("对比市第一人民医院");
        assertThat(body.get("hospital").get("province").asString()).isEqualTo(CompareFixture.PROVINCE);

        JsonNode beds = indicator(body, "beds_open");
        assertThat(beds.get("year").asInt()).isEqualTo(2022);
        assertThat(beds.get("value").decimalValue()).isEqualByComparingTo("1100");
        JsonNode ratio = indicator(body, "revenue_per_bed");
        assertThat(ratio.get("derived").asBoolean()).isTrue();
        assertThat(ratio.get("evidence").size()).isEqualTo(2);

        JsonNode pilot = body.get("pilots").get(0);
        assertThat(pilot.get("designation").asString()).isEqualTo("国家DRG付费试点医院");
        assertThat(pilot.get("level").asString()).isEqualTo("national");
        assertThat(pilot.get("year").asInt()).isEqualTo(2019);
        assertThat(pilot.get("evidence").get("document").asString()).isEqualTo(CompareFixture.DOCUMENT);

        JsonNode membership = body.get("consortia").get(0);
        assertThat(membership.get("slug").asString()).isEqualTo(CompareFixture.GROUP);
        assertThat(membership.get("role").asString()).isEqualTo("lead");

        JsonNode document = body.get("documents").get(0);
        assertThat(document.get("slug").asString()).isEqualTo(CompareFixture.DOCUMENT);
        assertThat(document.get("main").asBoolean()).isTrue();
    }

    @Test
    void unknownHospitalProfileIsNotFound() {
        Api.Response response = api.get("/api/v1/hospitals/cmp-nobody/profile");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("resource").asString()).isEqualTo("hospital");
    }

    private static List<JsonNode> rows(JsonNode body, String code) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : body.get("rows")) {
            if (row.get("indicator").asString().equals(code)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static JsonNode indicator(JsonNode profile, String code) {
        for (JsonNode value : profile.get("indicators")) {
            if (value.get("indicator").asString().equals(code)) {
                return value;
            }
        }
        throw new AssertionError("no " + code + " in the profile");
    }
}
