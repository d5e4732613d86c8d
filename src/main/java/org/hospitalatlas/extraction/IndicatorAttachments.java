package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which indicator word a figure belongs to: the nearest one before it in the same clause ("出院人次14.2万"), unless a
 * clause break, an average or total, a change, a conjunction or another figure of that word stands in between; or one
 * right after it ("12个国家临床重点专科", "11个专科被评为省级临床重点专科"). A region word (全县, 乡镇卫生院) claims
 * the figures after it as the subject of its clause.
 */
final class IndicatorAttachments {

    /** The indicator word a figure is attached to; {@code following} when it comes after the figure. */
    record Attachment(PhraseMatcher.Match<String> alias, boolean following) {}

    static final String CLAUSE_BREAKS = "，,；;：:。！？!?";
    private static final Pattern FOLLOWING_DESIGNATION =
            Pattern.compile("^[^，,；;。：:]{0,6}?(?:被评为|被列为|被确定为|获评|评为|入选|列入|成为|获批)(?:为)?");

    private static final Pattern LABEL_COLON = Pattern.compile("\\s*[：:]\\s*");
    private static final Pattern AVERAGE_OR_TOTAL_BEFORE = Pattern.compile("年均|累计|平均每年|每年平均|历年");
    /** A change stated without its new level: "降低0.3天", "增加200张" (a percentage is a yoy change, read elsewhere). */
    private static final Pattern ABSOLUTE_CHANGE = Pattern.compile("(?:降低|减少|缩短|增加|提高|下降|上升|增长|新增|净增)(?:了)?\\s*$");

    /** "6个(骨伤科、儿科)省级中医重点专科": the figure's items may be listed in brackets before the indicator word. */
    private static final Pattern RIGHT_AFTER = Pattern.compile("^\\s*(?:[（(][^（()）。；;]{1,60}[）)])?\\s*(?:的)?");

    /** "新增…3个，总数达到16个": a clause that gives the total of the previous clause's indicator. */
    private static final Pattern TOTAL_CLAUSE =
            Pattern.compile("^(?:其)?(?:总数|总量|总计|累计|合计|共计)(?:已)?(?:达到|达|为|增至|增加到)?\\s*$");
    /** A year-on-year clause with no indicator of its own: "同比增长 5.14%", "较2021年增长12.4%". */
    private static final Pattern YOY_CLAUSE = Pattern.compile("^(?:同比|较|比)");

    private static final Pattern CONJUNCTION = Pattern.compile("^(?:[和及与]|以及)");

    /**
     * "由58分钟缩短至31分钟", "由500张增至800张": the first figure is the old value of the same indicator, not another
     * one's.
     */
    private static final Pattern CHANGED_TO =
            Pattern.compile("(?:降|降低|减|减少|缩短|缩减|压缩|提高|提升|升|增|增加|增长|上升|下降|扩大|扩展|扩充|发展)(?:至|到)");

    private static final Pattern TIME_PHRASE = Pattern.compile(
            "(?:截至|截止|到)?(?:(?:19|20)[0-9]{2}\\s*年|今年|去年|上年|当年|同期|全年)(?:[0-9一二三四五六七八九十至]+月)?(?:底|末|以来|上半年|下半年|初)?[，,]?|目前[，,]?|其中[，,]?");
    private static final Pattern NOT_SUBJECT_END = Pattern.compile("[向为对给到和与及从在于低高比较]$|帮助$|接收$|帮扶$|指导$|覆盖$|服务$");

    private static final Pattern REACHED_CLAUSE = Pattern.compile("^(?:达到|达|增至|为)\\s*$");

    private final IndicatorVocabulary catalogue;

