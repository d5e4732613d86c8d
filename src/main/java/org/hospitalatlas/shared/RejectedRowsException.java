package org.hospitalatlas.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A file refused as a whole because some of its rows are bad: how many, and the first of them with their line
 * numbers (the header is line 1). As an {@link InvalidInputException} its field errors are a summary under
 * {@code file} followed by one {@code line N} entry per listed row, so it reads as a plain validation failure
 * wherever no more specific mapping exists.
 */
public class RejectedRowsException extends InvalidInputException {

    /** One rejected row: its line in the file and what is wrong with it. */
    public record RejectedRow(long line, String reason) {}

    private final long rejectedCount;
    private final List<RejectedRow> listed;

    public RejectedRowsException(long rejectedCount, long rowsRead, List<RejectedRow> listed) {
        super(fieldErrors(rejectedCount, rowsRead, listed));
        this.rejectedCount = rejectedCount;
        this.listed = List.copyOf(listed);
    }

    /** How many rows were rejected in all; at least {@code listed().size()}. */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** The first rejected rows, by line. */
    public List<RejectedRow> listed() {
        return listed;
    }

    private static List<FieldError> fieldErrors(long rejectedCount, long rowsRead, List<RejectedRow> listed) {
        List<FieldError> errors = new ArrayList<>(listed.size() + 1);
        String of = rowsRead > 0 ? " of " + rowsRead : "";
        String shown = listed.size() < rejectedCount ? "; the first " + listed.size() + " are listed" : "";
        errors.add(new FieldError("file", rejectedCount + of + " rows rejected, nothing was imported" + shown));
        for (RejectedRow row : listed) {
            errors.add(new FieldError("line " + row.line(), row.reason()));
        }
        return errors;
    }
}
