package org.hospitalatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date a sentence gives for a consortium's establishment, as precise as the text is. */
final class ConsortiumDates {

    private ConsortiumDates() {}

    private static final Pattern DATE = Pattern.compile(
            "(?:(?<y>(?:19|20)[0-9]{2})\\s*年|(?<rel>今年|当年|去年|本年))?\\s*(?:(?<m>[0-9]{1,2})\\s*月\\s*(?:(?<d>[0-9]{1,2})\\s*日)?)?");

    /** The most precise date the sentence gives: 2021年6月 → month, 当年12月29日 → day (year from context). */
    static ConsortiumFact.Established dateIn(String s, int offset, YearResolver years) {
        Matcher m = DATE.matcher(s);
        ConsortiumFact.Established best = null;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            Integer year = null;
            if (m.group("y") != null) {
                year = Integer.valueOf(m.group("y"));
            } else if (m.group("rel") != null || m.group("m") != null) {
                year = years.resolve(offset + m.start());
            }
            if (year == null) {
                continue;
            }
            Integer month = m.group("m") == null ? null : Integer.valueOf(m.group("m"));
            Integer day = m.group("d") == null ? null : Integer.valueOf(m.group("d"));
            if (month != null && (month < 1 || month > 12)) {
                continue;
            }
            if (day != null && (day < 1 || day > 31)) {
                day = null;
            }
            String precision = day != null ? "day" : month != null ? "month" : "year";
            ConsortiumFact.Established e = new ConsortiumFact.Established(year, month, day, precision);
            if (best == null || rank(precision) > rank(best.precision())) {
                best = e;
            }
        }
        return best;
    }

    private static int rank(String precision) {
        return switch (precision) {
            case "day" -> 3;
            case "month" -> 2;
            default -> 1;
        };
    }
}