    IndicatorAttachments(IndicatorVocabulary catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The indicator word before figure {@code qi} in its sentence (aliases from {@code from} on), or null when none
     * speaks for it.
     */
    static Attachment precedingAlias(
            String text,
            TextSegmenter segments,
            List<PhraseMatcher.Match<String>> aliases,
            int from,
            List<Quantity> quantities,
            int qi,
            TextSegmenter.Span sentence) {
        Quantity q = quantities.get(qi);
        PhraseMatcher.Match<String> nearest = nearestBefore(text, segments, aliases, from, q, sentence);
        if (nearest == null) {
            return null;
        }
        if (nearest.value().equals(IndicatorVocabulary.SCOPE)) {
            return new Attachment(nearest, false); // region or third-party figures follow
        }
        if (isCutOff(text, segments, nearest, q, sentence) || isClaimedInBetween(text, nearest, quantities, qi)) {
            return null;
        }
        return new Attachment(nearest, false);
    }

    /**
     * The last indicator word that ends before the figure in its sentence; or, when one comes first, a region word that
     * is the subject of its clause (only a region word in that place is ever returned).
     */
    private static PhraseMatcher.Match<String> nearestBefore(
            String text,
            TextSegmenter segments,
            List<PhraseMatcher.Match<String>> aliases,
            int from,
            Quantity q,
            TextSegmenter.Span sentence) {
        PhraseMatcher.Match<String> nearest = null;
        for (int i = from; i < aliases.size(); i++) {
            PhraseMatcher.Match<String> a = aliases.get(i);
            if (a.start() >= q.start()) {
                break;
            }
            if (a.start() < sentence.start()) {
                continue;
            }
            if (a.value().equals(IndicatorVocabulary.SCOPE)) {
                if (isClauseSubject(text, segments, a)) {
                    return a;
                }
                continue;
            }
            if (a.end() <= q.start()) {
                nearest = a;
            }
        }
        return nearest;
    }

    /** Words between the indicator word and the figure that keep the word from speaking for it. */
    private static boolean isCutOff(
            String text,
            TextSegmenter segments,
            PhraseMatcher.Match<String> nearest,
            Quantity q,
            TextSegmenter.Span sentence) {
        if (containsAny(text, nearest.end(), q.start(), CLAUSE_BREAKS)
                && !continuesPreviousClause(text, segments, q)
                && !LABEL_COLON
                        .matcher(text.substring(nearest.end(), q.start()))
                        .matches()) {
            return true; // a clause break in between, unless it is the colon of "药占比：28%"
        }
        if (AVERAGE_OR_TOTAL_BEFORE
                .matcher(text.substring(Math.max(sentence.start(), nearest.start() - 6), nearest.start()))
                .find()) {
            return true; // "年均门急诊量543.2万", "累计开展新技术480项": not one year's figure
        }
        if (ABSOLUTE_CHANGE.matcher(text.substring(nearest.end(), q.start())).find() && !q.isPercent()) {
            return true; // "平均住院日降低0.3天": the change, not the level
        }
        // "远程会诊和多学科查房400次": the figure counts more than the indicator
        return CONJUNCTION.matcher(text.substring(nearest.end(), q.start())).find();
    }

    /** Another figure in between already belongs to that word ("远程心电 1893 例、远程教学 40 余场"). */
    private static boolean isClaimedInBetween(
            String text, PhraseMatcher.Match<String> nearest, List<Quantity> quantities, int qi) {
        Quantity q = quantities.get(qi);
        for (int j = qi - 1; j >= 0; j--) {
            Quantity other = quantities.get(j);
            if (other.end() <= nearest.end()) {
                break;
            }
            if (!other.previousValue()
                    && !(q.isYoy() && !other.isYoy())
                    && isMeasure(other)
                    && !CHANGED_TO
                            .matcher(text.substring(other.end(), q.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause that only carries a change or a total for the figure named in the clause before: "出院9.87万人次，同比增长
     * 5.14%", "新增省级重点专科3个，总数达到16个".
     */
    private static boolean continuesPreviousClause(String text, TextSegmenter segments, Quantity q) {
        TextSegmenter.Span clause = segments.clauseOf(q.start());
        String head = text.substring(clause.start(), q.start());
        if (q.isYoy()) {
            return YOY_CLAUSE.matcher(head).find();
        }
        if (REACHED_CLAUSE.matcher(head).find() && clause.start() > 0) {
            TextSegmenter.Span previous = segments.clauseOf(clause.start() - 1);
            if (text.substring(previous.start(), clause.start()).contains("突破")) {
                return true; // "首次突破200万，达到206.3万": the exact figure of the milestone's indicator
            }
        }
        return TOTAL_CLAUSE.matcher(head).find();
    }

    /** A region word (全县, 乡镇卫生院) speaks for the figures after it only as the subject of its clause. */
    private static boolean isClauseSubject(String text, TextSegmenter segments, PhraseMatcher.Match<String> a) {
        TextSegmenter.Span clause = segments.clauseOf(a.start());
        String prefix =
                TIME_PHRASE.matcher(text.substring(clause.start(), a.start())).replaceAll("");
        if (prefix.endsWith("的")) {
            return true; // "X医院所在的全市…": the region is the head
        }
        return prefix.length() <= 4 && !NOT_SUBJECT_END.matcher(prefix).find();
    }

    /** The indicator word right after the figure, or after a designation verb that follows it; or null. */
    Attachment followingAlias(String text, Quantity q, TextSegmenter.Span sentence) {
        if (q.end() >= sentence.end()) {
            return null;
        }
        String after = text.substring(q.end(), Math.min(sentence.end(), q.end() + 24));
        Matcher direct = RIGHT_AFTER.matcher(after);
        if (q.unit() != null && !q.isPercent() && !q.unit().endsWith("元") && direct.find()) {
            // "12个国家临床重点专科", "近1300名职工", "N平方米的建筑面积": the indicator is named right after its figure
            PhraseMatcher.Match<String> alias = catalogue.aliasAt(text, q.end() + direct.end());
            if (alias != null && !alias.value().startsWith("!")) {
                return new Attachment(alias, true);
            }
        }
        Matcher m = FOLLOWING_DESIGNATION.matcher(after);
        if (!m.find()) {
            return null;
        }
        PhraseMatcher.Match<String> alias = catalogue.aliasAt(text, q.end() + m.end());
        if (alias == null || !"count".equals(catalogue.unitOf(alias.value()))) {
            return null;
        }
        return new Attachment(alias, true);
    }

    /**
     * "门急诊人次⏎⏎125.6万": a table flattened one cell a line, the figure alone on its line right under a line that is
     * only the indicator's label; null otherwise.
     */
    Attachment labelAbove(String text, Quantity q) {
        int lineStart = text.lastIndexOf('\n', q.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', q.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (lineStart == 0
                || !line.strip().equals(text.substring(q.start(), q.end()).strip())) {
            return null; // the figure is not alone on its line
        }
        int labelEnd = lineStart - 1;
        while (labelEnd > 0 && Character.isWhitespace(text.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        int labelStart = text.lastIndexOf('\n', labelEnd - 1) + 1;
        while (labelStart < labelEnd && Character.isWhitespace(text.charAt(labelStart))) {
            labelStart++;
        }
        PhraseMatcher.Match<String> alias = labelStart < labelEnd ? catalogue.aliasAt(text, labelStart) : null;
        if (alias == null || alias.value().startsWith("!")) {
            return null;
        }
        String rest = text.substring(alias.end(), labelEnd);
        return LABEL_REST.matcher(rest).matches() ? new Attachment(alias, false) : null;
    }

    /** What a label's line may hold after the indicator's words: its unit in brackets, a colon. */
    private static final Pattern LABEL_REST = Pattern.compile("\\s*(?:[（(][^）)]{0,8}[）)])?\\s*[：:]?\\s*");

    private static boolean isMeasure(Quantity q) {
        return q.unit() == null
                || !(q.unit().equals("年") || q.unit().equals("月") || q.unit().equals("日"));
    }

    private static boolean containsAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
