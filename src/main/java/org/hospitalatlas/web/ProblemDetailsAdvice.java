package org.hospitalatlas.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.hospitalatlas.database.DatabaseOutage;
import org.hospitalatlas.shared.BusyException;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.shared.OverloadedException;
import org.hospitalatlas.shared.RejectedContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into one RFC 9457 problem+json shape: a stable {@code type}, a plain {@code title},
 * a {@code detail}, and for bad input an {@code errors} list naming each offending field. Never a stack
 * trace or a class name.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final URI NOT_FOUND = URI.create("/problems/not-found");
    static final URI INVALID_INPUT = URI.create("/problems/invalid-input");
    static final URI INTERNAL = URI.create("/problems/internal-error");
    static final URI TOO_LARGE = URI.create("/problems/body-too-large");
    static final URI NOT_TEXT = URI.create("/problems/not-text");
    static final URI UNAUTHORIZED = URI.create("/problems/api-key-required");
    static final URI WRITES_DISABLED = URI.create("/problems/writes-disabled");
    static final URI METRICS_KEY_REQUIRED = URI.create("/problems/metrics-key-required");
    static final URI METRICS_DISABLED = URI.create("/problems/metrics-disabled");
    static final URI BUSY = URI.create("/problems/busy");
    static final URI NOT_ACCEPTABLE = URI.create("/problems/not-acceptable");
    static final URI RATE_LIMITED = URI.create("/problems/rate-limited");
    static final URI TIMED_OUT = URI.create("/problems/timed-out");

    /** However many problems an input has, an answer lists this many (a hostile input must not make it huge). */
    static final int MAX_LISTED_ERRORS = 50;

    private static final Pattern TOMCAT_PARAMETER = Pattern.compile("Parameter \\[([A-Za-z0-9_.-]{1,60})]");
    static final URI DATABASE_UNAVAILABLE = URI.create("/problems/database-unavailable");
    /** Seconds a client is asked to wait while the database is away (the pool gives up on it after 2 s). */
    static final String DATABASE_RETRY_AFTER = "5";

    /** One offending input: the field or parameter, and what is wrong with it. */
    record FieldProblem(String field, String message) {}

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        problem.setProperty("resource", e.resource());
        problem.setProperty("identifier", e.identifier());
        if (!e.suggestions().isEmpty()) {
            problem.setProperty("suggestions", e.suggestions());
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return invalid(e.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message()))
                .toList());
    }

    @ExceptionHandler(RejectedContentException.class)
    ResponseEntity<Object> rejectedContent(RejectedContentException e) {
        boolean tooLarge = e.reason() == RejectedContentException.Reason.TOO_LARGE;
        HttpStatus status = tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(tooLarge ? TOO_LARGE : NOT_TEXT);
        problem.setTitle(tooLarge ? "Body too large" : "Not a UTF-8 text document");
        problem.setProperty("errors", List.of(new FieldProblem("body", e.getMessage())));
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ApiKeyInterceptor.WriteAccessException.class)
    ResponseEntity<Object> writeAccess(ApiKeyInterceptor.WriteAccessException e) {
        HttpStatus status = e.keyRequired() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(e.keyRequired() ? UNAUTHORIZED : WRITES_DISABLED);
        problem.setTitle(e.keyRequired() ? "API key required" : "Writes disabled");
        problem.setProperty("errors", List.of(new FieldProblem(ApiKeyInterceptor.HEADER, e.getMessage())));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.keyRequired()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyInterceptor.HEADER + "\"");
        }
        return response.body(problem);
    }

    @ExceptionHandler(ActuatorAccessFilter.MetricsAccessException.class)
    ResponseEntity<Object> metricsAccess(ActuatorAccessFilter.MetricsAccessException e) {
        HttpStatus status = e.keyRequired() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(e.keyRequired() ? METRICS_KEY_REQUIRED : METRICS_DISABLED);
        problem.setTitle(e.keyRequired() ? "Metrics key required" : "Metrics disabled");
        problem.setProperty("errors", List.of(new FieldProblem(HttpHeaders.AUTHORIZATION, e.getMessage())));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.keyRequired()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"actuator\"");
        }
        // a scraper asks for text: the problem is JSON all the same
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<Object> busy(BusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(BUSY);
        problem.setTitle("Busy, try again");
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem);
    }

    /** Tomcat could not decode the query string (bad %-encoding): the parameter it names, when it is printable. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalidQuery(e));
    }

    static ProblemDetail invalidQuery(InvalidParameterException e) {
        Matcher named = TOMCAT_PARAMETER.matcher(String.valueOf(e.getMessage()));
        String field = named.find() ? named.group(1) : "query";
        return invalidProblem(List.of(new FieldProblem(
                field, "is not valid %-encoding: percent-encode '%' as %25 and other characters as UTF-8 bytes")));
    }

    /** The first cause of {@code throwable} (itself included) of the given type, or null. */
    static <T extends Throwable> T causeOf(Throwable throwable, Class<T> type) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Refused for want of capacity (rate limit 429, all workers busy or past the deadline 503), with Retry-After. */
    @ExceptionHandler(OverloadedException.class)
    ResponseEntity<Object> overloaded(OverloadedException e) {
        HttpStatus status = e.reason() == OverloadedException.Reason.RATE_LIMITED
                ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        switch (e.reason()) {
            case RATE_LIMITED -> {
                problem.setType(RATE_LIMITED);
                problem.setTitle("Too many requests");
            }
            case BUSY -> {
                problem.setType(BUSY);
                problem.setTitle("Busy, try again");
            }
            case TIMED_OUT -> {
                problem.setType(TIMED_OUT);
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
    private static ResponseEntity<Object> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached at the moment; try again shortly.");
        problem.setType(DATABASE_UNAVAILABLE);
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) { // whichever layer wrapped it
            return databaseUnavailable(e);
        }
        log.error("Unhandled error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The server could not answer this request; it has been logged.");
        problem.setType(INTERNAL);
        problem.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /**
     * No answer in the asked-for form: an unknown {@code ?format=} or an Accept header with neither JSON nor CSV.
     * The problem is written as problem+json regardless, which is why its type is set here (negotiating would fail
     * again and leave the 406 without a body).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String format = request.getParameter(HttpConfiguration.FORMAT_PARAMETER);
        FieldProblem error = format != null
                ? new FieldProblem(
                        HttpConfiguration.FORMAT_PARAMETER, "must be json or csv (was '" + shortened(format) + "')")
                : new FieldProblem(HttpHeaders.ACCEPT, "names no form this answer has (application/json, text/csv)");
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, error.field() + " " + error.message());
        problem.setType(NOT_ACCEPTABLE);
        problem.setTitle("Not acceptable");
        problem.setProperty("errors", List.of(error));
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String field = parameterName(result.getMethodParameter());
            result.getResolvableErrors()
                    .forEach(error -> problems.add(new FieldProblem(field, error.getDefaultMessage())));
        });
        return invalid(problems);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> parameterProblems = ParameterProblems.of(ex);
        if (parameterProblems != null) {
            return invalidInput(new InvalidInputException(parameterProblems));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalid(problems);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        Class<?> type = ex.getRequiredType();
        ParameterValueException refused = causeOf(ex, ParameterValueException.class);
        if (refused != null) {
            return invalid(List.of(new FieldProblem(field, refused.getMessage())));
        }
        String message;
        if (type != null && type.isEnum()) {
            message = "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name().toLowerCase())
                            .toList();
        } else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            message = "must be a number";
        } else {
            message = "has an invalid format";
        }
        return invalid(List.of(new FieldProblem(field, message + " (was '" + ex.getValue() + "')")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> problems) {
        // a type set here skips content negotiation, which would fail again on the same bad ?format= value and
        // leave the 400 without a body
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalidProblem(problems));
    }

    /** At most {@link #MAX_LISTED_ERRORS} problems are listed, however many the input had; the detail says how many. */
    static ProblemDetail invalidProblem(List<FieldProblem> problems) {
        List<FieldProblem> listed =
                problems.size() > MAX_LISTED_ERRORS ? problems.subList(0, MAX_LISTED_ERRORS) : problems;
        String detail = listed.isEmpty()
                ? "The request is invalid."
                : listed.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "))
                        + (listed.size() < problems.size()
                                ? " (and " + (problems.size() - listed.size()) + " more problems)"
                                : "");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid request");
        problem.setProperties(Map.of("errors", List.copyOf(listed)));
        return problem;
    }

    private static String parameterName(org.springframework.core.MethodParameter parameter) {
        org.springframework.web.bind.annotation.RequestParam requestParam =
                parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter" : name;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
