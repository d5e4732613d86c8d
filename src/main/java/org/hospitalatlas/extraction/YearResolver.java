package org.hospitalatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which year a figure belongs to: a year stated earlier in its sentence, else the nearest one earlier in its
 * paragraph, else — for a document with a known publication date — the latest reporting year. Founding years
 * (始建于1944年) are history, never the year of a figure. A present-tense marker (目前, 如今, 现有) after the last
 * stated year means the figure describes the state at writing time, when that time is known.
 */
final class YearResolver {

    private static final Pattern YEAR =
            Pattern.compile("(?<![0-9０-９.])(?<y>(?:19|20)[0-9]{2})\\s*年(?!代|龄|度?以前)|(?<rel>今年|本年|去年|上年|前年|明年|当年)");
    private static final Pattern HISTORY = Pattern.compile("始建|创建|创立|建院|建于|创办|始于");
    private static final Pattern PRESENT = Pattern.compile("目前|如今|现有|现已|至今|当前|现在");

    private record Mention(int start, int end, Integer year, boolean historical) {}

    private final TextSegmenter segments;
    private final LocalDate publishedOn;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Integer> presentMarkers = new ArrayList<>();

    YearResolver(String text, TextSegmenter segments, LocalDate publishedOn) {
        this.segments = segments;
        this.publishedOn = publishedOn;
        Matcher m = YEAR.matcher(text);
        Integer previous = null;
        while (m.find()) {
            Integer year;
            if (m.group("y") != null) {
                year = Integer.valueOf(m.group("y"));
            } else {
                String rel = m.group("rel");
                char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
                if (rel.equals("上年") || rel.equals("去年")) {
                    if (before == '比' || before == '较' || before == '于') {
                        continue; // 比上年增长: a comparison, not the figure's year
                    }
                }
                year = relative(rel, previous);
            }
            TextSegmenter.Span sentence = segments.sentenceOf(m.start());
            boolean historical = HISTORY.matcher(text.substring(sentence.start(), sentence.end()))
                    .find();
            mentions.add(new Mention(m.start(), m.end(), year, historical));
            if (year != null && !historical) {
                previous = year;
            }
        }
        Matcher p = PRESENT.matcher(text);
        while (p.find()) {
            presentMarkers.add(p.start());
        }
    }

    /** Year of publication, or null. */
    Integer publicationYear() {
        return publishedOn == null ? null : publishedOn.getYear();
    }

    /** Years stated inside [start, end), e.g. for a designation or a founding date. */
    Integer firstYearIn(int start, int end) {
        for (Mention m : mentions) {
            if (m.start() >= start && m.start() < end && !m.historical() && m.year() != null) {
                return m.year();
            }
        }
        return null;
    }

    /** The year a figure at {@code offset} belongs to, or null when the document gives no way to tell. */
    Integer resolve(int offset) {
        TextSegmenter.Span sentence = segments.sentenceOf(offset);
        TextSegmenter.Span paragraph = segments.paragraphOf(offset);
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) {
                break;
            }
            if (m.start() >= paragraph.start() && !m.historical()) {
                last = m;
            }
        }
        if (last == null) {
            return presentYear();
        }
        boolean inSentence = last.start() >= sentence.start();
        if (!inSentence && publishedOn != null && presentMarkerBetween(last.end(), offset)) {
            return presentYear();
        }
        return last.year();
    }

    /**
     * The reporting year "now" stands for: reviews published in the first quarter describe the year just ended.
     */
    Integer presentYear() {
        if (publishedOn == null) {
            return null;
        }
        return publishedOn.getMonthValue() <= 3 ? publishedOn.getYear() - 1 : publishedOn.getYear();
    }

    private boolean presentMarkerBetween(int from, int to) {
        for (int p : presentMarkers) {
            if (p >= from && p < to) {
                return true;
            }
        }
        return false;
    }

    private Integer relative(String rel, Integer previous) {
        if (rel.equals("当年")) {
            return previous;
        }
        if (publishedOn == null) {
            return null;
        }
        int y = publishedOn.getYear();
        return switch (rel) {
            case "去年", "上年" -> y - 1;
            case "前年" -> y - 2;
            case "明年" -> y + 1;
            default -> y;
        };
    }
}
