package org.hospitalatlas.web;

import org.hospitalatlas.shared.ParameterValueException;

/**
 * A year from {@value QueryParameters#FIRST_YEAR} to {@value QueryParameters#LAST_YEAR}, or {@link #LATEST} (each
 * hospital's latest year with a value), as {@code year=2021} or {@code year=latest}.
 *
 * @param year the year, null for the latest
 */
public record YearOrLatest(Integer year) {

    public static final YearOrLatest LATEST = new YearOrLatest(null);

    /** Bound from a query parameter; null when blank. */
    public static YearOrLatest valueOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.equalsIgnoreCase(QueryParameters.LATEST)) {
            return LATEST;
        }
        Integer year = Years.parse(value);
        if (year == null) {
            throw new ParameterValueException(
                    Years.RULE + " or 'latest' (was " + ParameterValueException.quoted(value) + ")");
        }
        return new YearOrLatest(year);
    }

    public boolean latest() {
        return year == null;
    }
}
