package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Prometheus scrapes /actuator/prometheus: request timings per endpoint, the extractor's and imports' timers. */
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

        Api.Response scrape = api.get("/actuator/prometheus");

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
}
