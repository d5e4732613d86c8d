package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reform-pilot designations: "2016年被列为A和B；2017年被列为C", "X是2019年省级…试点单位". Each designation
 * becomes one fact; its level comes from its own wording (国家, 湖南省, 郴州市, 县), its category from keywords. Each
 * step has its part: {@link PilotStatement} reads the words of one designation up to its ending word,
 * {@link DesignationSubjects} the hospital its words name, {@link PilotLevels} its level; this class decides which
 * statements are designations and makes their facts.
 */
final class PilotExtractor {

    private static final Pattern ENDING = Pattern.compile(
            "(?:示范|试点)性?(?:医院)?(?:建设|培育)单位|示范性建设医院|试点医院|试点单位|试点项目|试点城市|试点县|试点区|示范医院|示范性医院(?=[，,。；;、）)”\"]|之一|$)|示范单位|示范点"
                    // "X是全省公立医院改革的试点，也是全国500家县级公立医院改革试点之一": a reform's pilot, ending the clause
                    + "|(?<=改革|改革的)试点(?=之一|[，,。；;]|的)"
                    + "|名单(?<=(?:医院|工程|项目)名单)|输出医院(?<=(?:区域医疗中心|区域医疗中心建设|区域医疗中心建设试点)输出医院)"
                    // the national programme for county hospitals' capacity: "全面提升县级医院综合能力第一阶段500家县医院",
                    // "“千县工程”综合能力提升医院", "500家提升综合能力建设县级医院"
                    // — a designation in a batch or stage, not the programme's plan ("明确了“千县工程”县医院")
                    + "|(?:首批|第[一二三]批|第[一二三]阶段|500家|五百家)[^，,。；;、]{0,20}?(?:县级医院|县医院|提升医院)");
    private static final StartChars ENDING_STARTS = StartChars.of(ENDING);
    /** A designation of a place (试点城市, 试点县): a hospital's only when a hospital is named as its subject. */
    private static final Pattern PLACE_ENDING = Pattern.compile("试点城市|试点县|试点区");
    /** "同为首批试点医院的X": the same designation as one stated before. */
    private static final Pattern SAME_AS = Pattern.compile("(?:同为|同样是|也是|亦为|同属)\\s*$");

    private static final Pattern TITLE_LIST = Pattern.compile("获得|包括");
    private static final Pattern ALSO = Pattern.compile("(?:也是|亦为)\\s*$");
    /** A list (…名单) designates only when its trigger says the hospital was selected for it. */
    private static final Pattern SELECTED_FOR_LIST = Pattern.compile("入选|列入|纳入");

    /** "2011年底和2014年，先后被确定为…": two years for two designations, in order. */
    private static final Pattern YEAR_PAIR = Pattern.compile(
            "(?<y1>(?:19|20)[0-9]{2})\\s*年[^，,。；;和及与、0-9]{0,4}[和及与、]\\s*(?<y2>(?:19|20)[0-9]{2})\\s*年[^。；;]{0,12}?(?:先后|分别|相继)");

    /** "公立医院改革试点单位", "医疗服务价格改革试点医院": the reform a pilot of no stated level is for. */
    private static final Pattern NAMES_A_REFORM = Pattern.compile("[\\u4e00-\\u9fa5]{2,}改革");

    private static final Pattern MODAL = Pattern.compile("应当|优先|鼓励|" + PlanWords.SUPPORT + "|拟|计划|力争|争取");
    private static final Pattern POINTER_START = Pattern.compile("^(?:在|该|此|这|其|(?:我省|本省|我市|本市)(?!第一家|首家|首批|唯一))");

    private final PilotCategories categories;
    private final AdministrativeDivisions divisions;

    PilotExtractor(PilotCategories categories, AdministrativeDivisions divisions) {
        this.categories = categories;
        this.divisions = divisions;
    }

    /** Each ending word in turn: the designation stated up to it, a restatement of an earlier one, or nothing. */
    List<PilotFact> extract(String text, TextSegmenter segments, YearResolver years, SubjectResolver subjects) {
        List<PilotFact> out = new ArrayList<>();
        Matcher ending = ENDING.matcher(text);
        PilotStatement.Chain chain = new PilotStatement.Chain();
        int from = 0;
        while (ENDING_STARTS.find(ending, text, from)) {
            from = ending.end();
            Cancellation.check();
            PilotStatement statement = PilotStatement.read(text, segments, years, subjects, ending, chain);
            if (statement == null || !isDesignation(text, segments, subjects, statement)) {
                continue;
            }
            String upToTrigger = text.substring(statement.sentence().start(), statement.triggerEnd());
            // "X亦为A试点单位" with no A stated before: "also" adds a title of its own
            boolean restated = SAME_AS.matcher(upToTrigger).find()
                    && (earlierEndingWith(out, statement.name()) != null
                            || !ALSO.matcher(upToTrigger).find());
            if (restated) {
                addRestated(out, text, segments, subjects, statement);
            } else {
                addDesignation(out, text, segments, years, subjects, statement);
            }
        }
        return out;
    }

