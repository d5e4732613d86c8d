package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attaches figures to the indicator named next to them: the nearest indicator word before the figure in the same
 * clause ("出院人次14.2万"), or one right after it in patterns like "11个专科被评为省级临床重点专科". A figure whose
 * unit does not fit the indicator is dropped rather than guessed.
 */
final class IndicatorExtractor {

    private static final String CLAUSE_BREAKS = "，,；;：:。！？!?";
    private static final Pattern FOLLOWING_DESIGNATION =
            Pattern.compile("^[^，,；;。：:]{0,6}?(?:被评为|被列为|被确定为|获评|评为|入选|列入|成为|获批)(?:为)?");

    private static final Pattern LABEL_COLON = Pattern.compile("\\s*[：:]\\s*");
    private static final Pattern AVERAGE_OR_TOTAL_BEFORE = Pattern.compile("年均|累计|平均每年|每年平均|历年");
    /** A change stated without its new level: "降低0.3天", "增加200张" (a percentage is a yoy change, read elsewhere). */
    private static final Pattern ABSOLUTE_CHANGE = Pattern.compile("(?:降低|减少|缩短|增加|提高|下降|上升|增长|新增|净增)(?:了)?\\s*$");

    private static final Pattern RIGHT_AFTER = Pattern.compile("^\\s*(?:的)?");

    /** "新增…3个，总数达到16个": a clause that gives the total of the previous clause's indicator. */
    private static final Pattern TOTAL_CLAUSE =
            Pattern.compile("^(?:其)?(?:总数|总量|总计|累计|合计|共计)(?:已)?(?:达到|达|为|增至|增加到)?\\s*$");
    /** A year-on-year clause with no indicator of its own: "同比增长 5.14%", "较2021年增长12.4%". */
    private static final Pattern YOY_CLAUSE = Pattern.compile("^(?:同比|较|比)");

    private static final Pattern CONJUNCTION = Pattern.compile("^(?:[和及与]|以及)");
    /** "帮助乡镇卫生院开展新技术二十余项": a figure of the institutions helped, not of the helper. */
    /** The time of a founding or of a predecessor: the figures after it are history, not the hospital today. */
    private static final Pattern THEN =
            Pattern.compile("当时(?!间)|(?:建院|成立|始建|创建|创办|创院|组建|开院|开业)(?:时(?!间)|之时|之初|初期)|解放初期");

    /** "门诊日接待量", "单日最高门急诊量", "日均门诊": a day's figure, not a year's. */
    private static final Pattern DAILY = Pattern.compile("(?:单|每|当)日|(?<![0-9０-９一二三四五六七八九十])日(?:均|最高|平均|接待|接诊|门诊)");
    /** "中、高级职称", "中高级专业技术人员": middle and senior grades together are no count of senior staff. */
    private static final Pattern MIDDLE_AND = Pattern.compile("(?<![其之当])中[、和及]?$");

