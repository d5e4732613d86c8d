package org.hospitalatlas.shared;

/**
 * A write could not get what it needed from the database in time (a lock held by another write, a deadlock it
 * lost); nothing was changed and the same request may simply be sent again.
 */
public class BusyException extends RuntimeException {

    private final String field;

    public BusyException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
