package org.hospitalatlas.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the dateline of a document: a full date ("2022-06-05 19:48", "2022 年 1 月 29 日") near its top. */
public final class PublicationDateDetector {

    /** Datelines sit under the title; a date further down is an event in the story. */
    private static final int HEAD_LENGTH = 600;

    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(?<y>(?:19|20)[0-9]{2})\\s*(?:年|-|/|\\.)\\s*(?<m>[0-9]{1,2})\\s*(?:月|-|/|\\.)\\s*(?<d>[0-9]{1,2})(?![0-9])\\s*(?<day>日)?");

    /** Words of a hospital's history right before a date: the date is when it was founded, opened or renamed. */
    private static final Pattern HISTORY_BEFORE =
            Pattern.compile("(?:始建|创建|创立|创办|建院|建于|成立|组建|开业|开院|始于|更名|改名|前身|落成|奠基)(?:于|时间为|日期为|时间|日期)?[:：\\s]*$");

    private static final StartChars DATE_STARTS = StartChars.of(DATE);

    private PublicationDateDetector() {}

    public static Optional<LocalDate> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> top = firstDate(text.substring(0, Math.min(text.length(), HEAD_LENGTH)));
        if (top.isPresent()) {
            return top;
        }
        Optional<LocalDate> dayFirst = dayFirst(text.substring(0, Math.min(text.length(), HEAD_LENGTH)));
        if (dayFirst.isPresent()) {
            return dayFirst;
        }
        return signOff(text);
    }

    /**
     * Reports often end with the issuer and a date on a line of its own ("湖州市中医院\n2023年3月15日"); a notice may
     * carry its attachment after that line. The last line that holds nothing but a date is the sign-off.
     */
    private static Optional<LocalDate> signOff(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            Matcher m = DATE.matcher(line);
            if (!line.isEmpty() && DATE_STARTS.find(m, line, 0) && m.start() == 0 && m.end() == line.length()) {
                Optional<LocalDate> date = firstDate(line);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** "17.08.2017  20:37": day, month, year, as some aggregators print a dateline. */
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?<![0-9.])(?<d>[0-9]{1,2})\\.(?<m>[0-9]{1,2})\\.(?<y>(?:19|20)[0-9]{2})(?![0-9.])");

    private static final StartChars DAY_FIRST_STARTS = StartChars.of(DAY_FIRST);

    private static Optional<LocalDate> dayFirst(String head) {
        Matcher m = DAY_FIRST.matcher(head);
        int from = 0;
        while (DAY_FIRST_STARTS.find(m, head, from)) {
            from = m.end();
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group("y")),
                        Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d"))));
            } catch (DateTimeException e) {
                // 31.02.2017 is no date
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstDate(String head) {
        Matcher m = DATE.matcher(head);
        int from = 0;
        while (DATE_STARTS.find(m, head, from)) {
            from = m.end();
            String separator = head.substring(m.end("y"), m.start("m")).strip();
            if (separator.equals("年") && m.group("day") == null) {
                continue; // 2021年6月3 without 日 is not a dateline
            }
            if (HISTORY_BEFORE
                    .matcher(head.substring(Math.max(0, m.start() - 8), m.start()))
                    .find()) {
                continue; // "医院创建于1940年10月21日": a founding date, not the day the text was published
            }
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group("y")),
                        Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d"))));
            } catch (DateTimeException | NumberFormatException e) {
                // 2021-13-45 is no date; keep looking
            }
        }
        return Optional.empty();
    }
}