    /** The figure is a day's (its indicator or the words up to it say so), or counts two grades of staff together. */
    private static boolean isDailyOrMidLevel(String text, PhraseMatcher.Match<String> alias, Quantity q) {
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

    private static final Pattern ON_BEHALF =
            Pattern.compile("(?:帮助|协助|指导|帮扶|支持|带动)(?!下)[^，,；;。]{0,14}?(?:开展|建成|新增|引进)");
    /**
     * "由58分钟缩短至31分钟", "由500张增至800张": the first figure is the old value of the same indicator, not another
     * one's.
     */
    private static final Pattern CHANGED_TO =
            Pattern.compile("(?:降|降低|减|减少|缩短|缩减|压缩|提高|提升|升|增|增加|增长|上升|下降|扩大|扩展|扩充|发展)(?:至|到)");

    private static final Pattern TIME_PHRASE = Pattern.compile(
            "(?:截至|截止|到)?(?:(?:19|20)[0-9]{2}\\s*年|今年|去年|上年|当年|同期|全年)(?:[0-9一二三四五六七八九十至]+月)?(?:底|末|以来|上半年|下半年|初)?[，,]?|目前[，,]?|其中[，,]?");
    private static final Pattern NOT_SUBJECT_END = Pattern.compile("[向为对给到和与及从在于低高比较]$|帮助$|接收$|帮扶$|指导$|覆盖$|服务$");

    private final IndicatorCatalogue catalogue;

    IndicatorExtractor(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<IndicatorFact> extract(
            String text,
            TextSegmenter segments,
            List<Quantity> quantities,
            YearResolver years,
            TargetDetector targets,
            SubjectResolver subjects) {
        List<PhraseMatcher.Match<String>> aliases = catalogue.findAliases(text);
        List<Candidate> facts = new ArrayList<>();
        IndicatorFact previous = null;
        Quantity previousQuantity = null;
        int aliasIndex = 0;
        for (int qi = 0; qi < quantities.size(); qi++) {
            Cancellation.check();
            Quantity q = quantities.get(qi);
            if (q.previousValue() || isPassedMilestone(text, q)) {
                continue;
            }
            TextSegmenter.Span sentence = segments.sentenceOf(q.start());
            while (aliasIndex < aliases.size() && aliases.get(aliasIndex).end() <= sentence.start()) {
                aliasIndex++;
            }
            Attachment preceding = precedingAlias(text, segments, aliases, aliasIndex, quantities, qi, sentence);
            Optional<IndicatorFact> fact = Optional.empty();
            Attachment attachment = preceding;
            if (preceding != null && !preceding.alias().value().startsWith("!")) {
                fact = toFact(text, segments, q, preceding, years, targets, subjects);
            }
            if (fact.isEmpty()
                    && (preceding == null || !preceding.alias().value().equals(IndicatorCatalogue.SCOPE))) {
                // "急诊科…等11个专科被评为省级临床重点专科": the word before did not fit, the one after may
                attachment = followingAlias(text, q, sentence);
                if (attachment != null && !attachment.alias().value().startsWith("!")) {
                    fact = toFact(text, segments, q, attachment, years, targets, subjects);
                }
            }
            if (fact.isPresent() && isPartOfPrevious(text, fact.get(), q, previous, previousQuantity)) {
                continue; // "在册职工403人(包括合同制工作人员77人)": the 77 are counted in the 403
            }
            if (fact.isPresent()) {
                String phrase = attachment.alias().phrase();
                facts.add(new Candidate(fact.get(), sentence.start(), phrase));
                previous = fact.get();
                previousQuantity = q;
            }
        }
        return deduplicate(facts);
    }

    private record Attachment(PhraseMatcher.Match<String> alias, boolean following) {}

    /** Between a figure and the next: a bracket opened by 包括/含/其中 that is still open. */
    private static final Pattern INSIDE_PART_BRACKET = Pattern.compile("^\\s*[（(](?:包括|包含|含|内含|其中)[^（()）]*$");

    /** The figure, in brackets right after a figure of the same code and hospital, names a part of it. */
    private static boolean isPartOfPrevious(
            String text, IndicatorFact fact, Quantity q, IndicatorFact previous, Quantity previousQuantity) {
        return previous != null
                && previous.code().equals(fact.code())
                && previous.hospital().equals(fact.hospital())
                && previousQuantity.end() <= q.start()
                && INSIDE_PART_BRACKET
                        .matcher(text.substring(previousQuantity.end(), q.start()))
                        .find();
    }

    private Attachment precedingAlias(
            String text,
            TextSegmenter segments,
            List<PhraseMatcher.Match<String>> aliases,
            int from,
            List<Quantity> quantities,
            int qi,
            TextSegmenter.Span sentence) {
        Quantity q = quantities.get(qi);
        PhraseMatcher.Match<String> nearest = null;
        for (int i = from; i < aliases.size(); i++) {
            PhraseMatcher.Match<String> a = aliases.get(i);
            if (a.start() >= q.start()) {
                break;
            }
            if (a.start() < sentence.start()) {
                continue;
            }
            if (a.value().equals(IndicatorCatalogue.SCOPE)) {
                if (isClauseSubject(text, segments, a)) {
                    return new Attachment(a, false); // region or third-party figures follow
                }
                continue;
            }
            if (a.end() <= q.start()) {
                nearest = a;
            }
        }
        if (nearest == null) {
            return null;
        }
        if (containsAny(text, nearest.end(), q.start(), CLAUSE_BREAKS)
                && !continuesPreviousClause(text, segments, q)
                && !LABEL_COLON
                        .matcher(text.substring(nearest.end(), q.start()))
                        .matches()) {
            return null; // a clause break in between, unless it is the colon of "药占比：28%"
        }
        if (AVERAGE_OR_TOTAL_BEFORE
                .matcher(text.substring(Math.max(sentence.start(), nearest.start() - 6), nearest.start()))
                .find()) {
            return null; // "年均门急诊量543.2万", "累计开展新技术480项": not one year's figure
        }
        if (ABSOLUTE_CHANGE.matcher(text.substring(nearest.end(), q.start())).find() && !q.isPercent()) {
            return null; // "平均住院日降低0.3天": the change, not the level
        }
        if (CONJUNCTION.matcher(text.substring(nearest.end(), q.start())).find()) {
            return null; // "远程会诊和多学科查房400次": the figure counts more than the indicator
        }
        // another figure in between already belongs to that word ("远程心电 1893 例、远程教学 40 余场")
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
                return null;
            }
        }
        return new Attachment(nearest, false);
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

    private Attachment followingAlias(String text, Quantity q, TextSegmenter.Span sentence) {
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

    private Optional<IndicatorFact> toFact(
            String text,
            TextSegmenter segments,
            Quantity q,
            Attachment attachment,
            YearResolver years,
            TargetDetector targets,
            SubjectResolver subjects) {
        String code = attachment.alias().value();
        if (isDailyOrMidLevel(text, attachment.alias(), q)) {
            return Optional.empty();
        }
        BigDecimal value;
        String unit;
        String kind;
        if (q.isYoy()) {
            value = q.yoySign() < 0 ? q.value().negate() : q.value();
            unit = "percent";
            kind = "yoy_change_pct";
        } else {
            if (q.unit() == null && !standsAlone(text, q)) {
                return Optional.empty();
            }
            Optional<BigDecimal> converted = catalogue.convert(code, q);
            if (converted.isEmpty() && q.unit() == null && isTableCell(text, q)) {
                converted = Optional.of(q.value()); // "平均住院天数 | 6.59": the table's row names what the cell counts
            }
            if (converted.isEmpty()) {
                return Optional.empty();
            }
            value = converted.get();
            unit = catalogue.unitOf(code);
            kind = "level";
        }
        TextSegmenter.Span figureClause = segments.clauseOf(q.start());
        String beforeInClause = text.substring(figureClause.start(), q.start());
        TextSegmenter.Span figureSentence = segments.sentenceOf(q.start());
        if (ON_BEHALF.matcher(beforeInClause).find()
                || isFormerState(text.substring(figureSentence.start(), q.start()))) {
            return Optional.empty();
        }
        if (THEN.matcher(text.substring(figureSentence.start(), Math.max(figureSentence.start(), q.start())))
                .find()) {
            return Optional.empty(); // "当时，医院…病床136张", "1953年建院时只有35张病床": the figures of the founding
        }
        SubjectResolver.Subject subject = subjects.figureSubjectAt(q.start());
        if (subject == null) {
            return Optional.empty();
        }
        Integer year = years.resolve(q.start());
        boolean target = targets.isTarget(q.start(), q.end(), year, years.publicationYear());
        TextSegmenter.Span clause = segments.clauseOf(q.start());
        int start = Math.min(clause.start(), attachment.alias().start());
        int end = Math.max(q.end(), attachment.following() ? attachment.alias().end() : clause.end());
        if (!attachment.following()) {
            end = Math.max(q.end(), clause.end());
        }
        TextSegmenter.Span quote = segments.trim(start, end);
        double confidence = attachment.following() ? 0.8 : 0.9;
        if (q.unit() == null) {
            confidence -= 0.1;
        }
        if (year == null) {
            confidence -= 0.05;
        }
        confidence *= subject.confidence();
        return Optional.of(new IndicatorFact(
                subject.hospital(),
                code,
                year,
                kind,
                value,
                unit,
                q.qualifier().code(),
                target,
                Evidence.of(text, quote.start(), quote.end()),
                Math.round(confidence * 100) / 100.0));
    }

    /** A cell's line: "label | value |", its label in the catalogue's unit (no 万, 亿 or 千 scaling it). */
    private static final Pattern TABLE_ROW =
            Pattern.compile("^[\\s|｜]*[\\u4e00-\\u9fa5][^|｜\\t\\n万亿千]{1,30}?[\\s]*[|｜\\t][\\s|｜\\t]*$");

    /** A bare number alone in a table cell, after the row's label on the same line ("住院次均费用 | 8192.82"). */
    private static boolean isTableCell(String text, Quantity q) {
        int lineStart = text.lastIndexOf('\n', q.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', q.end());
        String rest = text.substring(q.end(), lineEnd < 0 ? text.length() : lineEnd);
        return TABLE_ROW.matcher(text.substring(lineStart, q.start())).matches() && rest.matches("[\\s|｜\\t]*");
    }

    /** A figure without unit counts only when nothing follows it in the clause ("门诊人次248.4万，"). */
    private static boolean standsAlone(String text, Quantity q) {
        if (q.end() >= text.length()) {
            return true;
        }
        char next = text.charAt(q.end());
        return CLAUSE_BREAKS.indexOf(next) >= 0
                || next == '、'
                || Character.isWhitespace(next)
                || next == '）'
                || next == ')';
    }

    /** "首次突破200万，达到206.3万": the round milestone is not a figure when the exact one follows. */
    private static boolean isPassedMilestone(String text, Quantity q) {
        if (q.qualifier() != Qualifier.AT_LEAST) {
            return false;
        }
        String before = text.substring(Math.max(0, q.start() - 4), q.start());
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 8));
        return before.contains("突破") && EXACT_FOLLOWS.matcher(after).find();
    }

    private static final Pattern EXACT_FOLLOWS = Pattern.compile("^[，,]\\s*(?:达到|达|增至|为)\\s*[0-9０-９]");
    private static final Pattern REACHED_CLAUSE = Pattern.compile("^(?:达到|达|增至|为)\\s*$");

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

    /**
     * One fact per hospital, code, year and kind: results before plans, then the more confident, then the first. Figures
     * that one sentence gives for differently named parts of one indicator ("远程心电报告1.2万份、远程影像报告8600份")
     * are all kept.
     */
    private static List<IndicatorFact> deduplicate(List<Candidate> facts) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : facts) {
            IndicatorFact f = c.fact();
            String key = f.hospital() + '\u0000' + f.code() + '\u0000' + f.year() + '\u0000' + f.kind();
            Candidate current = best.get(key);
            if (current == null || better(f, current.fact())) {
                best.put(key, c);
            }
        }
        List<IndicatorFact> out = new ArrayList<>();
        for (Candidate kept : best.values()) {
            out.add(kept.fact());
            for (Candidate c : facts) {
                IndicatorFact f = c.fact();
                if (c != kept
                        && c.sentenceStart() == kept.sentenceStart()
                        && !c.aliasPhrase().equals(kept.aliasPhrase())
                        && f.target() == kept.fact().target()
                        && f.hospital().equals(kept.fact().hospital())
                        && f.code().equals(kept.fact().code())
                        && java.util.Objects.equals(f.year(), kept.fact().year())
                        && f.kind().equals(kept.fact().kind())
                        && out.stream()
                                .noneMatch(o -> o.value().compareTo(f.value()) == 0
                                        && o.code().equals(f.code()))) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparingInt((IndicatorFact f) -> f.evidence().start())
                .thenComparing(IndicatorFact::code));
        return out;
    }

    private record Candidate(IndicatorFact fact, int sentenceStart, String aliasPhrase) {}

    private static boolean better(IndicatorFact candidate, IndicatorFact current) {
        if (candidate.target() != current.target()) {
            return !candidate.target();
        }
        return candidate.confidence() > current.confidence();
    }
}
