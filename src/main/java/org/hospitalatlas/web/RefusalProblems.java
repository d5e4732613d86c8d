package org.hospitalatlas.web;

import java.util.List;
import org.hospitalatlas.shared.BusyException;
import org.hospitalatlas.shared.OverloadedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answers to a request refused for what it lacks (a key: 401, 403) or for what the app lacks at the moment
 * (capacity: 429, 503; the database: 503), each with the header a client needs to do better: WWW-Authenticate, or
 * Retry-After.
 */
final class RefusalProblems {

    private RefusalProblems() {}

    /** Seconds a client is asked to wait while the database is away (the pool gives up on it after 2 s). */
    static final String DATABASE_RETRY_AFTER = "5";

    static ResponseEntity<Object> writeAccess(ApiKeyInterceptor.WriteAccessException e) {
        HttpStatus status = e.keyRequired() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(e.keyRequired() ? ProblemTypes.UNAUTHORIZED : ProblemTypes.WRITES_DISABLED);
        problem.setTitle(e.keyRequired() ? "API key required" : "Writes disabled");
        problem.setProperty("errors", List.of(new FieldProblem(ApiKeyInterceptor.HEADER, e.getMessage())));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.keyRequired()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyInterceptor.HEADER + "\"");
        }
        return response.body(problem);
    }

    static ResponseEntity<Object> metricsAccess(ActuatorAccessFilter.MetricsAccessException e) {
        HttpStatus status = e.keyRequired() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(e.keyRequired() ? ProblemTypes.METRICS_KEY_REQUIRED : ProblemTypes.METRICS_DISABLED);
        problem.setTitle(e.keyRequired() ? "Metrics key required" : "Metrics disabled");
        problem.setProperty("errors", List.of(new FieldProblem(HttpHeaders.AUTHORIZATION, e.getMessage())));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.keyRequired()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"actuator\"");
        }
        // a scraper asks for text: the problem is JSON all the same
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<Object> busy(BusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(ProblemTypes.BUSY);
        problem.setTitle("Busy, try again");
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem);
    }

    /** Refused for want of capacity (rate limit 429, all workers busy or past the deadline 503), with Retry-After. */
    static ResponseEntity<Object> overloaded(OverloadedException e) {
        HttpStatus status = e.reason() == OverloadedException.Reason.RATE_LIMITED
                ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        switch (e.reason()) {
            case RATE_LIMITED -> {
                problem.setType(ProblemTypes.RATE_LIMITED);
                problem.setTitle("Too many requests");
            }
            case BUSY -> {
                problem.setType(ProblemTypes.BUSY);
                problem.setTitle("Busy, try again");
            }
            case TIMED_OUT -> {
                problem.setType(ProblemTypes.TIMED_OUT);
                problem.setTitle("Took too long");
            }
        }
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The database is away (stopped, restarting, unreachable): said at once, for the client to retry. */
    static ResponseEntity<Object> databaseUnavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached at the moment; try again shortly.");
        problem.setType(ProblemTypes.DATABASE_UNAVAILABLE);
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
