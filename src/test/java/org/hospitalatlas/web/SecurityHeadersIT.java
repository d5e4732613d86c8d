package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11, finding 7: security headers on every kind of answer, and paging links that never echo the Host. */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        Api api = new Api(port);
        Map<String, Api.Response> answers = Map.of(
                "API read", api.get("/api/v1/indicators"),
                "CSV", api.get("/api/v1/indicators?format=csv"),
                "problem", api.get("/api/v1/hospitals/no-such-hospital"),
                "dashboard", api.get("/"),
                "static file", api.get("/app.js"),
                "Swagger UI", api.get("/swagger-ui/index.html"),
                "OpenAPI", api.get("/v3/api-docs"),
                "health", api.get("/actuator/health"),
                "refused write", api.post("/api/v1/documents", "text/plain", "x"));
        answers.forEach((what, response) -> {
            assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(response.header("Content-Security-Policy"))
                    .as(what)
                    .contains("default-src 'self'")
                    .contains("script-src 'self';")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
        });
    }

    @Test
    void repliedFromTheResponseCacheStillCarriesThem() {
        Api api = new Api(port);
        api.get("/api/v1/indicators?size=3");
        Api.Response replayed = api.get("/api/v1/indicators?size=3");
        assertThat(replayed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Api.Response notModified = api.get("/api/v1/indicators?size=3", "If-None-Match", replayed.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void pagingLinksNeverEchoAHostileHost() {
        for (List<String> headers : List.of(
                List.of("Host: evil.example"),
                List.of("Host: evil.example:8443", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https"),
                List.of("Host: 127.0.0.1:" + port, "Forwarded: host=evil.example;proto=https"))) {
            RawHttp.Response response =
                    new RawHttp(port).send("GET", "/api/v1/hospitals?size=1&page=0", headers.toArray(String[]::new));
            assertThat(response.status()).as(headers.toString()).isEqualTo(200);
            Map<String, String> links = HttpConventionsIT.links(response.header("Link"));
            assertThat(links).as(headers.toString()).containsKeys("first", "next", "last");
            assertThat(links.values())
                    .as(headers.toString())
                    .allSatisfy(link ->
                            assertThat(link).startsWith("/api/v1/hospitals?").doesNotContain("evil"));
            assertThat(response.header("Cache-Control")).contains("public");
        }
    }
}
