package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class IndicatorApiIT {

    @LocalServerPort
    int port;

    @Test
    void listsTheCatalogue() {
        JsonNode body = new Api(port).get("/api/v1/indicators").json();
        assertThat(body.size()).isGreaterThanOrEqualTo(49);
        assertThat(body.findValuesAsString("code")).contains("beds_open", "outpatient_visits", "revenue");
    }

    @Test
    void returnsOneIndicator() {
        JsonNode body =
                new Api(port).get("/api/v1/indicators/avg_length_of_stay").json();
        assertThat(body.get("nameZh").asString()).isEqualTo("出院者平均住院日");
        assertThat(body.get("unit").asString()).isEqualTo("days");
        assertThat(body.get("better").asString()).isEqualTo("lower");
    }

    @Test
    void unknownCodeSuggestsCloseMatches() {
        Api.Response response = new Api(port).get("/api/v1/indicators/beds_opn");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("suggestions").get(0).asString()).isEqualTo("beds_open");
    }
}
