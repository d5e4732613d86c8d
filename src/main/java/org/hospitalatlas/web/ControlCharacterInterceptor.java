package org.hospitalatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.shared.ControlCharacters;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.InvalidInputException.FieldError;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses control characters in any request parameter before a controller sees it, so no parameter of any
 * endpoint reaches the database with a NUL (which PostgreSQL refuses with an error, a 500 before this).
 * One 400 names every offending parameter.
 */
class ControlCharacterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String problem = ControlCharacters.problem(name);
            if (problem != null) {
                errors.add(new FieldError(printable(name), "is not a valid parameter name: it " + problem));
                continue;
            }
            for (String value : parameter.getValue()) {
                problem = ControlCharacters.problem(value);
                if (problem != null) {
                    errors.add(new FieldError(name, problem));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return true;
    }

    /** The name with its control characters written as \\uXXXX, so the answer never echoes them raw. */
    private static String printable(String name) {
        StringBuilder printable = new StringBuilder(name.length() + 8);
        name.chars().forEach(c -> {
            if (c < 0x20) {
                printable.append(String.format("\\u%04x", c));
            } else {
                printable.append((char) c);
            }
        });
        return printable.toString();
    }
}
