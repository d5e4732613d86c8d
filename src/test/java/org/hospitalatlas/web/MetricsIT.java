package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus scrapes /actuator/prometheus with the metrics key: request timings per endpoint, the extractor's and
 * imports' timers. Health and its groups are public, every other actuator endpoint needs the key.
 */
@IntegrationTest
class MetricsIT {

    @LocalServerPort
    int port;

    @Test
    void prometheusEndpointHasRequestTimingsPerEndpointAndExtractionAndImportTimers() {
        Api api = new Api(port);
        assertThat(api.get("/api/v1/hospitals?size=3").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/extractions", "text/plain;charset=UTF-8", "2021年，德阳市人民医院实际开放床位1800张。")
                        .status())
                .isEqualTo(200);
        // a file that is refused changes nothing in the shared database, and is timed all the same
        assertThat(api.post(
                                "/api/v1/imports/hospitals?filename=metrics.csv",
                                "text/csv",
                                "slug,name_zh\nno slug at all\n",
                                "X-API-Key",
                                IntegrationTest.API_KEY)
                        .status())
                .isEqualTo(400);

        Api.Response scrape = api.get("/actuator/prometheus", "Authorization", "Bearer " + IntegrationTest.METRICS_KEY);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).startsWith("text/plain");
        assertThat(scrape.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/hospitals\"[^}]*\\} [1-9]")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/extractions\"[^}]*\\}")
                .containsPattern("atlas_extraction_seconds_count(\\{[^}]*\\})? [1-9]")
                .containsPattern(
                        "atlas_import_seconds_count\\{[^}]*kind=\"hospitals\"[^}]*outcome=\"rejected\"[^}]*\\} [1-9]")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/metrics"})
    void actuatorEndpointsBeyondHealthNeedTheMetricsKey(String path) {
        Api api = new Api(port);

        for (Api.Response refused : List.of(
                api.get(path),
                api.get(path, "Accept", "text/plain"),
                api.get(path, "Authorization", "Bearer not-the-key"),
                // a write key does not read metrics
                api.get(path, "Authorization", "Bearer " + IntegrationTest.API_KEY),
                api.get(path, "X-API-Key", IntegrationTest.API_KEY))) {
            assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/metrics-key-required");
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("Authorization");
            assertThat(refused.body()).doesNotContain("jvm_", "hikaricp");
        }
    }

    @Test
    void theMetricsKeyMayAlsoComeInTheApiKeyHeader() {
        Api.Response scrape = new Api(port).get("/actuator/prometheus", "X-API-Key", IntegrationTest.METRICS_KEY);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthAndItsProbesArePublic(String path) {
        Api.Response health = new Api(port).get(path);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
