package org.hospitalatlas.web;

/**
 * A query parameter's value its type cannot take, with the message a client reads (what is expected and what was
 * sent). Thrown by the {@code valueOf} of the parameter value types while a parameter record is bound; the problem
 * answer names the parameter and carries this message.
 */
public class ParameterValueException extends IllegalArgumentException {

    public ParameterValueException(String message) {
        super(message);
    }

    /** The value as it is quoted in a message: at most 40 characters. */
    static String quoted(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
