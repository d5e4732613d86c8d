package org.hospitalatlas.shared;

/**
 * A request parameter's value (query or path) its type cannot take, with the message a client reads (what is expected
 * and what was sent). Thrown by the {@code valueOf} of the parameter value types while a request is bound — web's
 * ({@code YearOrLatest}, {@code MinConfidence}, {@code UpdatedSince}) and a module's own ({@code review}'s fact id) —
 * and the problem answer names the parameter and carries this message. Here rather than in {@code web} so that a
 * module's value type refuses a value without depending on the web layer.
 */
public class ParameterValueException extends IllegalArgumentException {

    public ParameterValueException(String message) {
        super(message);
    }

    /** The value as it is quoted in a message: at most 40 characters. */
    public static String quoted(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
