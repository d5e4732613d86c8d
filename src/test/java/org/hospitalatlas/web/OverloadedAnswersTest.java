package org.hospitalatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hospitalatlas.shared.OverloadedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answers for refused extractions (rate limit, busy workers, a deadline passed): a 429 or 503 problem naming
 * the field, with the Retry-After a client needs. Over HTTP only the 429 can be driven without a slow text
 * (ExtractionLimitsIT); the busy and deadline refusals are answered here as the advice answers them in the app.
 */
class OverloadedAnswersTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @ParameterizedTest
    @CsvSource({"RATE_LIMITED, 429, Too many requests", "BUSY, 503, 'Busy, try again'", "TIMED_OUT, 503, Took too long"
    })
    void eachRefusalIsAProblemWithRetryAfter(OverloadedException.Reason reason, int status, String title) {
        ResponseEntity<Object> answer = advice.overloaded(
                new OverloadedException(reason, "text", "refused for want of capacity", Duration.ofSeconds(7)));
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getTitle()).isEqualTo(title);
        assertThat(problem.getProperties()).containsKey("errors");
        assertThat(problem.getProperties().get("errors").toString()).contains("text");
    }
}
