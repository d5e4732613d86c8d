package org.hospitalatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a figure say of it beyond its indicator: a day's figure or two grades of staff counted
 * together, a former state, the time of the founding, figures of the institutions helped, a round milestone passed
 * before the exact figure, a part of the figure before it, a bare number that counts only alone or in a table cell.
 */
final class FigureWording {

    private FigureWording() {}

    /**
     * "12家医院共派出…": the figures after it are the sum of several hospitals' (not "与5家医疗机构共建…", partners, nor
     * 共同, 共享).
     */
    private static final Pattern MANY_TOGETHER = Pattern.compile(
            "[0-9一二三四五六七八九十两]+\\s*家[^，,。；;]{0,8}?" + "(?:医院|医疗机构|单位|卫生院)[^，,。；;]{0,4}?(?:共(?![建同享识赢])|累计|合计|总计)");

    /** A word that brings a sentence back to one hospital, after words that spoke of others or of a part. */
    private static final Pattern ONE_HOSPITAL = Pattern.compile("医院|该院|我院|本院|全院");

    /** The figure is the sum of several hospitals' ("12家医院共派出…，门诊接诊患者10258人次"), no one hospital named after it. */
    static boolean isOfManyHospitals(String text, TextSegmenter segments, Quantity q) {
        TextSegmenter.Span sentence = segments.sentenceOf(q.start());
        return lastWithNoHospitalAfter(MANY_TOGETHER, '家', text, sentence.start(), q.start());
    }

    /**
     * {@code words} stand in text[from, to), and no word of one hospital follows their last match; {@code literal} is
     * a character every match holds, looked for first (this runs for each figure).
     */
    static boolean lastWithNoHospitalAfter(Pattern words, char literal, String text, int from, int to) {
        int at = text.indexOf(literal, from);
        if (at < 0 || at >= to) {
            return false;
        }
        String before = text.substring(from, to);
        Matcher m = words.matcher(before);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && !ONE_HOSPITAL.matcher(before.substring(last)).find();
    }

    /** The time of a founding or of a predecessor: the figures after it are history, not the hospital today. */
    private static final Pattern THEN =
            Pattern.compile("当时(?!间)|(?:建院|成立|始建|创建|创办|创院|组建|开院|开业)(?:时(?!间)|之时|之初|初期)|解放初期");

    /** "门诊日接待量", "单日最高门急诊量", "日均门诊": a day's figure, not a year's. */
    private static final Pattern DAILY = Pattern.compile("(?:单|每|当)日|(?<![0-9０-９一二三四五六七八九十])日(?:均|最高|平均|接待|接诊|门诊)");
    /** "中、高级职称", "中高级专业技术人员": middle and senior grades together are no count of senior staff. */
    private static final Pattern MIDDLE_AND = Pattern.compile("(?<![其之当])中[、和及]?$");

    /** The figure is a day's (its indicator or the words up to it say so), or counts two grades of staff together. */
    static boolean isDailyOrMidLevel(String text, PhraseMatcher.Match<String> alias, Quantity q) {
        int from = Math.min(alias.start(), q.start());
        int to = Math.max(alias.end(), q.start());
        if (DAILY.matcher(text.substring(Math.max(0, from - 4), to)).find()) {
            return true;
        }
        return alias.value().equals("senior_title_staff")
                && MIDDLE_AND
                        .matcher(text.substring(Math.max(0, alias.start() - 2), alias.start()))
                        .find();
    }

    /** "医院原来占地面积只有40亩", "老的X医院占地面积只有46亩": the figure of a former state, in its own clause. */
    private static final Pattern FORMERLY = Pattern.compile("原来|原先|以前|从前|老的|原(?:占地|址|院址|院区)");

    /**
     * The sentence speaks of a former state up to the figure ("老的X医院占地面积只有46亩，床位150张"), unless it goes on to
     * today's ("由原来的200张增加到700张", "原来…只有40亩，现已整体搬迁，新医院占地面积176亩").
     */
    private static boolean isFormerState(String beforeInSentence) {
        Matcher m = FORMERLY.matcher(beforeInSentence);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0
                && !NOW_REACHED.matcher(beforeInSentence.substring(last)).find();
    }

    private static final Pattern NOW_REACHED = Pattern.compile("到|至|达|现|新|后|目前|如今|扩大|增加|增长");

    /** "帮助乡镇卫生院开展新技术二十余项": a figure of the institutions helped, not of the helper. */
    private static final Pattern ON_BEHALF =
            Pattern.compile("(?:帮助|协助|指导|帮扶|支持|带动)(?!下)[^，,；;。]{0,14}?(?:开展|建成|新增|引进)");

    /**
     * The figure speaks of others or of the past: of the institutions its hospital helps, of a former state, of the
     * time of the founding.
     */
    static boolean isOfOthersOrThePast(String text, TextSegmenter segments, Quantity q) {
        TextSegmenter.Span figureClause = segments.clauseOf(q.start());
        String beforeInClause = text.substring(figureClause.start(), q.start());
        TextSegmenter.Span figureSentence = segments.sentenceOf(q.start());
        if (ON_BEHALF.matcher(beforeInClause).find()
                || isFormerState(text.substring(figureSentence.start(), q.start()))) {
            return true;
        }
        // "当时，医院…病床136张", "1953年建院时只有35张病床": the figures of the founding
        return THEN.matcher(text.substring(figureSentence.start(), Math.max(figureSentence.start(), q.start())))
                .find();
    }

