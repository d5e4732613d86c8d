package org.hospitalatlas.shared;

/** A request body the service will not take: too large, binary, or not UTF-8 text. */
public class RejectedContentException extends RuntimeException {

    public enum Reason {
        TOO_LARGE,
        NOT_TEXT
    }

    private final Reason reason;

    public RejectedContentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
