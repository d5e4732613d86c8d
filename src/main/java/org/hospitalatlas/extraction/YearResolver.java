package org.hospitalatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which year a figure belongs to, preferring no year to a guessed one:
 *
 * <ol>
 *   <li>the nearest year stated earlier in its paragraph (its own sentence first), skipping comparison bases
 *       (比2021年, 较上年, 与2020年相比) and founding years (始建于1944年);
 *   <li>a present-tense marker (目前, 现有) after that year, or with no year at all, means "at writing time": the
 *       publication year;
 *   <li>else the year of the nearest heading above the paragraph that states one ("二、2022年运行情况", a title such
 *       as "2022年度工作报告"); datelines are not headings;
 *   <li>else null.
 * </ol>
 *
 * Relative forms (今年, 去年, 上年) count from the publication date; 当年/同年/同期 repeat the last year stated.
 */
final class YearResolver {

    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9０-９.])(?<y>(?:19|20)[0-9]{2})\\s*年(?!代|龄|度?以前)|(?<rel>今年|本年|去年|上年|前年|明年|当年|同年|同期)");
    private static final Pattern HISTORY =
            Pattern.compile("始建|创建|创立|建院|建于|创办|始于|前身|成立于|成立以来|建立于|组建于|开业于|更名|改名|一分为二|迁址|迁至|追溯|历史|沿革|历经");
    private static final Pattern PRESENT = Pattern.compile("目前|如今|现有|现已|至今|当前|现在|由原来|由原先|从原来");
    private static final StartChars YEAR_STARTS = StartChars.of(YEAR);
    private static final StartChars HISTORY_STARTS = StartChars.of(HISTORY);
    private static final StartChars PRESENT_STARTS = StartChars.of(PRESENT);
    /** "2013年的198张": a year that dates the figure right after it, whatever history the sentence tells. */
    private static final Pattern DATES_NEXT_FIGURE = Pattern.compile("^\\s*的\\s*[0-9０-９]"
            // "医院始建于1950年，2022年门急诊量50万人次": a year right before the term of a yearly figure
            // (the figure's own term: 门诊楼, 住院大楼, 手术室 are buildings of a history)
            + "|^\\s*(?:度)?(?:全年|全院)?(?:门急诊(?:量|人次|总量)|门诊(?:量|人次|总量)|急诊(?:量|人次)|出院(?:人次|人数|患者|病人)"
            + "|住院(?:人次|人数|患者)|手术(?:量|台次|例数)|业务收入|总收入|医疗收入)");
    /** Words right before a year that make it the base of a comparison, not the year of the figure. */
    private static final Pattern COMPARISON_BEFORE = Pattern.compile("(?:比|较|与|相对于|对比)\\s*$");
    /** Words right after a year that make it a comparison base ("2021年相比", "2021年同期"). */
    private static final Pattern COMPARISON_AFTER = Pattern.compile("^\\s*(?:相比|比较|同期相比|同期比)");

    private static final Pattern DATELINE = Pattern.compile("[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日");

    private record Mention(int start, int end, Integer year, boolean historical, boolean comparison) {}

    private final String text;
    private final TextSegmenter segments;
    private final LocalDate publishedOn;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Integer> presentMarkers = new ArrayList<>();
    /** Per paragraph: the year its nearest heading (itself included) states, or null. */
    private final List<Integer> headingYears = new ArrayList<>();
    /** The year the document states most often (comparison bases and history aside), or null. */
    private final Integer reportingYear;
    /** The dateline's year, else the year of the notice's own number, or null. */
    private final Integer publicationYear;

    YearResolver(String text, TextSegmenter segments, LocalDate publishedOn) {
        this.text = text;
        this.segments = segments;
        this.publishedOn = publishedOn;
        this.publicationYear = publicationYear(text, publishedOn);
        readMentions();
        readPresentMarkers();
        this.reportingYear = mostStated(mentions);
        readHeadingYears();
    }

    /** Every year the text states, with whether it is history or a comparison base; relative ones resolved. */
    private void readMentions() {
        Matcher m = YEAR.matcher(text);
        Integer previous = null;
        // the years of one sentence share its reading of history
        TextSegmenter.Span historySentence = null;
        boolean historyStated = false;
        int from = 0;
        while (YEAR_STARTS.find(m, text, from)) {
            from = m.end();
            Integer year;
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
            boolean comparison = COMPARISON_BEFORE.matcher(before).find()
                    || COMPARISON_AFTER.matcher(after).find();
            if (m.group("y") != null) {
                year = Integer.valueOf(m.group("y"));
            } else {
                String rel = m.group("rel");
                if (rel.equals("同期") && (comparison || before.endsWith("年") || before.endsWith("上"))) {
                    continue; // 上年同期: part of a comparison
                }
                year = relative(rel, previous);
            }
            TextSegmenter.Span sentence = segments.sentenceOf(m.start());
            if (!sentence.equals(historySentence)) {
                historySentence = sentence;
                historyStated = HISTORY_STARTS.foundIn(text.substring(sentence.start(), sentence.end()));
            }
            boolean historical =
                    historyStated && !DATES_NEXT_FIGURE.matcher(after).find();
            mentions.add(new Mention(m.start(), m.end(), year, historical, comparison));
            if (year != null && !historical && !comparison) {
                previous = year;
            }
        }
    }

    /** Where the text says "now" (目前, 现有, 由原来…). */
    private void readPresentMarkers() {
        Matcher p = PRESENT.matcher(text);
        int from = 0;
        while (PRESENT_STARTS.find(p, text, from)) {
            from = p.end();
            presentMarkers.add(p.start());
        }
    }

    /** The year stated most often (comparison bases and history aside), the later one on a tie; or null. */
    private static Integer mostStated(List<Mention> mentions) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Mention mention : mentions) {
            if (mention.year() != null && !mention.historical() && !mention.comparison()) {
                counts.merge(mention.year(), 1, Integer::sum);
            }
        }
        Integer most = null;
        for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (most == null
                    || e.getValue() > counts.get(most)
                    || (e.getValue().equals(counts.get(most)) && e.getKey() > most)) {
                most = e.getKey();
            }
        }
        return most;
    }

    /** Per paragraph, the year of the nearest heading above it (itself included) that states one; datelines aside. */
    private void readHeadingYears() {
        Integer current = null;
        List<TextSegmenter.Span> paragraphs = segments.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            TextSegmenter.Span paragraph = paragraphs.get(i);
            if (segments.isHeading(i)) {
                String heading = text.substring(paragraph.start(), paragraph.end());
                Integer stated =
                        DATELINE.matcher(heading).find() ? null : firstYearIn(paragraph.start(), paragraph.end());
                if (stated != null) {
                    current = stated;
                }
            }
            headingYears.add(current);
        }
    }

    /**
     * A notice's number under its title ("国中医药医政函〔2012〕7号", "[2019]15号"): the year it was issued in, which
     * dates what it announces when the text carries no dateline.
     */
    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[〔\\[［【(（]\\s*(?<y>(?:19|20)[0-9]{2})\\s*[〕\\]］】)）]\\s*(?:第\\s*)?[0-9０-９]{1,4}\\s*号");
    /** Document numbers sit under the title, not in a reference further down. */
    private static final int HEAD_LENGTH = 300;

    /** Year of publication (the dateline, else the year of the notice's own number), or null. */
    Integer publicationYear() {
        return publicationYear;
    }

    /** Read once: every designation and figure asks for it. */
    private static Integer publicationYear(String text, LocalDate publishedOn) {
        if (publishedOn != null) {
            return publishedOn.getYear();
        }
        Matcher number = DOCUMENT_NUMBER.matcher(text.substring(0, Math.min(text.length(), HEAD_LENGTH)));
        return number.find() ? Integer.valueOf(number.group("y")) : null;
    }

    /** Years stated inside [start, end), e.g. for a designation or a founding date. */
    Integer firstYearIn(int start, int end) {
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.start() >= start && m.start() < end && !m.historical() && !m.comparison() && m.year() != null) {
                return m.year();
            }
        }
        return null;
    }

    /** The year a figure at {@code offset} belongs to, or null when the document gives no way to tell. */
    Integer resolve(int offset) {
        TextSegmenter.Span sentence = segments.sentenceOf(offset);
        int p = segments.paragraphIndexOf(offset);
        int sectionStart = segments.paragraphOf(offset).start();
        // the paragraph, else the paragraphs before it under the same heading
        for (int i = p - 1; i >= 0 && !segments.isHeading(i); i--) {
            sectionStart = segments.paragraphs().get(i).start();
        }
        Mention last = null;
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.start() >= offset) {
                break;
            }
            if (m.start() >= sectionStart && !m.historical() && !m.comparison() && m.year() != null) {
                last = m;
            }
        }
        if (last != null) {
            boolean inSentence = last.start() >= sentence.start();
            if (!inSentence && presentMarkerBetween(last.end(), offset)) {
                return presentYear(); // "目前…": now, which an undated text does not tell
            }
            return last.year();
        }
        if (publishedOn != null && presentMarkerBetween(sentence.start(), offset)) {
            return presentYear();
        }
        Integer heading = p >= 0 ? headingYears.get(p) : null;
        // nothing closer frames the figure: the dateline does (the text's publication date)
        return heading != null ? heading : presentYear();
    }

    /**
     * The year "now" stands for: the publication year, except in a review published in the first quarter about the
     * year just ended (the year it states most is the previous one), where "如今/现有" is the state at that year's end.
     */
    Integer presentYear() {
        if (publishedOn == null) {
            return null;
        }
        int year = publishedOn.getYear();
        if (publishedOn.getMonthValue() <= 3 && reportingYear != null && reportingYear == year - 1) {
            return year - 1;
        }
        return year;
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
        if (rel.equals("当年") || rel.equals("同年") || rel.equals("同期")) {
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
