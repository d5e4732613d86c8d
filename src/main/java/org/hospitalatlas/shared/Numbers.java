package org.hospitalatlas.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as clients should see them: 1200, not 1200.000000 or 1.2E+3. */
public final class Numbers {

    private Numbers() {}

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Percentage change from {@code previous} to {@code current}, two decimals; null when undefined. */
    public static BigDecimal changePercent(BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null || previous.signum() == 0) {
            return null;
        }
        return plain(current.subtract(previous)
                .multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), 2, RoundingMode.HALF_UP));
    }
}
