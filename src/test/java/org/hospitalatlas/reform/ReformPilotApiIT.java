package org.hospitalatlas.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hospitalatlas.support.CompareFixture.ALPHA;
import static org.hospitalatlas.support.CompareFixture.BETA;
import static org.hospitalatlas.support.CompareFixture.GAMMA;

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
class ReformPilotApiIT {

    private static final String PROVINCE = "province=" + Api.encode(CompareFixture.PROVINCE);

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
    void listsPilotsOfAProvinceWithEvidence() {
        Api.Response response = api.get("/api/v1/reform-pilots?" + PROVINCE + "&sort=hospital");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("totalItems").asInt()).isEqualTo(3);
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("hospital").get("province").asString()).isEqualTo(CompareFixture.PROVINCE);
        assertThat(first.get("evidence").get("quote").asString())
                .isEqualTo(first.get("designation").asString());
        assertThat(response.header("X-Total-Count")).isEqualTo("3");
        assertThat(response.header("Link")).contains("rel=\"first\"").contains("rel=\"last\"");
    }

    @Test
    void filtersByCategoryLevelAndYear() {
        JsonNode drg = api.get("/api/v1/reform-pilots?" + PROVINCE + "&category=drg_dip_payment")
                .json();
        assertThat(drg.get("items").findValuesAsString("slug")).containsExactlyInAnyOrder(ALPHA, BETA);
        JsonNode national =
                api.get("/api/v1/reform-pilots?" + PROVINCE + "&level=national").json();
        assertThat(national.get("items").findValuesAsString("slug")).containsExactly(ALPHA);
        JsonNode in2020 =
                api.get("/api/v1/reform-pilots?" + PROVINCE + "&year=2020").json();
        assertThat(in2020.get("items").findValuesAsString("slug")).containsExactly(GAMMA);
    }

    @Test
    void timelineGroupsByYearThenCategory() {
        JsonNode rows =
                api.get("/api/v1/reform-pilots/timeline?" + PROVINCE).json().get("rows");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).get("year").asInt()).isEqualTo(2019);
        assertThat(rows.get(0).get("category").asString()).isEqualTo("drg_dip_payment");
        assertThat(rows.get(0).get("hospitalCount").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("hospitals").findValuesAsString("slug")).containsExactlyInAnyOrder(ALPHA, BETA);
        assertThat(rows.get(1).get("year").asInt()).isEqualTo(2020);
        assertThat(rows.get(1).get("category").asString()).isEqualTo("salary_reform");
    }

    @Test
    void timelineAsCsvJoinsHospitalsInOneCell() {
        Csv csv = Csv.parse(api.get(
                        "/api/v1/reform-pilots/timeline?" + PROVINCE + "&category=drg_dip_payment",
                        "Accept",
                        "text/csv")
                .body());
        assertThat(csv.header())
                .containsExactly(
                        "year",
                        "category",
                        "hospitalCount",
                        "hospitals.slug",
                        "hospitals.name",
                        "hospitals.designation",
                        "hospitals.level",
                        "hospitals.confidence");
        assertThat(csv.rows()).hasSize(1);
        assertThat(csv.rows().get(0).get("hospitals.slug").split("; ")).containsExactlyInAnyOrder(ALPHA, BETA);
    }

    @Test
    void malformedParametersAreAllListed() {
        Api.Response response =
                api.get("/api/v1/reform-pilots?sort=password&size=10000&year=1800&category=tax_reform&level=galactic");
        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("sort", "size", "year", "category", "level");
        String sortMessage = null;
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asString().equals("sort")) {
                sortMessage = error.get("message").asString();
            }
        }
        assertThat(sortMessage).contains("year").contains("hospital").contains("password");
    }
}
