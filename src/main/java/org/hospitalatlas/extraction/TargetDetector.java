package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells plans and goals from results. A figure is a target when its sentence, up to the figure, speaks of the future
 * (将, 计划, 力争, 到2025年 …), when its year lies after the publication year, or when it sits in a plan section: under
 * a heading that announces plans (工作计划, 主要目标, 下一步工作打算), or after a paragraph that opens with
 * 未来/下一步/主要目标：, up to the next heading.
 */
final class TargetDetector {

    private static final Pattern FUTURE_WORDING = Pattern.compile(
            "(?<![现特兹])将(?!近)|计划|规划|争创|力争|争取|拟|预计|有望|目标|未来|(?<!截|止|直|缩短|降低|下降|提高|提升|增加|增长|扩大|减少|延长|上升|回落|降|升|增|减|缩|扩)(?:到|至)\\s*20[0-9]{2}\\s*年(?!底|末|以来)");
    /**
     * A campus being built speaks for the figures of its own clause and the next ("新院区占地面积238亩，建筑面积16万㎡",
     * "二期综合病房大楼总建筑面积5.4万㎡"),
     * not for the hospital's figures later in the sentence ("…，设置床位1500张，开放床位1333张"). A hospital that
     * moved into its new campus ("搬迁至新院区") speaks of a done thing.
     */
    private static final Pattern NEW_CAMPUS = Pattern.compile(
            "新建一所|(?<!迁至|迁入|搬入|搬至|迁往|入驻)新院区|新院建成|新院(?:占地|总?建筑)|在建|建成后|(?:一|二|三|首)期(?:工程|项目|[\\u4e00-\\u9fa5]{0,6}?大楼)"
                    + "|新建项目|新区医院|可扩展");

    private static final Pattern IN_USE = Pattern.compile("已(?:于[^，,。；;]{1,12}?)?(?:正式|全面)?(?:启用|投入使用|投用|开诊|运营|运行|搬迁)");

    private static final Pattern INCLUDED_NOTE = Pattern.compile("[（(](?:含|包括|包含)[^（()）]{0,20}[）)]");

    private static final StartChars FUTURE_WORDING_STARTS = StartChars.of(FUTURE_WORDING);
    /** "在一期工程中，…": a sentence that opens on a building project speaks for all its figures. */
    private static final Pattern PROJECT_OPENER = Pattern.compile("^[^，,。；;]{0,4}(?:(?:一|二|三|首)期(?:工程|项目)|新建项目)");

    /** "截至2022年3月底", "截止2021年末": the state reached by a date, which has passed. */
    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止|截止至|截止到)\\s*(?<y>(?:19|20)[0-9]{2})\\s*年");

    private static final StartChars AS_OF_STARTS = StartChars.of(AS_OF);

    private static final Pattern PLAN_OPENER =
            Pattern.compile("^[“\"「]?(?:未来|下一步|今后|展望|下阶段|接下来|(?:主要|工作|发展|年度)?目标(?:任务)?[：:]|力争)");
    /** A heading that opens a plan section: "二、2023年工作计划", "六、下一步工作打算", "八、2023年主要目标". */
    private static final Pattern PLAN_HEADING = Pattern.compile("计划|目标|打算|思路|展望|下一步|规划|安排|重点任务|今后");
    /** Sub-headings ("（一）…", "1. …") stay inside the section their parent heading opened. */
    private static final Pattern SUB_HEADING = Pattern.compile("^[（(][一二三四五六七八九十0-9]+[）)]|^[0-9]+[.．、]");

    private final String text;
    private final TextSegmenter segments;
    private final List<Boolean> planParagraph = new ArrayList<>();
    /**
     * The latest year the text states a status at ("截止至2022年3月底，…"): the text was written after it, whatever
     * date near its top was taken for its dateline (often an event's).
     */
    private final int latestStatusYear;

    TargetDetector(String text, TextSegmenter segments) {
        this.text = text;
        this.segments = segments;
        int latest = Integer.MIN_VALUE;
        Matcher asOf = AS_OF.matcher(text);
        int from = 0;
        while (AS_OF_STARTS.find(asOf, text, from)) {
            from = asOf.end();
            latest = Math.max(latest, Integer.parseInt(asOf.group("y")));
        }
        this.latestStatusYear = latest;
        boolean plan = false;
        List<TextSegmenter.Span> paragraphs = segments.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            TextSegmenter.Span p = paragraphs.get(i);
            if (segments.isHeading(i)) {
                String heading = text.substring(p.start(), p.end());
                if (PLAN_HEADING.matcher(heading).find()) {
                    plan = true;
                } else if (!SUB_HEADING.matcher(heading).find()) {
                    plan = false;
                }
            } else if (PLAN_OPENER
                    .matcher(text.substring(p.start(), Math.min(p.end(), p.start() + 12)))
                    .find()) {
                plan = true;
            }
            planParagraph.add(plan);
        }
    }

    /** "…规划病床800张，实际开放650张": a clause that says what is actually so, after one that plans. */
    private static final Pattern ACTUAL_OPENER = Pattern.compile("^\\s*(?:实际|目前|现已|现有|现开放|现设)");

    /** The future wording stands only in clauses before the figure's, and the figure's clause opens with 实际/目前/现有. */
    private boolean resultAfterPlan(TextSegmenter.Span sentence, TextSegmenter.Span clause, int end) {
        return clause.start() > sentence.start()
                && !FUTURE_WORDING_STARTS.foundIn(text.substring(clause.start(), end))
                && ACTUAL_OPENER.matcher(text.substring(clause.start(), end)).find();
    }

    boolean isTarget(int figureStart, int figureEnd, Integer year, Integer publicationYear) {
        TextSegmenter.Span sentence = segments.sentenceOf(figureStart);
        int end = Math.max(sentence.start(), Math.min(figureEnd, sentence.end()));
        if (year != null && publicationYear != null && year > Math.max(publicationYear, latestStatusYear)) {
            return true;
        }
        int p = segments.paragraphIndexOf(figureStart);
        if (p >= 0 && planParagraph.get(p)) {
            return true;
        }
        String upToFigure = text.substring(sentence.start(), end);
        TextSegmenter.Span clause = segments.clauseOf(figureStart);
        if (FUTURE_WORDING_STARTS.foundIn(upToFigure) && !resultAfterPlan(sentence, clause, end)) {
            return true;
        }
        if (PROJECT_OPENER.matcher(upToFigure).find()) {
            return true;
        }
        int from = clause.start() > sentence.start()
                ? segments.clauseOf(clause.start() - 1).start()
                : clause.start();
        from = Math.max(from, sentence.start());
        // "(含在建的东院区)现有开放床位2000张": a campus the figure includes, not the figure's subject;
        // "新院区已于2020年正式启用，占地…": a new campus in use is no plan
        return from < end
                && NEW_CAMPUS
                        .matcher(
                                INCLUDED_NOTE.matcher(text.substring(from, end)).replaceAll(""))
                        .find()
                && !IN_USE.matcher(text.substring(sentence.start(), sentence.end()))
                        .find();
    }
}
