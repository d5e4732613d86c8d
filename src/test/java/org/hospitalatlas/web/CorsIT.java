package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * CORS for an allowed origin, on the application itself: the integration tests' context runs without an allowed
 * origin (HttpConventionsIT checks that foreign origins then get no grant), so this test puts the filter the
 * application builds ({@link HttpConfiguration#apiCorsFilter()}) for {@code hospital-atlas.cors.allowed-origins=}
 * {@value #ALLOWED}, on its own paths, in front of that same context — one context, one database, every endpoint
 * real. The allowed origin's preflight and read are granted with the headers a dashboard needs; other origins,
 * writes and paths outside the API are not.
 */
@IntegrationTest
class CorsIT {

    static final String ALLOWED = "https://dash.example.org";
    private static final String OTHER = "https://evil.example.com";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    MockMvcTester mvc;

    @BeforeEach
    void allowOneOrigin() {
        FilterRegistrationBean<CorsFilter> cors = new HttpConfiguration(
                        json, new CorsProperties(List.of(" " + ALLOWED + " "), Duration.ofHours(1)))
                .apiCorsFilter();
        mvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup(context)
                .addFilter(cors.getFilter(), cors.getUrlPatterns().toArray(String[]::new))
                .build());
    }

    @Test
    void preflightFromTheAllowedOriginIsGrantedForReads() {
        MvcTestResult preflight = preflight(ALLOWED, "GET", "If-None-Match");
        assertThat(preflight).hasStatusOk();
        assertThat(preflight).headers().hasValue("Access-Control-Allow-Origin", ALLOWED);
        assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Methods"))
                .contains("GET");
        assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Headers"))
                .containsIgnoringCase("If-None-Match");
        assertThat(preflight).headers().hasValue("Access-Control-Max-Age", "3600");
        assertThat(preflight).headers().doesNotContainHeader("Access-Control-Allow-Credentials");
    }

    @Test
    void readFromTheAllowedOriginIsGrantedWithPagingAndCachingHeadersExposed() {
        MvcTestResult read = mvc.get()
                .uri("/api/v1/hospitals?size=1")
                .header("Origin", ALLOWED)
                .exchange();
        assertThat(read).hasStatusOk();
        assertThat(read).headers().hasValue("Access-Control-Allow-Origin", ALLOWED);
        assertThat(read.getResponse().getHeader("Access-Control-Expose-Headers"))
                .containsIgnoringCase("ETag")
                .containsIgnoringCase("Link")
                .containsIgnoringCase(PageHeaders.TOTAL_COUNT);
        assertThat(read.getResponse().getHeaders("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Origin"));
    }

    @Test
    void problemsForTheAllowedOriginAreReadableToo() {
        MvcTestResult problem = mvc.get()
                .uri("/api/v1/hospitals?size=0")
                .header("Origin", ALLOWED)
                .exchange();
        assertThat(problem).hasStatus(400);
        assertThat(problem).headers().hasValue("Access-Control-Allow-Origin", ALLOWED);
    }

    @Test
    void otherOriginsAreRefused() {
        MvcTestResult preflight = preflight(OTHER, "GET", null);
        assertThat(preflight).hasStatus(403);
        assertThat(preflight).headers().doesNotContainHeader("Access-Control-Allow-Origin");

        MvcTestResult read = mvc.get()
                .uri("/api/v1/hospitals?size=1")
                .header("Origin", OTHER)
                .exchange();
        assertThat(read).hasStatus(403);
        assertThat(read).headers().doesNotContainHeader("Access-Control-Allow-Origin");
    }

    @Test
    void writesFromTheAllowedOriginAreRefused() {
        MvcTestResult preflight = preflight(ALLOWED, "POST", "X-API-Key");
        assertThat(preflight).hasStatus(403);
        assertThat(preflight).headers().doesNotContainHeader("Access-Control-Allow-Origin");
    }

    @Test
    void pathsOutsideTheApiGetNoGrant() {
        MvcTestResult health =
                mvc.get().uri("/actuator/health").header("Origin", ALLOWED).exchange();
        assertThat(health).headers().doesNotContainHeader("Access-Control-Allow-Origin");
    }

    private MvcTestResult preflight(String origin, String method, String header) {
        var request = mvc.options()
                .uri("/api/v1/hospitals")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method);
        if (header != null) {
            request = request.header("Access-Control-Request-Headers", header);
        }
        return request.exchange();
    }
}
