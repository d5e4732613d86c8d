package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** The CORS rules built from {@code hospital-atlas.cors.*}, run through Spring's own CORS processor. */
class CorsConfigurationTest {

    @Test
    void noOriginsMeansNoCorsRules() {
        assertThat(HttpConfiguration.corsConfiguration(new CorsProperties(List.of(" "), Duration.ofHours(1))))
                .isNull();
        assertThat(HttpConfiguration.corsConfiguration(new CorsProperties(null, Duration.ofHours(1))))
                .isNull();
    }

    @Test
    void preflightFromAConfiguredOriginIsAllowedForReads() throws IOException {
        MockHttpServletResponse response = preflight("https://dash.example.org", "GET");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://dash.example.org");
        assertThat(response.getHeader("Access-Control-Allow-Methods")).contains("GET");
        assertThat(response.getHeader("Access-Control-Max-Age")).isEqualTo("3600");
    }

    @Test
    void patternsMatchSubdomains() throws IOException {
        assertThat(preflight("https://team.charts.example.net", "GET").getHeader("Access-Control-Allow-Origin"))
                .isEqualTo("https://team.charts.example.net");
    }

    @Test
    void otherOriginsAndWritesAreRefused() throws IOException {
        assertThat(preflight("https://evil.example.com", "GET").getStatus()).isEqualTo(403);
        assertThat(preflight("https://dash.example.org", "POST").getStatus()).isEqualTo(403);
    }

    @Test
    void actualReadsExposeCachingAndPagingHeaders() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/hospitals");
        request.addHeader("Origin", "https://dash.example.org");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DefaultCorsProcessor().processRequest(configuration(), request, response);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://dash.example.org");
        assertThat(response.getHeader("Access-Control-Expose-Headers"))
                .contains("ETag")
                .contains("Link")
                .contains("X-Total-Count");
    }

    private static MockHttpServletResponse preflight(String origin, String method) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/api/v1/compare");
        request.addHeader("Origin", origin);
        request.addHeader("Access-Control-Request-Method", method);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DefaultCorsProcessor().processRequest(configuration(), request, response);
        return response;
    }

    private static CorsConfiguration configuration() {
        return HttpConfiguration.corsConfiguration(new CorsProperties(
                List.of("https://dash.example.org", "https://*.charts.example.net"), Duration.ofHours(1)));
    }
}
