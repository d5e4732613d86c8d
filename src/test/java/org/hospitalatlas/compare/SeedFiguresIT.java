package org.hospitalatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.web.Csv;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Real figures read from the seed documents, as the comparison API serves them. */
@IntegrationTest
class SeedFiguresIT {

    private static final String CHENZHOU = "chen-zhou-shi-di-yi-ren-min-yi-yuan";
    private static final String CHENZHOU_DOCUMENT = "000_dbe0950c11f56caa";

    @LocalServerPort
    int port;

    @Test
    void chenzhouOpenBedsIn2021Are4340WithTheirQuote() {
        JsonNode row = new Api(port)
                .get("/api/v1/compare?indicator=beds_open&year=2021&hospitals=" + CHENZHOU)
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("hospital").get("name").asString()).isEqualTo("郴州市第一人民医院");
        assertThat(row.get("value").decimalValue()).isEqualByComparingTo("4340");
        JsonNode evidence = row.get("evidence").get(0);
        assertThat(evidence.get("document").asString()).isEqualTo(CHENZHOU_DOCUMENT);
        assertThat(evidence.get("quote").asString()).contains("4340");
    }

    @Test
    void chenzhouOutpatientVisitsIn2021Are2484000WithTheirQuote() {
        JsonNode row = new Api(port)
                .get("/api/v1/compare?indicator=outpatient_visits&year=2021&hospitals=" + CHENZHOU)
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("value").decimalValue()).isEqualByComparingTo("2484000");
        assertThat(row.get("unit").asString()).isEqualTo("visits");
        assertThat(row.get("evidence").get(0).get("quote").asString()).contains("248.4万");
    }

    @Test
    void chenzhouMatrixAndDerivedRatiosFromTheSameDocument() {
        JsonNode values = new Api(port)
                .get("/api/v1/compare/matrix?year=2021&hospitals=" + CHENZHOU
                        + "&indicators=beds_open,outpatient_visits,staff_total,outpatient_visits_per_staff")
                .json()
                .get("rows")
                .get(0)
                .get("values");
        assertThat(values.get("beds_open").get("value").decimalValue()).isEqualByComparingTo("4340");
        assertThat(values.get("outpatient_visits").get("value").decimalValue()).isEqualByComparingTo("2484000");
        assertThat(values.get("staff_total").get("value").decimalValue()).isEqualByComparingTo("3939");
        // 2 484 000 / 3 939, four decimals
        assertThat(values.get("outpatient_visits_per_staff").get("value").decimalValue())
                .isEqualByComparingTo("630.6169");
        assertThat(values.get("outpatient_visits_per_staff").get("evidence").findValuesAsString("quote"))
                .anySatisfy(quote -> assertThat(quote).contains("248.4万"))
                .anySatisfy(quote -> assertThat(quote).contains("3939"));
    }

    @Test
    void chenzhouProfileAndCsv() {
        Api api = new Api(port);
        JsonNode profile = api.get("/api/v1/hospitals/" + CHENZHOU + "/profile").json();
        assertThat(profile.get("hospital").get("name").asString()).isEqualTo("郴州市第一人民医院");
        assertThat(profile.get("documents").findValuesAsString("slug")).contains(CHENZHOU_DOCUMENT);
        assertThat(profile.get("indicators").findValuesAsString("indicator"))
                .contains("beds_open", "outpatient_visits");

        Csv csv = Csv.parse(
                api.get("/api/v1/compare?indicator=beds_open&year=2021&hospitals=" + CHENZHOU, "Accept", "text/csv")
                        .body());
        assertThat(csv.rows().get(0).get("value")).isEqualTo("4340");
        assertThat(csv.rows().get(0).get("evidence.quote")).contains("4340");
    }
}
