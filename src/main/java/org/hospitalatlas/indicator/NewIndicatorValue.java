package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A figure read from a document, ready to be stored; refers to hospital and document by id. */
public record NewIndicatorValue(
        long hospitalId,
        String code,
        int year,
        String kind,
        BigDecimal value,
        String qualifier,
        boolean target,
        long documentId,
        int start,
        int end,
        String quote,
        BigDecimal confidence) {

    /** Decimal places of {@code indicator_value.value}, numeric(24,6): a value is stored rounded to these. */
    public static final int STORED_SCALE = 6;

    /** Whole-number digits {@code indicator_value.value} holds: a value of 10^18 or more does not fit. */
    public static final int STORED_INTEGER_DIGITS = 18;

    private static final BigDecimal STORED_LIMIT = BigDecimal.TEN.pow(STORED_INTEGER_DIGITS);

    /** Whether {@code value}, rounded to {@value #STORED_SCALE} places, fits numeric(24,6). */
    public static boolean fitsStoredRange(BigDecimal value) {
        if (value == null) {
            return false;
        }
        if (value.precision() - value.scale() > STORED_INTEGER_DIGITS + 1) {
            return false; // far too large: decided before rounding builds a number of that many digits
        }
        return stored(value).abs().compareTo(STORED_LIMIT) < 0;
    }

    /** {@code value} as the column keeps it: rounded half up to {@value #STORED_SCALE} decimal places. */
    public static BigDecimal stored(BigDecimal value) {
        if (value.precision() - value.scale() < -STORED_SCALE) {
            // below 10^-7: zero once rounded, without building 10^scale to divide by (a scale may be a million)
            return BigDecimal.ZERO.setScale(STORED_SCALE);
        }
        return value.setScale(STORED_SCALE, RoundingMode.HALF_UP);
    }
}
