package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads designations that name several hospitals at once, as notices and news state them: a list under a heading
 * ("…试点医院名单：A，B，C", the rows of an attached table), "包括A在内", "A、B等N家医院被确定为…试点", "在A、B和C试点".
 * Each hospital gets its own fact; the programme, its category and level come from the designation's wording, with
 * the sentences before it (and the title) when the designation itself only says 试点. Adds to what
 * {@link PilotExtractor} found, never twice for one hospital and programme. Each step has its part:
 * {@link PilotListHospitals} reads the hospitals designated, {@link PilotProgrammes} the programme,
 * {@link PublishedPilotLists} the selections from a published list; this class reads sentence by sentence.
 */
final class PilotListReader {

    /** A designation: a pilot, or a national regional medical centre's project or output hospital (not worded 试点). */
    private static final Pattern PILOT =
            Pattern.compile("试点|区域医疗中心(?:建设)?(?:项目|输出医院|方案)|" + PilotProgrammes.COUNTY_CAPACITY + "名单"
                    // "确定60家医院为…示范性医院建设单位和培育单位，其中，A、B入围": a reform's model units
                    + "|示范性?医院(?:建设|培育)单位|示范(?:单位|医院)名单");

    private static final StartChars PILOT_STARTS = StartChars.of(PILOT);

    /** A plan, not a designation; "申报的A…被纳入" is an application that was granted. */
    private static final Pattern PLANNED =
            Pattern.compile("计划(?!生育)|拟|将在|将于|力争|鼓励|" + PlanWords.SUPPORT + "|优先|争取|申报(?!的)|推荐(?!标准)");

    /** "通过医院申报、市州推荐、专家评审，…": how the list was chosen, no plan (申报 and 推荐 are done). */
    private static final Pattern SELECTION_PROCESS =
            Pattern.compile("(?:通过|经过?)[^，,。；;]{0,40}?(?:评审|评价|评估|审核|遴选)[^，,。；;]{0,10}?[，,]");

    /** "根据《…行动计划(2021—2025年)》": a cited document's title, whose 计划 plans nothing of the list. */
    private static final Pattern CITED_TITLE = Pattern.compile("《[^》]{0,60}》");

    private final AdministrativeDivisions divisions;
    private final PilotProgrammes programmes;
    private final PublishedPilotLists publishedLists;

    PilotListReader(PilotCategories categories, AdministrativeDivisions divisions) {
        this.divisions = divisions;
        this.programmes = new PilotProgrammes(categories, divisions);
        this.publishedLists = new PublishedPilotLists(categories, divisions);
    }

