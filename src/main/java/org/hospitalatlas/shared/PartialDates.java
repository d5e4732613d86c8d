package org.hospitalatlas.shared;

import java.time.LocalDate;

/** A date stored as its first day and a precision ("year", "month", "day"), written as precisely as it is known. */
public final class PartialDates {

    private PartialDates() {}

    /** "2019", "2019-12" or "2019-12-20"; null when there is no date. */
    public static String format(LocalDate firstDay, String precision) {
        if (firstDay == null || precision == null) {
            return null;
        }
        return switch (precision) {
            case "year" -> String.valueOf(firstDay.getYear());
            case "month" -> "%d-%02d".formatted(firstDay.getYear(), firstDay.getMonthValue());
            default -> firstDay.toString();
        };
    }
}
