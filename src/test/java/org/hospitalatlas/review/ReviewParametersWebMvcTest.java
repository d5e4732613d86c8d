package org.hospitalatlas.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hospitalatlas.database.DataVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fact's id in {@code /api/v1/facts/{kind}/{id}/…} bound as a {@link FactId} on the MVC layer alone
 * ({@code @WebMvcTest}, the reviews mocked): a bad id is a 400 problem naming {@code id} with the value sent, before the
 * body is read or the reviews asked; a good one reaches them as a number. {@code ReviewApiIT} keeps the full stack.
 */
@WebMvcTest(
        controllers = ReviewController.class,
        properties = {
            "hospital-atlas.api-key=" + ReviewParametersWebMvcTest.KEY,
            "hospital-atlas.http.response-cache-entries=0"
        })
class ReviewParametersWebMvcTest {

    static final String KEY = "slice-test-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FactReviews reviews;

    /** The ETag filter's data version (the database's, in the application). */
    @MockitoBean
    DataVersion dataVersion;

    @BeforeEach
    void dataVersion() {
        given(dataVersion.snapshot()).willReturn(new DataVersion.Snapshot(1, Instant.parse("2026-01-01T00:00:00Z")));
        given(reviews.history(any(), anyLong()))
                .willAnswer(call ->
                        new FactHistory(((FactKind) call.getArgument(0)).path(), call.getArgument(1), null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc", "0", "-1", "0x10", "1e3", "4.0", "9223372036854775808", "+-1"})
    void aBadIdIsAProblemNamingItWithTheValueSent(String id) {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/facts/indicator-values/" + id + "/history")
                .exchange();

        assertProblem(result, "must be a fact's id, a positive whole number (was '" + id + "')");
        verifyNoInteractions(reviews);
    }

    @Test
    void aReviewOfABadIdIsRefusedBeforeItsBodyIsRead() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/facts/indicator-values/abc/reviews")
                .header("X-API-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content("not json at all")
                .exchange();

        assertProblem(result, "must be a fact's id, a positive whole number (was 'abc')");
        verifyNoInteractions(reviews);
    }

    @Test
    void anUnknownKindIsNotFound() {
        MvcTestResult result = mvc.get().uri("/api/v1/facts/opinions/5/history").exchange();

        assertThat(result).hasStatus(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        verifyNoInteractions(reviews);
    }

    @Test
    void aGoodIdReachesTheReviewsAsANumber() {
        assertThat(mvc.get().uri("/api/v1/facts/indicator-values/42/history"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.id")
                .isEqualTo(42);
        then(reviews).should().history(FactKind.INDICATOR_VALUES, 42);

        assertThat(mvc.get().uri("/api/v1/facts/Reform_Pilots/" + Long.MAX_VALUE + "/history"))
                .hasStatusOk();
        then(reviews).should().history(FactKind.REFORM_PILOTS, Long.MAX_VALUE);

        assertThat(mvc.get().uri("/api/v1/facts/consortia/+007/history")).hasStatusOk();
        then(reviews).should().history(FactKind.CONSORTIA, 7);
    }

    @Test
    void aReviewOfAGoodIdReachesTheReviews() {
        assertThat(mvc.post()
                        .uri("/api/v1/facts/consortium-members/9/reviews")
                        .header("X-API-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"confirmed\"}"))
                .hasStatusOk();
        then(reviews)
                .should()
                .review(
                        eq(FactKind.CONSORTIUM_MEMBERS),
                        eq(9L),
                        eq(new ReviewCommand("confirmed", null, null, null, null, null)),
                        any());
    }

    private static void assertProblem(MvcTestResult result, String message) {
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(result);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("id");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(message);
        assertThat(problem.get("detail").asString()).isEqualTo("id " + message);
        assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("java.");
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