    List<PilotFact> addTo(
            List<PilotFact> found,
            String text,
            TextSegmenter segments,
            YearResolver years,
            HospitalDirectory directory) {
        List<PilotFact> out = new ArrayList<>(found);
        String title = firstLine(text);
        List<TextSegmenter.Span> sentences = segments.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Cancellation.check();
            readSentence(out, text, segments, sentences, i, title, years, directory);
        }
        return withoutRestatements(out);
    }

    /**
     * One sentence that says 试点, lists a selection or names a regional medical centre: the hospitals it designates,
     * unless it states a plan; the programme; the year; a fact for each hospital.
     */
    private void readSentence(
            List<PilotFact> out,
            String text,
            TextSegmenter segments,
            List<TextSegmenter.Span> sentences,
            int i,
            String title,
            YearResolver years,
            HospitalDirectory directory) {
        TextSegmenter.Span span = sentences.get(i);
        String s = text.substring(span.start(), span.end());
        Matcher pilot = PILOT.matcher(s);
        boolean trial = PILOT_STARTS.find(pilot, s, 0);
        int contextStart = sentences.get(Math.max(0, i - 3)).start();
        PilotProgramme selection = trial ? null : publishedLists.selectionListedIn(text, s, contextStart, span.end());
        boolean regional = s.contains("区域医疗中心");
        if (!trial && selection == null && !regional) {
            return;
        }
        List<HospitalDirectory.Mention> designated = new ArrayList<>(
                trial || selection != null
                        ? PilotListHospitals.designatedAround(text, sentences, i, directory)
                        : List.of());
        // only where the sentence says 试点: the conventions count other designations as ambiguous
        boolean projects = designated.isEmpty() && regional && s.contains("试点");
        if (projects) {
            // "…区域医疗中心，建设A江西医院、B赣州医院"
            designated.addAll(PilotListHospitals.projectHospitals(text, span, directory, divisions));
        }
        if (designated.isEmpty()
                || PLANNED.matcher(SELECTION_PROCESS
                                .matcher(CITED_TITLE
                                        .matcher(text.substring(
                                                span.start(), designated.get(0).start()))
                                        .replaceAll(""))
                                .replaceAll(""))
                        .find()) {
            return;
        }
        String context = context(text, segments, sentences, i, title);
        PilotProgramme programme = projects
                ? programmes.regionalProgramme(s, context)
                : selection != null ? selection : programmes.programme(s, context);
        if (programme == null) {
            return;
        }
        int designationAt = trial ? pilot.start() : 0;
        Integer year = yearOf(text, segments, years, span, span.start() + designationAt, contextStart, programme);
        for (HospitalDirectory.Mention m : designated) {
            add(
                    out,
                    new PilotFact(
                            m.name(),
                            year,
                            programme.name(),
                            programme.level(),
                            programme.category(),
                            Evidence.of(text, span.start(), span.end()),
                            designated.size() > 1 ? 0.7 : 0.75));
        }
    }

    /** The programme may be named around the list: the sentences before and after it, its paragraph, the title. */
    private static String context(
            String text, TextSegmenter segments, List<TextSegmenter.Span> sentences, int i, String title) {
        int from = sentences.get(Math.max(0, i - 1)).start();
        int to = sentences.get(Math.min(sentences.size() - 1, i + 1)).end();
        TextSegmenter.Span paragraph = segments.paragraphOf(sentences.get(i).start());
        return title + "\n" + text.substring(Math.min(from, paragraph.start()), Math.max(to, paragraph.end()));
    }

    /**
     * The year the designation's own sentence states ("该项试点工作于2017年…启动"), else the year of a published list's
     * announcement, else the framing year of the designation at {@code designationAt}, else the dateline's.
     */
    private static Integer yearOf(
            String text,
            TextSegmenter segments,
            YearResolver years,
            TextSegmenter.Span span,
            int designationAt,
            int contextStart,
            PilotProgramme programme) {
        Integer year = firstYearOutsideTitles(text, years, span);
        if (year == null && programme.announcedIn() >= 0) {
            // the year of the announcement ("2021年，国家卫健委公布…名单") dates the selection listed after it
            TextSegmenter.Span announcement = segments.sentenceOf(contextStart + programme.announcedIn());
            year = years.firstYearIn(announcement.start(), announcement.end());
            if (year == null) {
                year = years.resolve(contextStart + programme.announcedIn());
            }
        }
        boolean citesDatedTitle = years.firstYearIn(span.start(), span.end()) != null
                && CITED_TITLE.matcher(text).region(span.start(), span.end()).find();
        if (year == null && !citesDatedTitle) {
            year = years.resolve(designationAt); // (a cited title's years would be the nearest)
        }
        if (year == null) {
            year = years.publicationYear(); // a designation is news when it is published
        }
        return year;
    }

    /** The first year the sentence states outside the titles it cites ("《…行动计划(2021—2025年)》" dates no list). */
    private static Integer firstYearOutsideTitles(String text, YearResolver years, TextSegmenter.Span span) {
        Matcher title = CITED_TITLE.matcher(text).region(span.start(), span.end());
        int from = span.start();
        while (title.find()) {
            Integer year = years.firstYearIn(from, title.start());
            if (year != null) {
                return year;
            }
            from = title.end();
        }
        return years.firstYearIn(from, span.end());
    }

    /**
     * A headline or a bullet that repeats a designation without its programme ("入选国家级试点医院") beside the sentence
     * that names it: the bare restatement is dropped.
     */
    static List<PilotFact> withoutRestatements(List<PilotFact> pilots) {
        List<PilotFact> out = new ArrayList<>();
        for (PilotFact p : pilots) {
            boolean bare = BARE_DESIGNATION.matcher(p.name()).replaceAll("").length() < 2;
            boolean namedElsewhere = pilots.stream()
                    .anyMatch(o -> o != p
                            && o.hospital().equals(p.hospital())
                            && BARE_DESIGNATION.matcher(o.name()).replaceAll("").length() >= 2);
            if (!(bare && namedElsewhere)) {
                out.add(p);
            }
        }
        return out;
    }

    private static final Pattern BARE_DESIGNATION =
            Pattern.compile("国家级|国家|全国|省级|市级|县级|[省市县区]|首批|第[一二三四五六七八九十0-9]+批|试点|示范|医院|单位|公立|的|之一|[“”\"]");

    /** The title line; a text without line breaks has none longer than a heading can be. */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text.substring(0, Math.min(text.length(), 120)) : text.substring(0, Math.min(end, 120));
    }

    private static void add(List<PilotFact> out, PilotFact fact) {
        for (PilotFact f : out) {
            if (f.hospital().equals(fact.hospital())
                    && (f.category().equals(fact.category()) || f.name().equals(fact.name()))) {
                return;
            }
        }
        out.add(fact);
    }
}
