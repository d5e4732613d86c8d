package org.hospitalatlas.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.hospitalatlas.extraction.ConsortiumFact;

/** How the parts every fact mapper shares are stored: confidence, partial dates, the years that are data. */
final class FactStorage {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private FactStorage() {}

    /** Whether {@code year} can be a year of data: "到2150年" style horizons are not. */
    static boolean plausibleYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** The extractor's confidence as stored: three decimals, above 0, at most 1. */
    static BigDecimal confidence(double value) {
        double clamped = Math.max(0.001, Math.min(1.0, value));
        return BigDecimal.valueOf(clamped).setScale(3, RoundingMode.HALF_UP);
    }

    /** A partial date as stored: its first day (its precision is stored beside it). */
    static LocalDate firstDay(ConsortiumFact.Established date) {
        return LocalDate.of(date.year(), date.month() == null ? 1 : date.month(), date.day() == null ? 1 : date.day());
    }
}
