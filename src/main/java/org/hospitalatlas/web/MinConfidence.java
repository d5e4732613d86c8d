package org.hospitalatlas.web;

import java.math.BigDecimal;
import org.hospitalatlas.shared.ParameterValueException;

/**
 * The lowest confidence a fact may have to be answered, from 0 to 1 ({@code min_confidence=0.8}): plain decimals
 * only, no sign, exponent, NaN or grouping, which {@link BigDecimal} or {@link Double} would accept.
 */
public record MinConfidence(BigDecimal value) {

    /** Every fact: what an absent parameter means. */
    public static final MinConfidence ANY = new MinConfidence(BigDecimal.ZERO);

    /** Bound from a query parameter; null when blank. */
    public static MinConfidence valueOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        BigDecimal confidence = value.matches("\\d{1,3}(\\.\\d{0,12})?|\\.\\d{1,12}") ? new BigDecimal(value) : null;
        if (confidence == null || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new ParameterValueException(
                    "must be a number from 0 to 1 (was " + ParameterValueException.quoted(value) + ")");
        }
        return new MinConfidence(confidence);
    }

    /** The confidence asked for, 0 (every fact) when absent. */
    public static BigDecimal orAny(MinConfidence confidence) {
        return confidence == null ? BigDecimal.ZERO : confidence.value();
    }
}
