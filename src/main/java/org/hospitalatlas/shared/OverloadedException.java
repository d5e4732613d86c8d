package org.hospitalatlas.shared;

import java.time.Duration;

/**
 * A request refused for want of capacity, not for what it asked: its client sent too many lately
 * ({@link Reason#RATE_LIMITED}), all workers are busy ({@link Reason#BUSY}), or the work ran past its deadline and
 * was stopped ({@link Reason#TIMED_OUT}). The same request may be sent again after {@link #retryAfter()}.
 */
public class OverloadedException extends RuntimeException {

    public enum Reason {
        RATE_LIMITED,
        BUSY,
        TIMED_OUT
    }

    private final Reason reason;
    private final String field;
    private final Duration retryAfter;

    public OverloadedException(Reason reason, String field, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
