package org.hospitalatlas.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container forwards what failed outside Spring MVC's handlers (a filter, a
 * missing servlet): answered as problem+json, whatever the Accept header. Asked for directly it is just a path
 * that does not exist (404), not Boot's "status 999" answer.
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemDetail problem;
        if (code == null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No resource at this path.");
            problem.setType(ProblemTypes.NOT_FOUND);
            problem.setTitle("Not found");
        } else if (InvalidRequestProblems.causeOf(exception, InvalidParameterException.class) != null) {
            problem = InvalidRequestProblems.invalidQuery(
                    InvalidRequestProblems.causeOf(exception, InvalidParameterException.class));
        } else {
            int status = code instanceof Integer number ? number : 500;
            HttpStatus known = HttpStatus.resolve(status);
            problem = ProblemDetail.forStatus(status);
            problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
            if (status >= 500) {
                problem.setType(ProblemTypes.INTERNAL);
                problem.setTitle("Internal error");
                problem.setDetail("The server could not answer this request; it has been logged.");
            } else if (status == 404) {
                problem.setType(ProblemTypes.NOT_FOUND);
                problem.setTitle("Not found");
            } else if (status == 400) {
                problem.setType(ProblemTypes.INVALID_INPUT);
                problem.setTitle("Invalid request");
                problem.setProperty("errors", List.of(new FieldProblem("request", "is invalid")));
            }
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
