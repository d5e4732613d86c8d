package org.hospitalatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hospitalatlas.database.DataVersion;
import org.hospitalatlas.hospital.HospitalService;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.web.ApiExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parameter binding and problem answers of {@code /compare}, {@code /compare/matrix}, {@code /indicators/{code}/ranking},
 * {@code /coverage} and {@code /hospitals} on the MVC layer alone: a {@code @WebMvcTest} slice with the web module's
 * advice, binding and filters, no database, the services mocked. A bad value is a 400 RFC 9457 problem naming the
 * parameter as it is sent, and no service is called; good values reach the service typed. {@code
 * web/ParameterProblemsIT} keeps the full-stack check of the other endpoints and of answers with data.
 *
 * <p>One class for both controllers, so that the slice is one Spring context: the comparison services it mocks are
 * package-private here, and {@code HospitalController} (package-private in {@code hospital}) is included by name.
 */
@WebMvcTest(
        controllers = ComparisonController.class,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "org\\.hospitalatlas\\.hospital\\.HospitalController"),
        // every request reaches its controller: no answer is replayed from the ETag filter's memory
        properties = "hospital-atlas.http.response-cache-entries=0")
class ParameterProblemsWebMvcTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RANKING = "/api/v1/indicators/beds_open/ranking";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Comparisons comparisons;

    @MockitoBean
    Rankings rankings;

    @MockitoBean
    CoverageQueries coverage;

    @MockitoBean
    MetricCatalogue metrics;

    @MockitoBean
    HospitalService hospitals;

    /** The ETag filter's data version (the database's, in the application). */
    @MockitoBean
    DataVersion dataVersion;

    @BeforeEach
    void dataVersion() {
        given(dataVersion.snapshot()).willReturn(new DataVersion.Snapshot(1, Instant.parse("2026-01-01T00:00:00Z")));
    }

    static Stream<Arguments> badValues() {
        String fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "h" + i).collect(Collectors.joining(","));
        String hospitals = "&hospitals=" + ApiExamples.CHENZHOU;
        return Stream.of(
                // wrong options
                Arguments.of("/api/v1/hospitals?sort=password", "sort", "must be one of [name, province, city"),
                Arguments.of(RANKING + "?order=sideways", "order", "must be one of [asc, desc] (was 'sideways')"),
                Arguments.of("/api/v1/compare?indicator=beds_open" + hospitals + "&kind=absolute", "kind", "level"),
                Arguments.of(
                        "/api/v1/compare/matrix?indicators=beds_open" + hospitals + "&review=maybe",
                        "review",
                        "must be one of [any, confirmed]"),
                // pages and sizes
                Arguments.of("/api/v1/hospitals?page=-1", "page", "must be a whole number from 0 to 100000 (was '-1')"),
                Arguments.of(RANKING + "?page=x", "page", "must be a whole number from 0 to 100000 (was 'x')"),
                Arguments.of("/api/v1/coverage?size=10000", "size", "(was '10000')"),
                // years
                Arguments.of(RANKING + "?year=1800", "year", "from 1900 to 2100 or 'latest' (was '1800')"),
                Arguments.of("/api/v1/compare?indicator=beds_open" + hospitals + "&year=nineteen", "year", "'latest'"),
                // confidences
                Arguments.of(RANKING + "?min_confidence=-0.1", "min_confidence", "(was '-0.1')"),
                Arguments.of("/api/v1/coverage?min_confidence=NaN", "min_confidence", "(was 'NaN')"),
                // instants, lists, text
                Arguments.of("/api/v1/hospitals?updated_since=yesterday", "updated_since", "ISO-8601"),
                Arguments.of(
                        "/api/v1/compare?indicator=beds_open&hospitals=" + fiftyOne,
                        "hospitals",
                        "must name at most 50 entries (was 51)"),
                Arguments.of("/api/v1/compare" + "?indicator=beds_open", "hospitals", "is required"),
                Arguments.of("/api/v1/compare?hospitals=" + ApiExamples.CHENZHOU, "indicator", "is required"),
                Arguments.of("/api/v1/hospitals?province=" + "湖".repeat(51), "province", "at most 50 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueIsAProblemNamingTheParameterAndCallsNoService(String request, String field, String message) {
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
        verifyNoInteractions(comparisons, rankings, coverage, metrics, hospitals);
    }

    @Test
    void everyBadParameterIsListedInTheRecordsOrder() {
        JsonNode problem = json(mvc.get()
                .uri(RANKING + "?min_confidence=x&size=10000&order=up&year=1800&page=-1&province=" + "湖".repeat(60))
                .exchange());
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactly("year", "province", "order", "page", "size", "min_confidence");
        verifyNoInteractions(rankings);
    }

    @Test
    void optionsInAnyCaseReachTheRankingTyped() {
        given(rankings.rank(any()))
                .willReturn(new IndicatorRanking(null, null, "level", "asc", null, List.of(), 0, 20, 0, 0));

        assertThat(mvc.get()
                        .uri(RANKING
                                + "?year=LATEST&kind=Level&order=Asc&review=CONFIRMED&min_confidence=.5&page=2&size=5")
                        .param("province", " 湖南 "))
                .hasStatusOk();

        then(rankings)
                .should()
                .rank(new RankingRequest(
                        "beds_open",
                        null,
                        true,
                        "level",
                        "湖南",
                        null,
                        null,
                        RankingOrder.ASC,
                        2,
                        5,
                        new BigDecimal(".5"),
                        true));
    }

    @Test
    void aComparisonTakesTrimmedTextAYearAndEachHospitalOnceInTheOrderListed() {
        assertThat(mvc.get()
                        .uri("/api/v1/compare")
                        .param("indicator", " beds_open ")
                        .param("year", "2021")
                        .param("kind", "yoy-change-pct")
                        .param(
                                "hospitals",
                                ApiExamples.CHENZHOU + ",," + ApiExamples.JINGZHOU + "," + ApiExamples.CHENZHOU))
                .hasStatusOk();

        then(comparisons)
                .should()
                .compare(
                        "beds_open",
                        List.of(ApiExamples.CHENZHOU, ApiExamples.JINGZHOU),
                        2021,
                        "yoy_change_pct",
                        BigDecimal.ZERO,
                        false);
    }

    @Test
    void repeatedListParametersAddUpInTheMatrix() {
        assertThat(mvc.get()
                        .uri("/api/v1/compare/matrix?indicators=beds_open,revenue&hospitals=" + ApiExamples.CHENZHOU
                                + "&hospitals=" + ApiExamples.JINGZHOU))
                .hasStatusOk();

        then(comparisons)
                .should()
                .matrix(
                        List.of(ApiExamples.CHENZHOU, ApiExamples.JINGZHOU),
                        List.of("beds_open", "revenue"),
                        null,
                        "level",
                        BigDecimal.ZERO,
                        false);
    }

    @Test
    void aRequestHeaderNamedLikeAParameterIsNotBound() {
        given(rankings.rank(any()))
                .willReturn(new IndicatorRanking(null, null, "level", "desc", null, List.of(), 0, 20, 0, 0));

        assertThat(mvc.get().uri(RANKING).header("Page", "-1").header("Order", "sideways"))
                .hasStatusOk();
        then(rankings).should().rank(any());
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