    /** Whether the statement names a hospital's designation: not a rule or plan, a pointer, a bare ending or a place's. */
    private static boolean isDesignation(
            String text, TextSegmenter segments, SubjectResolver subjects, PilotStatement statement) {
        int trigger = statement.trigger();
        String name = statement.name();
        if (MODAL.matcher(text.substring(statement.sentence().start(), trigger)).find()) {
            return false; // "…应…，优先纳入省试点医院": a rule or a plan, not a designation
        }
        if (POINTER_START.matcher(name).find()) {
            return false; // "在我省首批试点单位", "该项试点": a pointer to a designation, not its name
        }
        if (name.length() < 4
                || name.length() > 40
                || ENDING.matcher(name).replaceAll("").isBlank()) {
            return false;
        }
        if (TITLE_LIST.matcher(text.substring(trigger, statement.triggerEnd())).matches()
                && !name.contains("试点")
                && !name.contains("示范")) {
            return false; // "先后获得…", "荣誉包括…": among a profile's titles only a pilot's or model's is one
        }
        if (statement.ending().equals("名单")
                && !SELECTED_FOR_LIST
                        .matcher(text.substring(trigger, statement.triggerEnd()))
                        .find()) {
            return false;
        }
        if (PLACE_ENDING.matcher(statement.ending()).matches()) {
            TextSegmenter.Span clause = segments.clauseOf(trigger);
            // a hospital named as the pilot unit of a place's programme; without one,
            // "甘谷县被确定为…试点县": the county's pilot, not a hospital's
            return DesignationSubjects.mentionsBefore(subjects, clause.start(), trigger);
        }
        return true;
    }

    /** "同为首批试点医院的X": the designation stated before (ending with the short form used now), for another hospital. */
    private static void addRestated(
            List<PilotFact> out,
            String text,
            TextSegmenter segments,
            SubjectResolver subjects,
            PilotStatement statement) {
        PilotFact earlier = earlierEndingWith(out, statement.name());
        if (earlier == null) {
            return;
        }
        SubjectResolver.Subject subject = DesignationSubjects.headAfter(text, subjects, statement.endingEnd());
        if (subject == null) {
            subject = subjects.subjectAt(statement.trigger());
        }
        if (subject == null || subject.hospital().equals(earlier.hospital())) {
            return;
        }
        TextSegmenter.Span clause = segments.clauseOf(statement.endingStart());
        out.add(new PilotFact(
                subject.hospital(),
                earlier.year(),
                earlier.name(),
                earlier.level(),
                earlier.category(),
                Evidence.of(text, clause.start(), Math.max(clause.end(), statement.endingEnd())),
                Math.round(0.8 * subject.confidence() * 100) / 100.0));
    }

    /** A designation of its own: one fact per level it names, for the hospital it is stated of. */
    private void addDesignation(
            List<PilotFact> out,
            String text,
            TextSegmenter segments,
            YearResolver years,
            SubjectResolver subjects,
            PilotStatement statement) {
        Integer year = yearOf(text, years, statement);
        SubjectResolver.Subject subject =
                statement.opening() != null ? statement.opening() : subjects.subjectAt(statement.trigger());
        if (subject == null) {
            return;
        }
        String name = statement.name();
        String level = PilotLevels.levelOf(name, divisions);
        if (level == null) {
            level = PilotLevels.agentLevel(text, statement.sentence().start(), statement.trigger(), divisions);
        }
        if (!namesItsProgramme(name, level, statement.ending())) {
            return;
        }
        TextSegmenter.Span clause = segments.clauseOf(statement.endingStart());
        int qs = Math.min(clause.start(), statement.nameStart());
        int qe = Math.max(clause.end(), statement.endingEnd());
        for (String each : PilotLevels.levelsListed(name, level)) {
            out.add(new PilotFact(
                    subject.hospital(),
                    year,
                    name,
                    each,
                    categories.categoryOf(name),
                    Evidence.of(text, qs, qe),
                    Math.round(0.9 * subject.confidence() * 100) / 100.0));
        }
    }

    /** The year stated before the name, else the one of a pair in order, else the figure's year, else the dateline's. */
    private static Integer yearOf(String text, YearResolver years, PilotStatement statement) {
        Integer year = statement.leadingYear();
        if (year == null) {
            Matcher pair = YEAR_PAIR.matcher(text.substring(statement.sentence().start(), statement.trigger()));
            // "2011年底和2014年，先后被确定为A和B": each designation takes its own year
            year = pair.find()
                    ? Integer.valueOf(statement.second() ? pair.group("y2") : pair.group("y1"))
                    : years.resolve(statement.trigger());
        }
        if (year == null) {
            year = years.publicationYear(); // a designation is news when it is published (the dateline)
        }
        return year;
    }

    /** Whether the designation says whose programme or which reform it is, as a designation (not an honour) must. */
    private boolean namesItsProgramme(String name, String level, String ending) {
        if (level == null
                && "other".equals(categories.categoryOf(name))
                && !ending.equals("名单")
                && !NAMES_A_REFORM.matcher(name).find()) {
            return false; // "首批试点医院" alone: neither whose programme nor which reform ("…价格改革试点单位" says which)
        }
        if (ending.startsWith("示范") && !name.contains("试点") && "other".equals(categories.categoryOf(name))) {
            return false; // "全国百姓放心示范医院": an honour; a 示范 designation counts when it names a reform
        }
        return true;
    }

    /** The earlier designation whose name ends with (or is) the short form used now ("首批试点医院"). */
    private static PilotFact earlierEndingWith(List<PilotFact> earlier, String name) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            PilotFact f = earlier.get(i);
            if (f.name().endsWith(name) || f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
