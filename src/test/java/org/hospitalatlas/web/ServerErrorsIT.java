package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.hospitalatlas.support.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, finding 7: what Tomcat refuses before the application sees it, {@code /error} asked for directly, and
 * an unknown {@code format} are all problem+json answers with the security headers, never HTML or an empty body.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorsIT {

    @LocalServerPort
    int port;

    RawHttp raw;

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
    }

    @Test
    void rawNonAsciiRequestTargetIsAProblemNotTomcatsHtml() {
        RawHttp.Response response = raw.send("GET", "/api/v1/hospitals?province=湖北");
        assertProblem(response, 400);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(response.json().get("detail").asString()).contains("percent-encode");
        assertThat(response.body()).doesNotContain("湖北").doesNotContain("<html");
    }

    @Test
    void overLongRequestTargetIsAProblem() {
        RawHttp.Response response = raw.send("GET", "/api/v1/hospitals?name=" + "a".repeat(20_000));
        assertProblem(response, 400);
        assertThat(response.body()).hasSizeLessThan(1000);
    }

    @Test
    void badPercentEncodingInThePathIsAProblem() {
        assertProblem(raw.send("GET", "/api/v1/hosp%zzitals"), 400);
        assertProblem(raw.send("GET", "/api/v1/hospitals/a%00b"), 400);
    }

    @Test
    void badPercentEncodingInTheQueryNamesTheParameter(CapturedOutput output) {
        RawHttp.Response response = raw.send("GET", "/api/v1/hospitals?name=%zz");
        assertProblem(response, 400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("name");
        assertThat(output.getAll()).doesNotContain("Unhandled error");
    }

    @Test
    void errorPathAskedForDirectlyIsNotFoundNotStatus999() {
        RawHttp.Response response = raw.send("GET", "/error");
        assertProblem(response, 404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("999");
    }

    @Test
    void unknownFormatIs406NamingFormat() {
        Api.Response response = new Api(port).get("/api/v1/indicators?format=x");
        assertThat(response.status()).isEqualTo(406);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("format");
        assertThat(errors.get(0).get("message").asString()).contains("json or csv");
    }

    @Test
    void acceptWithNeitherJsonNorCsvIs406WithABody() {
        Api.Response response = new Api(port).get("/api/v1/indicators", "Accept", "image/png");
        assertThat(response.status()).isEqualTo(406);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("Accept");
    }

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
}
