package org.hospitalatlas.shared;

import java.util.List;

/** Input the domain refuses; each {@link FieldError} names the offending field. */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "Invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
