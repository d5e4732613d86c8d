package org.hospitalatlas.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures of the FHIR endpoints answer as FHIR clients expect: an {@code OperationOutcome}, as
 * application/fhir+json, whose issues name the offending parameter in {@code expression} (the FHIR counterpart of
 * the API's problem+json {@code errors}). Never a stack trace; an unexpected failure is logged and answered 500.
 */
@RestControllerAdvice(assignableTypes = FhirController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirOutcomeAdvice {

    private static final Logger log = LoggerFactory.getLogger(FhirOutcomeAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.NOTFOUND)
                .setDiagnostics(e.getMessage());
        return answer(HttpStatus.NOT_FOUND, outcome);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return invalidInput(e);
    }

    /** Bad input: 400, an issue per offending parameter, with the parameter in {@code expression}. */
    static ResponseEntity<String> invalidInput(InvalidInputException e) {
        OperationOutcome outcome = new OperationOutcome();
        for (InvalidInputException.FieldError error : e.errors()) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.INVALID)
                    .setDiagnostics(error.field() + " " + error.message())
                    .addExpression(error.field());
        }
        return answer(HttpStatus.BAD_REQUEST, outcome);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> other(Exception e) {
        HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode() : null;
        if (status == null || status.is5xxServerError()) {
            log.error("Unhandled error in a FHIR request", e);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(
                        status.is5xxServerError()
                                ? OperationOutcome.IssueType.EXCEPTION
                                : OperationOutcome.IssueType.PROCESSING)
                .setDiagnostics(
                        status.is5xxServerError()
                                ? "The server could not answer this request; it has been logged."
                                : "The request could not be processed (HTTP " + status.value() + ").");
        return answer(status, outcome);
    }

    private static ResponseEntity<String> answer(HttpStatusCode status, OperationOutcome outcome) {
        return ResponseEntity.status(status)
                .contentType(FhirController.FHIR_JSON)
                .body(FhirExport.json().encodeResourceToString(outcome));
    }
}
