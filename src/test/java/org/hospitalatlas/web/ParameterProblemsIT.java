package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hospitalatlas.review.FactKind;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parameter binding and problem answers at the MVC layer (MockMvc on the one integration-test context): every list
 * endpoint's parameter records refuse a wrong option, a negative page, a size over the maximum, a bad year, a bad
 * confidence, a bad instant and too many entries with one RFC 9457 answer naming the parameter as it is sent
 * ({@code min_confidence}, not the record's {@code minConfidence}) and the value sent; typed values in any case are
 * taken. Read-only: it writes nothing, and asks about the seed hospitals. The bad values of {@code /compare},
 * {@code /compare/matrix}, the ranking, {@code /coverage} and {@code /hospitals} are checked without a database, with
 * their services mocked, in {@code compare/ParameterProblemsWebMvcTest}; the answers here with data stay.
 */
@IntegrationTest
class ParameterProblemsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RANKING = "/api/v1/indicators/beds_open/ranking";
    private static final String SERIES = "/api/v1/hospitals/" + ApiExamples.CHENZHOU + "/indicators";
    private static final String PROFILE = "/api/v1/hospitals/" + ApiExamples.CHENZHOU + "/profile";
    private static final String DOCUMENT = "/api/v1/documents/001_26141e5a5cc6b6a0";

    @Autowired
    MockMvcTester mvc;

    static Stream<Arguments> badValues() {
        String twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        return Stream.of(
                // wrong options
                Arguments.of("/api/v1/reform-pilots?category=tax_reform", "category", "(was 'tax_reform')"),
                Arguments.of("/api/v1/reform-pilots/timeline?level=galactic", "level", "must be one of [national"),
                Arguments.of("/api/v1/consortia?type=cartel", "type", "must be one of [city_medical_group"),
                Arguments.of("/api/v1/consortia?sort=size", "sort", "must be one of [name, established"),
                // pages and sizes
                Arguments.of("/api/v1/reform-pilots?size=501", "size", "from 1 to 500 (was '501')"),
                Arguments.of("/api/v1/consortia?size=0", "size", "from 1 to 500 (was '0')"),
                Arguments.of("/api/v1/conflicts?page=-5", "page", "(was '-5')"),
                Arguments.of("/api/v1/changes?limit=1001", "limit", "must be a whole number from 1 to 1000"),
                // years
                Arguments.of(
                        "/api/v1/reform-pilots?year=1800", "year", "must be a year from 1900 to 2100 (was '1800')"),
                Arguments.of(SERIES + "?from=abc", "from", "must be a year from 1900 to 2100 (was 'abc')"),
                Arguments.of(SERIES + "?from=2022&to=2020", "to", "must not be before from (2022)"),
                // confidences
                Arguments.of("/api/v1/reform-pilots?min_confidence=1.5", "min_confidence", "from 0 to 1 (was '1.5')"),
                Arguments.of("/api/v1/consortia?min_confidence=1e-1", "min_confidence", "(was '1e-1')"),
                Arguments.of(SERIES + "?min_confidence=abc", "min_confidence", "must be a number from 0 to 1"),
                Arguments.of(
                        "/api/v1/consortia/" + "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan"
                                + "?min_confidence=2",
                        "min_confidence",
                        "(was '2')"),
                // instants, codes, lists, text
                Arguments.of("/api/v1/conflicts?indicator=Beds!", "indicator", "must be an indicator code"),
                Arguments.of("/api/v1/changes?after=not-a-cursor", "after", "must be 'latest' or a next cursor"),
                Arguments.of("/api/v1/consortia/compare?slugs=" + twentyOne, "slugs", "at most 20 entries (was 21)"),
                // documents, the review queue, the import log and the profile
                Arguments.of("/api/v1/documents?page=-1", "page", "must be a whole number from 0 to 100000 (was '-1')"),
                Arguments.of("/api/v1/documents?updated_since=yesterday", "updated_since", "(was 'yesterday')"),
                Arguments.of(
                        DOCUMENT + "?min_confidence=2", "min_confidence", "must be a number from 0 to 1 (was '2')"),
                Arguments.of(
                        "/api/v1/review-queue?kind=opinions",
                        "kind",
                        "must be one of indicator-values, reform-pilots, consortia, consortium-members (was 'opinions')"),
                Arguments.of("/api/v1/review-queue?size=0", "size", "from 1 to 500 (was '0')"),
                Arguments.of("/api/v1/review-queue?province=" + "湖".repeat(51), "province", "at most 50 characters"),
                Arguments.of("/api/v1/imports?size=501", "size", "must be a whole number from 1 to 500 (was '501')"),
                Arguments.of("/api/v1/imports?page=x", "page", "must be a whole number from 0 to 100000 (was 'x')"),
                Arguments.of(PROFILE + "?review=maybe", "review", "must be one of [any, confirmed] (was 'maybe')"),
                Arguments.of(PROFILE + "?min_confidence=1e-1", "min_confidence", "(was '1e-1')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueIsAProblemNamingTheParameter(String request, String field, String message) {
        MvcTestResult result = mvc.get().uri(request).exchange();
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(result);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).contains(message);
        assertThat(problem.get("detail").asString()).startsWith(field + " ");
        assertThat(problem.toString())
                .doesNotContain("Exception")
                .doesNotContain("minConfidence")
                .doesNotContain("java.");
    }

    @Test
    void unknownCodesAreNotFound() {
        for (String request : List.of(
                "/api/v1/indicators/no_such_code/ranking",
                "/api/v1/compare?indicator=no_such_code&hospitals=" + ApiExamples.CHENZHOU,
                "/api/v1/hospitals/no-such-hospital/indicators")) {
            MvcTestResult result = mvc.get().uri(request).exchange();
            assertThat(result).as(request).hasStatus(404);
            assertThat(json(result).get("type").asString()).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void optionsAreTakenInAnyCaseAndWithHyphens() {
        assertThat(mvc.get().uri("/api/v1/hospitals?sort=PROVINCE&page=0&size=500"))
                .hasStatusOk();
        MvcTestResult ranked = mvc.get()
                .uri(RANKING + "?year=LATEST&kind=Level&order=Asc&review=CONFIRMED&min_confidence=.5")
                .exchange();
        assertThat(ranked).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/compare?indicator=beds_open&hospitals=" + ApiExamples.CHENZHOU
                                + "&kind=yoy-change-pct"))
                .hasStatusOk();
    }

    @Test
    void typedValuesReachTheAnswer() {
        MvcTestResult pilots = mvc.get()
                .uri("/api/v1/reform-pilots?year=2019&page=2&size=3&min_confidence=0.25&level=National")
                .exchange();
        assertThat(pilots).hasStatusOk();
        JsonNode page = json(pilots);
        assertThat(page.get("page").asInt()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(3);

        MvcTestResult comparison = mvc.get()
                .uri("/api/v1/compare")
                .param("indicator", " beds_open ")
                .param("year", "2021")
                .param("hospitals", ApiExamples.CHENZHOU + ",," + ApiExamples.JINGZHOU + "," + ApiExamples.CHENZHOU)
                .exchange();
        assertThat(comparison).hasStatusOk();
        JsonNode compared = json(comparison);
        assertThat(compared.get("year").asInt()).isEqualTo(2021);
        assertThat(compared.get("rows").findPath("hospital").get("slug").asString())
                .isEqualTo(ApiExamples.CHENZHOU);
        assertThat(compared.get("rows")).hasSize(2);
    }

    @Test
    void repeatedListParametersAddUp() {
        JsonNode matrix = json(mvc.get()
                .uri("/api/v1/compare/matrix?indicators=beds_open&hospitals=" + ApiExamples.CHENZHOU + "&hospitals="
                        + ApiExamples.JINGZHOU + "," + ApiExamples.CHENZHOU)
                .exchange());
        assertThat(matrix.get("rows")).hasSize(2);
    }

    @Test
    void aRequestHeaderNamedLikeAParameterIsNotBound() {
        // Spring binds request headers to constructor parameters of the same name unless told not to
        assertThat(mvc.get().uri(SERIES).header("From", "someone@example.org").header("To", "x"))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/hospitals").header("Page", "-1").header("Sort", "password"))
                .hasStatusOk();
    }

    @Test
    void wholeNumbersAreDecimalDigits() {
        for (String bad : List.of("0x10", "#1", "1 0", "1.0", "1e2", "99999999999")) {
            MvcTestResult result =
                    mvc.get().uri("/api/v1/imports").param("page", bad).exchange();
            assertThat(result).as(bad).hasStatus(400);
            assertThat(json(result).get("errors").findValuesAsString("field")).containsExactly("page");
        }
        for (String good : List.of(" 2 ", "+2", "002")) {
            MvcTestResult result = mvc.get()
                    .uri("/api/v1/documents")
                    .param("page", good)
                    .param("size", "1")
                    .exchange();
            assertThat(result).as(good).hasStatusOk();
            assertThat(json(result).get("page").asInt()).isEqualTo(2);
        }
    }

    @Test
    void theQueueTakesAKindAsItsPathNamesItInAnyCase() {
        MvcTestResult queue = mvc.get()
                .uri("/api/v1/review-queue?kind=Reform_Pilots&page=0&size=3")
                .exchange();
        assertThat(queue).hasStatusOk();
        JsonNode page = json(queue);
        assertThat(page.get("size").asInt()).isEqualTo(3);
        assertThat(page.get("items").findValuesAsString("kind")).isNotEmpty().containsOnly("reform-pilots");

        JsonNode log = json(mvc.get().uri("/api/v1/imports?page=1&size=3").exchange());
        assertThat(log.get("page").asInt()).isEqualTo(1);
        assertThat(log.get("size").asInt()).isEqualTo(3);
        assertThat(mvc.get().uri(PROFILE + "?review=Confirmed&min_confidence=.5"))
                .hasStatusOk();
    }

    /** The FHIR search keeps FHIR's conventions: an OperationOutcome naming each parameter, the value not echoed. */
    @Test
    void theFhirSearchStillAnswersAnOperationOutcome() throws Exception {
        MvcTestResult result =
                mvc.get().uri("/fhir/Organization?_count=0&_offset=x").exchange();
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/fhir+json");
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"resourceType\":\"OperationOutcome\",\"issue\":["
                        + "{\"severity\":\"error\",\"code\":\"invalid\",\"diagnostics\":\"_count must be a whole number"
                        + " from 1 to 500\",\"expression\":[\"_count\"]},"
                        + "{\"severity\":\"error\",\"code\":\"invalid\",\"diagnostics\":\"_offset must be a whole number"
                        + " from 0 to 1000000\",\"expression\":[\"_offset\"]}]}");
    }

    /** Swagger UI shows the parameters of these endpoints with their types, limits and options. */
    @Test
    void theirParametersAreTypedInTheOpenApiDocument() {
        JsonNode paths = json(mvc.get().uri("/v3/api-docs").exchange()).get("paths");
        for (String path : List.of("/api/v1/documents", "/api/v1/review-queue", "/api/v1/imports")) {
            assertThat(schema(paths, path, "page").toString())
                    .as(path)
                    .isEqualTo("{\"type\":\"integer\",\"default\":0,\"maximum\":100000,\"minimum\":0}");
            assertThat(schema(paths, path, "size").toString())
                    .as(path)
                    .isEqualTo("{\"type\":\"integer\",\"default\":20,\"maximum\":500,\"minimum\":1}");
        }
        for (String path : List.of("/api/v1/documents", "/api/v1/imports")) {
            assertThat(schema(paths, path, "updated_since").get("type").asString())
                    .isEqualTo("string");
        }
        for (String path : List.of("/api/v1/documents/{slug}", "/api/v1/hospitals/{slug}/profile")) {
            assertThat(schema(paths, path, "min_confidence").get("type").asString())
                    .isEqualTo("number");
        }
        assertThat(schema(paths, "/api/v1/review-queue", "kind").get("enum").toString())
                .isEqualTo(Arrays.stream(FactKind.values())
                        .map(kind -> "\"" + kind.path() + "\"")
                        .collect(Collectors.joining(",", "[", "]")));
        assertThat(schema(paths, "/api/v1/review-queue", "province")
                        .get("maxLength")
                        .asInt())
                .isEqualTo(50);
        assertThat(schema(paths, "/api/v1/hospitals/{slug}/profile", "review")
                        .get("enum")
                        .toString())
                .isEqualTo("[\"any\",\"confirmed\"]");
        assertThat(schema(paths, "/fhir/Organization", "_count").toString())
                .isEqualTo("{\"type\":\"integer\",\"default\":50,\"maximum\":500,\"minimum\":1}");
        assertThat(schema(paths, "/fhir/Organization", "_offset").get("type").asString())
                .isEqualTo("integer");
        for (String path : List.of(
                "/api/v1/documents",
                "/api/v1/documents/{slug}",
                "/api/v1/review-queue",
                "/api/v1/imports",
                "/api/v1/hospitals/{slug}/profile")) {
            assertThat(paths.get(path).get("get").get("parameters").findValuesAsString("name"))
                    .as(path)
                    .doesNotContain("parameters", "updatedSince", "minConfidence");
        }
    }

    private static JsonNode schema(JsonNode paths, String path, String parameter) {
        for (JsonNode candidate : paths.get(path).get("get").get("parameters")) {
            if (candidate.get("name").asString().equals(parameter)) {
                return candidate.get("schema");
            }
        }
        throw new AssertionError(path + " has no parameter " + parameter);
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
