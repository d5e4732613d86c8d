package org.hospitalatlas.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.hospitalatlas.shared.ParameterValueException;

/**
 * {@code updated_since}: an ISO-8601 instant with its offset (2024-05-01T08:00:00Z or …+08:00); what was added or
 * changed after it.
 */
public record UpdatedSince(OffsetDateTime instant) {

    /** Bound from a query parameter; null when blank. */
    public static UpdatedSince valueOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            OffsetDateTime since = OffsetDateTime.parse(value);
            if (since.getYear() >= QueryParameters.FIRST_YEAR && since.getYear() <= QueryParameters.LAST_YEAR + 100) {
                return new UpdatedSince(since);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new ParameterValueException(
                "must be an ISO-8601 instant with Z or an offset, like 2024-05-01T08:00:00Z (was "
                        + ParameterValueException.quoted(value) + ")");
    }

    /** The instant, or null when the parameter was absent. */
    public static OffsetDateTime instantOf(UpdatedSince since) {
        return since == null ? null : since.instant();
    }
}
