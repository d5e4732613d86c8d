package org.hospitalatlas.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
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
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into one RFC 9457 problem+json shape: a stable {@code type} ({@link ProblemTypes}), a plain
 * {@code title}, a {@code detail}, and for bad input an {@code errors} list naming each offending field
 * ({@link InvalidRequestProblems}). Never a stack trace or a class name. The refusals for a missing key or capacity
 * are answered by {@link RefusalProblems}; this class says which answer each failure gets.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
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
        return InvalidRequestProblems.answer(e.errors().stream()
                .map(error -> new FieldProblem(error.field(), error.message()))
                .toList());
    }

    @ExceptionHandler(RejectedContentException.class)
    ResponseEntity<Object> rejectedContent(RejectedContentException e) {
        boolean tooLarge = e.reason() == RejectedContentException.Reason.TOO_LARGE;
        HttpStatus status = tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(tooLarge ? ProblemTypes.TOO_LARGE : ProblemTypes.NOT_TEXT);
        problem.setTitle(tooLarge ? "Body too large" : "Not a UTF-8 text document");
        problem.setProperty("errors", List.of(new FieldProblem("body", e.getMessage())));
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ApiKeyInterceptor.WriteAccessException.class)
    ResponseEntity<Object> writeAccess(ApiKeyInterceptor.WriteAccessException e) {
        return RefusalProblems.writeAccess(e);
    }

    @ExceptionHandler(ActuatorAccessFilter.MetricsAccessException.class)
    ResponseEntity<Object> metricsAccess(ActuatorAccessFilter.MetricsAccessException e) {
        return RefusalProblems.metricsAccess(e);
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<Object> busy(BusyException e) {
        return RefusalProblems.busy(e);
    }

    /** Tomcat could not decode the query string (bad %-encoding): the parameter it names, when it is printable. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(InvalidRequestProblems.invalidQuery(e));
    }

    /** Refused for want of capacity (rate limit 429, all workers busy or past the deadline 503), with Retry-After. */
    @ExceptionHandler(OverloadedException.class)
    ResponseEntity<Object> overloaded(OverloadedException e) {
        return RefusalProblems.overloaded(e);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        return InvalidRequestProblems.answer(InvalidRequestProblems.of(e));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) { // whichever layer wrapped it
            log.warn("Database unavailable: {}", e.getMessage());
            return RefusalProblems.databaseUnavailable();
        }
        log.error("Unhandled error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The server could not answer this request; it has been logged.");
        problem.setType(ProblemTypes.INTERNAL);
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
        problem.setType(ProblemTypes.NOT_ACCEPTABLE);
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
        return InvalidRequestProblems.answer(InvalidRequestProblems.of(ex));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> parameterProblems = ParameterProblems.of(ex);
        if (parameterProblems != null) {
            return invalidInput(new InvalidInputException(parameterProblems));
        }
        return InvalidRequestProblems.answer(InvalidRequestProblems.of(ex));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return InvalidRequestProblems.answer(List.of(InvalidRequestProblems.of(ex)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return InvalidRequestProblems.answer(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }
}
