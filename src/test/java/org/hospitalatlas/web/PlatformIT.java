package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlatformIT {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithTheDatabase() {
        Api.Response response = new Api(port).get("/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().get("components").get("db").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void servesOpenApiWithTitleDescriptionAndVersion() {
        JsonNode api = new Api(port).get("/v3/api-docs").json();
        assertThat(api.get("info").get("title").asString()).isEqualTo("Hospital Atlas API");
        assertThat(api.get("info").get("description").asString()).contains("公立医院高质量发展");
        assertThat(api.get("info").get("version").asString()).isNotBlank();
        assertThat(api.get("paths").has("/api/v1/hospitals")).isTrue();
        assertThat(api.get("paths").has("/api/v1/hospitals/{slug}")).isTrue();
        assertThat(api.get("paths").has("/api/v1/indicators")).isTrue();
    }

    @Test
    void servesSwaggerUi() {
        Api.Response response = new Api(port).get("/swagger-ui/index.html");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("swagger");
    }
}
