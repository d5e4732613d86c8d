package org.hospitalatlas.review;

import org.hospitalatlas.shared.ParameterValueException;

/**
 * A fact's id as the path of {@code /api/v1/facts/{kind}/{id}/…} gives it: a positive whole number in decimal
 * digits, up to {@link Long#MAX_VALUE} (a number Spring's own conversion would also take as {@code 0x2A} or
 * {@code #2A}, which no client means).
 */
record FactId(long value) {

    static final String RULE = "must be a fact's id, a positive whole number";

    /**
     * Bound from the path by Spring's conversion (which looks for a public {@code valueOf}); refused with the value sent,
     * which the problem answer names as {@code id}.
     */
    public static FactId valueOf(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.matches("\\+?\\d{1,19}")) {
            try {
                long id = Long.parseLong(value);
                if (id > 0) {
                    return new FactId(id);
                }
            } catch (NumberFormatException e) {
                // past Long.MAX_VALUE: refused below
            }
        }
        throw new ParameterValueException(RULE + " (was " + ParameterValueException.quoted(value) + ")");
    }
}