    /** Between a figure and the next: a bracket opened by 包括/含/其中 that is still open. */
    private static final Pattern INSIDE_PART_BRACKET = Pattern.compile("^\\s*[（(](?:包括|包含|含|内含|其中)[^（()）]*$");

    /** The figure, in brackets right after a figure of the same code and hospital, names a part of it. */
    static boolean isPartOfPrevious(
            String text, IndicatorFact fact, Quantity q, IndicatorFact previous, Quantity previousQuantity) {
        return previous != null
                && previous.code().equals(fact.code())
                && previous.hospital().equals(fact.hospital())
                && previousQuantity.end() <= q.start()
                && INSIDE_PART_BRACKET
                        .matcher(text.substring(previousQuantity.end(), q.start()))
                        .find();
    }

    /** A cell's line: "label | value |", its label in the catalogue's unit (no 万, 亿 or 千 scaling it). */
    private static final Pattern TABLE_ROW =
            Pattern.compile("^[\\s|｜]*[\\u4e00-\\u9fa5][^|｜\\t\\n万亿千]{1,30}?[\\s]*[|｜\\t][\\s|｜\\t]*$");

    /** A bare number alone in a table cell, after the row's label on the same line ("住院次均费用 | 8192.82"). */
    static boolean isTableCell(String text, Quantity q) {
        int lineStart = text.lastIndexOf('\n', q.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', q.end());
        String rest = text.substring(q.end(), lineEnd < 0 ? text.length() : lineEnd);
        String before = text.substring(lineStart, q.start());
        if (before.isBlank() && rest.isBlank() && lineStart > 0) {
            // "平均住院日（天）⏎⏎7.8": a table flattened one cell a line, its label on the line above
            String above = text.substring(0, lineStart - 1).stripTrailing();
            return LABEL_LINE
                    .matcher(above.substring(above.lastIndexOf('\n') + 1))
                    .matches();
        }
        return TABLE_ROW.matcher(before).matches() && rest.matches("[\\s|｜\\t]*");
    }

    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*[\\u4e00-\\u9fa5][^0-9０-９|｜\\t万亿千。，,；;]{1,20}$");

    /** A figure without unit counts only when nothing follows it in the clause ("门诊人次248.4万，"). */
    static boolean standsAlone(String text, Quantity q) {
        if (q.end() >= text.length()) {
            return true;
        }
        char next = text.charAt(q.end());
        return IndicatorAttachments.CLAUSE_BREAKS.indexOf(next) >= 0
                || next == '、'
                || Character.isWhitespace(next)
                || next == '）'
                || next == ')';
    }

    /** "首次突破200万，达到206.3万": the round milestone is not a figure when the exact one follows. */
    static boolean isPassedMilestone(String text, Quantity q) {
        if (q.qualifier() != Qualifier.AT_LEAST) {
            return false;
        }
        String before = text.substring(Math.max(0, q.start() - 4), q.start());
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 8));
        return before.contains("突破") && EXACT_FOLLOWS.matcher(after).find();
    }

    private static final Pattern EXACT_FOLLOWS = Pattern.compile("^[，,]\\s*(?:达到|达|增至|为)\\s*[0-9０-９]");

    /** "门诊时间上午8:00": a time of day, not a count. */
    static boolean isClockTime(String text, Quantity q) {
        String before = text.substring(Math.max(0, q.start() - 4), q.start());
        return CLOCK_AFTER.matcher(text).region(q.end(), text.length()).lookingAt()
                || CLOCK_BEFORE.matcher(before).find();
    }

    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s*[:：]\\s*[0-9０-９]{2}");
    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?:上午|下午|晚上|凌晨)\\s*$");

    /** "截至2023年底，宁南医院共完成门急诊量187.78万人次": a total since some start, not a year's figure. */
    static boolean isTotalSinceStart(String text, TextSegmenter.Span sentence, Quantity q) {
        String before = text.substring(sentence.start(), q.start());
        Matcher until = UNTIL.matcher(before);
        if (!until.find() || IN_THE_YEAR.matcher(before).find()) {
            return false;
        }
        // "截至2023年底，A共开展新技术30项，开放床位3500张": only the clause that says 共 is a total
        int clause = Math.max(until.end(), lastClauseBreak(before) + 1);
        return TOTAL_DONE.matcher(before).region(clause, before.length()).find();
    }

    private static int lastClauseBreak(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if ("，,；;".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern UNTIL = Pattern.compile("截至|截止");
    private static final Pattern TOTAL_DONE = Pattern.compile("共(?:计)?(?:完成|接诊|收治|诊治|开展|服务)");
    private static final Pattern IN_THE_YEAR = Pattern.compile("全年|当年|本年|年度");
}
