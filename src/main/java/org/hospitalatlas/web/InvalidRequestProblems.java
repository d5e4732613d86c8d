package org.hospitalatlas.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.hospitalatlas.shared.ParameterValueException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The 400 answer to a request with bad input: each failure Spring MVC, Bean Validation or Tomcat reports, turned
 * into the fields it names and what is wrong with each, and those into one problem with a bounded {@code errors}
 * list.
 */
final class InvalidRequestProblems {

    private InvalidRequestProblems() {}

    /** However many problems an input has, an answer lists this many (a hostile input must not make it huge). */
    static final int MAX_LISTED_ERRORS = 50;

    private static final Pattern TOMCAT_PARAMETER = Pattern.compile("Parameter \\[([A-Za-z0-9_.-]{1,60})]");

    static ResponseEntity<Object> answer(List<FieldProblem> problems) {
        // a type set here skips content negotiation, which would fail again on the same bad ?format= value and
        // leave the 400 without a body
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(problems));
    }

    /** At most {@link #MAX_LISTED_ERRORS} problems are listed, however many the input had; the detail says how many. */
    static ProblemDetail problem(List<FieldProblem> problems) {
        List<FieldProblem> listed =
                problems.size() > MAX_LISTED_ERRORS ? problems.subList(0, MAX_LISTED_ERRORS) : problems;
        String detail = listed.isEmpty()
                ? "The request is invalid."
                : listed.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "))
                        + (listed.size() < problems.size()
                                ? " (and " + (problems.size() - listed.size()) + " more problems)"
                                : "");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemTypes.INVALID_INPUT);
        problem.setTitle("Invalid request");
        problem.setProperties(Map.of("errors", List.copyOf(listed)));
        return problem;
    }

    /** Tomcat could not decode the query string (bad %-encoding): the parameter it names, when it is printable. */
    static ProblemDetail invalidQuery(InvalidParameterException e) {
        Matcher named = TOMCAT_PARAMETER.matcher(String.valueOf(e.getMessage()));
        String field = named.find() ? named.group(1) : "query";
        return problem(List.of(new FieldProblem(
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

    /** A value that does not convert to its parameter's type: what the parameter takes, and the value sent. */
    static FieldProblem of(TypeMismatchException ex) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        Class<?> type = ex.getRequiredType();
        ParameterValueException refused = causeOf(ex, ParameterValueException.class);
        if (refused != null) {
            return new FieldProblem(field, refused.getMessage());
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
        return new FieldProblem(field, message + " (was '" + ex.getValue() + "')");
    }

    /** A request body or form that failed validation: its fields' errors, then the whole object's. */
    static List<FieldProblem> of(MethodArgumentNotValidException ex) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return problems;
    }

    /** Method parameters that failed their constraints, each named by its request parameter. */
    static List<FieldProblem> of(HandlerMethodValidationException ex) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String field = parameterName(result.getMethodParameter());
            result.getResolvableErrors()
                    .forEach(error -> problems.add(new FieldProblem(field, error.getDefaultMessage())));
        });
        return problems;
    }

    /** Constraint violations, each named by the last node of its path, in the order of those names. */
    static List<FieldProblem> of(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
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
