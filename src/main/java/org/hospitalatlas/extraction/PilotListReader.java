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
 * {@link PilotExtractor} found, never twice for one hospital and programme.
 */
final class PilotListReader {

    /** A designation: a pilot, or a national regional medical centre's project or output hospital (not worded 试点). */
    /** The county-capacity programme's stages and batches, a designation not worded 试点 ("…第二阶段县医院"). */
    private static final String COUNTY_CAPACITY = "(?:第[一二三]阶段|第[一二三]批|首批|500家|五百家)[^，,。；;、]{0,20}?(?:县级医院|县医院|提升医院)";

    private static final Pattern COUNTY_CAPACITY_NAME = Pattern.compile(COUNTY_CAPACITY + "$");

    private static final Pattern PILOT = Pattern.compile("试点|区域医疗中心(?:建设)?(?:项目|输出医院|方案)|" + COUNTY_CAPACITY + "名单");
    /** A list follows: "…试点医院名单(河北4个)A，B", "包括A、B", "分别是A、B", "N家医院，其中X为A、B". */
    private static final Pattern LIST_OPENER = Pattern.compile("名单|包括|分别是|分别为|有[：:]|为[：:]|如下[：:]?"
            // "确定23家医院为…试点医院，其中省管医院为A、B，市管医院为C": the list after its count
            + "|[0-9一二三四五六七八九十两]+\\s*[家所个][^。；;]{0,30}?[，,]\\s*其中[^，,。；;、]{0,10}?为");
    /** After a list of names: they were designated. */
    private static final Pattern DESIGNATED_AFTER =
            Pattern.compile("^(?:(?:等|[0-9一二三四五六七八九十两]+\\s*[家所个])[^。；;]{0,24}?)?\\s*(?:被|已|均|先后|同时|分别|共同)?\\s*"
                    + "(?:确定|列为|列入|纳入|入选|认定|遴选|评为|批准|获批|确认)(?:为|成为)?[^。；;]{0,40}?"
                    + "(?:试点|区域医疗中心(?:建设)?(?:项目|输出医院)|" + COUNTY_CAPACITY + "名单)");

    private static final Pattern TRIED_IN = Pattern.compile("在(?:[^，,。；;在]{0,10}[（(])?$");
    /** Between two listed names: list marks, and a note on the first ("A(永川区)、B"). */
    private static final Pattern LIST_GAP = Pattern.compile("(?:[（(][^（()）。，,]{1,12}[）)])?[、，,和及与\\s]{0,3}");

    private static final Pattern DESIGNATING_BEFORE = Pattern.compile("(?:确定|认定|遴选|批准|将|把|选定)$");
    private static final Pattern AS_PILOT_AFTER = Pattern.compile("^(?:等[^。；;]{0,24}?)?\\s*(?:作)?为[^。；;]{0,40}?试点");
    /** "在A、B和C试点": the names are where the programme is tried. */
    private static final Pattern TRIED_AT = Pattern.compile(
            "^\\s*(?:等[0-9一二三四五六七八九十两]+[家所个][^，,。；;]{0,30}?|等?[^，,。；;]{0,10}?)?(?:(?:开展|进行|实行|率先|先行|启动)(?:了)?[^，,。；;]{0,24}?)?试点");

    /** A plan, not a designation; "申报的A…被纳入" is an application that was granted. */
    private static final Pattern PLANNED = Pattern.compile("计划(?!生育)|拟|将在|将于|力争|鼓励|支持|优先|争取|申报(?!的)|推荐");

    private static boolean inParenthesis(String text, HospitalDirectory.Mention m) {
        int open = Math.max(text.lastIndexOf('(', m.start()), text.lastIndexOf('（', m.start()));
        int close = Math.max(text.lastIndexOf(')', m.start()), text.lastIndexOf('）', m.start()));
        int lineStart = text.lastIndexOf('\n', m.start());
        return open > close && open > lineStart;
    }

    /** A line of its own, short, without a full stop: a heading. */
    private static boolean isHeading(String s) {
        String line = s.strip();
        return line.length() <= 30 && !line.contains("。") && !line.contains("，") && !line.contains(",");
    }

    /** A designation that announces a list: a count of institutions, or a colon / 如下 at its end. */
    private static final Pattern ANNOUNCES_LIST =
            Pattern.compile("[0-9一二三四五六七八九十两]+\\s*[家所个](?:医院|医疗机构|单位|公立医院|县级医院)|[：:]\\s*$|如下|分别是|分别为");

    /** The programme a designation names: the stretch ending in 试点 (with 医院/单位) or 改革. */
    private static final Pattern PROGRAMME =
            Pattern.compile("[“\"《]?(?<name>[^，,。；;、：:“”\"《》|\\n]{2,36}?(?:试点(?:医院|单位|机构)?|改革(?!委)"
                    + "|区域医疗中心(?:建设)?(?:项目|输出医院|方案)))[”\"》]?");

    private static final Pattern PROGRAMME_AFTER_VERB =
            Pattern.compile("(?:开展|进行|实行|启动|纳入|列为|确定为|入选|列入|作为|成为|为)(?:了)?[“\"《]?(?<name>[^，,。；;、：:“”\"《》|\\n]{2,30}?"
                    + "(?:试点(?:医院|单位|机构)?|区域医疗中心(?:建设)?(?:项目|输出医院)|" + COUNTY_CAPACITY + "))");
    /** A table row or list line: names separated by | or a tab, with row numbers. */
    private static final Pattern TABLE_LINE = Pattern.compile("^[\\s\\d|｜.、，,\\t]*[\\u4e00-\\u9fa5]");

    private final PilotCategories categories;
    private final AdministrativeDivisions divisions;

    PilotListReader(PilotCategories categories, AdministrativeDivisions divisions) {
        this.categories = categories;
        this.divisions = divisions;
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
            TextSegmenter.Span span = sentences.get(i);
            String s = text.substring(span.start(), span.end());
            Matcher pilot = PILOT.matcher(s);
            boolean trial = pilot.find();
            int contextStart = sentences.get(Math.max(0, i - 3)).start();
            // the context is cut only for a sentence that lists a selection
            // "名单如下：" on a line of its own: the rows below are the list a body published just before
            String firstLine = s.strip().lines().findFirst().orElse("");
            boolean listHeading = !trial
                    && isHeading(firstLine)
                    && LIST_HEADING.matcher(firstLine).find();
            Programme selection = trial || !(SELECTED_LIST.matcher(s).find() || listHeading)
                    ? null
                    : selection(text.substring(contextStart, span.end()), listHeading);
            boolean regional = s.contains("区域医疗中心");
            if (!trial && selection == null && !regional) {
                continue;
            }
            int designationAt = trial ? pilot.start() : 0;
            // the programme may be named around the list: the sentences before and after it, its paragraph, the title
            int from = sentences.get(Math.max(0, i - 1)).start();
            int to = sentences.get(Math.min(sentences.size() - 1, i + 1)).end();
            TextSegmenter.Span paragraph = segments.paragraphOf(span.start());
            String context =
                    title + "\n" + text.substring(Math.min(from, paragraph.start()), Math.max(to, paragraph.end()));
            List<HospitalDirectory.Mention> designated =
                    new ArrayList<>(trial || selection != null ? designated(text, span, s, directory) : List.of());
            boolean stated = trial || selection != null;
            if (stated
                    && designated.isEmpty()
                    && isHeading(s)
                    && directory.mentionsIn(span.start(), span.end()).isEmpty()) {
                // "国家区域医疗中心第一批试点" on a line of its own, the designated hospitals on the lines below
                designated.addAll(tableRowsAfter(text, span.end(), directory));
            }
            if (stated && ANNOUNCES_LIST.matcher(s).find()) {
                // "…等10家医疗机构纳入…试点" followed by the ten names: the list that follows is designated too
                for (HospitalDirectory.Mention m : namesListedAfter(text, sentences, i, directory)) {
                    if (designated.stream().noneMatch(d -> d.name().equals(m.name()))) {
                        designated.add(m);
                    }
                }
            }
            // only where the sentence says 试点: the conventions count other designations as ambiguous
            boolean projects = designated.isEmpty() && regional && s.contains("试点");
            if (projects) {
                designated.addAll(projectHospitals(text, span, directory)); // "…区域医疗中心，建设A江西医院、B赣州医院"
            }
            if (designated.isEmpty()
                    || PLANNED.matcher(text.substring(
                                    span.start(), designated.get(0).start()))
                            .find()) {
                continue;
            }
            Programme programme =
                    projects ? regionalProgramme(s, context) : selection != null ? selection : programme(s, context);
            if (programme == null) {
                continue;
            }
            // the year the designation's own sentence states ("该项试点工作于2017年…启动"), else the framing year
            Integer year = years.firstYearIn(span.start(), span.end());
            if (year == null && programme.announcedIn() >= 0) {
                // the year of the announcement ("2021年，国家卫健委公布…名单") dates the selection listed after it
                TextSegmenter.Span announcement = segments.sentenceOf(contextStart + programme.announcedIn());
                year = years.firstYearIn(announcement.start(), announcement.end());
                if (year == null) {
                    year = years.resolve(contextStart + programme.announcedIn());
                }
            }
            if (year == null) {
                year = years.resolve(span.start() + designationAt);
            }
            if (year == null) {
                year = years.publicationYear(); // a designation is news when it is published
            }
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
        return withoutRestatements(out);
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

    /** {@code announcedIn}: where a list's announcement starts in the context it was read from, or -1. */
    private record Programme(String name, String level, String category, int announcedIn) {

        Programme(String name, String level, String category) {
            this(name, level, category, -1);
        }
    }

    /**
     * "18家入选县医院分别是：A、B…": the sentence lists who was selected (the list's announcement may stand up to three
     * sentences before it).
     */
    private static final Pattern SELECTED_LIST =
            Pattern.compile("(?:入选|榜上有名|列入|确定为)[^。；;]{0,16}?(?:分别是|分别为|包括|名单|为[：:]|有[：:])");
    /** "名单如下：", "具体名单：": a heading over the rows of a list. */
    private static final Pattern LIST_HEADING = Pattern.compile("名单(?:如下)?[：:]?$");
    /** A body that publishes designation lists. */
    private static final String GOVERNMENT_BODY =
            "(?:国家|国务院|卫健委|卫计委|卫生健康委|卫生计生委|卫生厅|卫生局|中医药局|中医药管理局|发展改革委|发改委|医改办|医保局|人民政府)";

    /** "…发布了《关于…500家县医院名单的通知》": the list a government body published, by its title. */
    private static final Pattern PUBLISHED_LIST = Pattern.compile(
            GOVERNMENT_BODY
                    + "[^。；;]{0,30}?(?:发布|公布|印发|下发|公示)[^。；;]{0,6}?《(?:关于)?(?:公布|印发|确定|下达)?(?<name>[^》]{4,60}?)(?:名单)?(?:的)?(?:通知|公告|公示)?》");

    /** "…公布了第二批<programme>试点医院名单，全省5家医疗机构入选": a pilot list, named without a title. */
    private static final Pattern PUBLISHED_PILOT_LIST = Pattern.compile(GOVERNMENT_BODY
            + "[^。；;]{0,30}?(?:发布|公布|印发|下发|公示|确定)(?:了)?[“\"]?(?<name>[^，,。；;“”\"《》]{2,40}?(?:试点(?:医院|单位|机构)?"
            // the county-capacity programme's stages and batches: "全面提升县级医院综合能力第二阶段县医院名单"
            + "|(?:第[一二三]阶段|第[一二三]批|首批|500家|五百家)[^，,。；;、]{0,20}?(?:县级医院|县医院|提升医院)))[”\"]?名单");

    /**
     * A designation not worded as 试点: the hospitals selected for a programme whose list a government body published
     * ("国家卫计委网站发布了《关于全面提升县级医院综合能力第一阶段500家县医院名单的通知》…入选县医院分别是：…"). The
     * programme is named by the list's title; without such a title nothing is read. Under a bare heading ("名单如下：")
     * the title must name a list (…名单).
     */
    private Programme selection(String context, boolean namedList) {
        Matcher list = PUBLISHED_LIST.matcher(context);
        if (!list.find() || (namedList && !list.group().contains("名单"))) {
            list = PUBLISHED_PILOT_LIST.matcher(context);
            if (!list.find()) {
                return null;
            }
        }
        String name = list.group("name").strip();
        if (name.endsWith("名单")) {
            name = name.substring(0, name.length() - 2);
        }
        String level = PilotLevels.levelOf(context.substring(list.start(), list.end()), divisions);
        return new Programme(name, level, categories.categoryOf(name), list.start());
    }

    /** The hospitals a sentence designates: after a list opener, before a designation verb, or where it is tried. */
    private static List<HospitalDirectory.Mention> designated(
            String text, TextSegmenter.Span span, String s, HospitalDirectory directory) {
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        List<HospitalDirectory.Mention> out = new ArrayList<>();
        Matcher opener = LIST_OPENER.matcher(s);
        int pilotAt = s.indexOf("试点");
        if (opener.find() && opener.start() > pilotAt - 40) {
            int from = span.start() + opener.end();
            boolean heading = opener.group().equals("名单");
            for (HospitalDirectory.Mention m : mentions) {
                if (m.start() >= from) {
                    out.add(m);
                }
            }
            if (heading) {
                out.addAll(tableRowsAfter(text, span.end(), directory));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        for (List<HospitalDirectory.Mention> run : SentenceRoles.runs(text, mentions, LIST_GAP)) {
            // a list of names ("A、B和C试点") is designated or not as a whole, by the words around it
            HospitalDirectory.Mention m = run.get(0);
            HospitalDirectory.Mention last = run.get(run.size() - 1);
            String rest = text.substring(last.end(), Math.min(span.end(), last.end() + 60))
                    .replaceFirst("^[（(][^（()）。，,]{1,12}[）)]", "");
            // "在A、B和C试点", "在两所公立医院(A、B)开展试点"
            boolean triedAt = TRIED_AT.matcher(rest.replaceFirst("^[）)]", "")).find()
                    && TRIED_IN.matcher(text.substring(Math.max(span.start(), m.start() - 12), m.start()))
                            .find();
            // "确定省肿瘤医院等10家医院为…试点医院", "将A、B作为…试点": the verb before the list, 为 after it
            boolean designatedAround = DESIGNATING_BEFORE
                            .matcher(text.substring(Math.max(span.start(), m.start() - 4), m.start()))
                            .find()
                    && AS_PILOT_AFTER.matcher(rest).find();
            if (DESIGNATED_AFTER.matcher(rest).find() || triedAt || designatedAround) {
                for (HospitalDirectory.Mention r : run) {
                    if (!out.contains(r)) {
                        out.add(r);
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * The rows of a table or list right after a heading: every line that names hospitals. Short lines between them
     * (row numbers, column headers, cell separators) are passed over; the list ends at the first line of prose.
     */
    private static List<HospitalDirectory.Mention> tableRowsAfter(String text, int from, HospitalDirectory directory) {
        List<HospitalDirectory.Mention> out = new ArrayList<>();
        int lineStart = text.indexOf('\n', from);
        int proseBefore = 0;
        while (lineStart >= 0 && lineStart + 1 < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart + 1);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart + 1, lineEnd).strip();
            List<HospitalDirectory.Mention> inLine = directory.mentionsIn(lineStart + 1, lineEnd).stream()
                    .filter(m -> !m.group())
                    .toList();
            boolean prose = line.contains("。") || (inLine.isEmpty() && line.length() > 16);
            if (!out.isEmpty() && inLine.isEmpty() && line.contains("试点")) {
                break; // the next heading: its rows are its own designation's
            }
            if (!prose && !inLine.isEmpty() && TABLE_LINE.matcher(line).find()) {
                for (HospitalDirectory.Mention m : inLine) {
                    if (!inParenthesis(text, m)) {
                        out.add(m); // "A(依托B)": B hosts A, it is not listed
                    }
                }
            } else if (prose && (!out.isEmpty() || ++proseBefore > 1)) {
                break;
            }
            lineStart = lineEnd < text.length() ? lineEnd : -1;
        }
        return out;
    }

    /**
     * The sentence (or line) right after {@code index} when it is a bare list of names: names cover most of it. Short
     * lines in between ("10家医疗机构", a column header) are passed over.
     */
    static List<HospitalDirectory.Mention> namesListedAfter(
            String text, List<TextSegmenter.Span> sentences, int index, HospitalDirectory directory) {
        for (int j = index + 1; j < Math.min(sentences.size(), index + 4); j++) {
            TextSegmenter.Span next = sentences.get(j);
            String s = text.substring(next.start(), next.end()).strip();
            List<HospitalDirectory.Mention> names = directory.mentionsIn(next.start(), next.end()).stream()
                    .filter(m -> !m.group())
                    .toList();
            int covered = names.stream().mapToInt(m -> m.end() - m.start()).sum();
            if (names.size() >= 2
                    && covered >= 0.6 * s.replaceAll("[\\s、，,。；;和及]", "").length()) {
                return names;
            }
            if (s.length() > 16) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The programme: named in the sentence, else (or when the sentence's name states no reform) around it, in the
     * sentences before and after, the paragraph or the title; the category from the name, else from all of these.
     */
    private Programme programme(String s, String context) {
        String inSentence = firstName(s, false);
        String around = firstName(context, true);
        String name = inSentence;
        if (name == null
                || ("other".equals(categories.categoryOf(name))
                        && around != null
                        && !COUNTY_CAPACITY_NAME.matcher(name).find())) {
            // a bare "…试点" takes the reform named around it; the county-capacity programme is a designation of its own
            name = around != null ? around : inSentence;
        }
        String category = categories.categoryOf(context);
        if (name == null) {
            return null;
        }
        String level = PilotLevels.levelOf(name, divisions);
        if (level == null) {
            level = PilotLevels.levelOf(context, divisions);
        }
        String named = categories.categoryOf(name);
        if ("other".equals(named) && "other".equals(category) && level == null) {
            return null; // neither whose programme nor which reform
        }
        return new Programme(name, level, "other".equals(named) ? category : named);
    }

    /** The first programme name in {@code s}; with {@code stating}, only one whose words state a reform. */
    private String firstName(String s, boolean stating) {
        Matcher v = PROGRAMME_AFTER_VERB.matcher(s);
        while (v.find()) {
            String candidate = v.group("name").strip();
            if (isProgrammeName(candidate) && (!stating || !"other".equals(categories.categoryOf(candidate)))) {
                return candidate; // "…开展了临床路径管理试点": what was carried out
            }
        }
        Matcher p = PROGRAMME.matcher(s);
        while (p.find()) {
            String candidate = withoutLeadingVerb(
                    HospitalNames.stripLeadingFillers(p.group("name").strip()));
            if (isProgrammeName(candidate) && (!stating || !"other".equals(categories.categoryOf(candidate)))) {
                return candidate;
            }
        }
        return null;
    }

    /** "还同步确定了第三批DRG收付费改革" → "第三批DRG收付费改革": the programme starts after the designating verb. */
    private static String withoutLeadingVerb(String candidate) {
        String rest = LEADING_VERB.matcher(candidate).replaceFirst("");
        return rest.length() >= 4 ? rest : candidate;
    }

    private static final Pattern LEADING_VERB =
            Pattern.compile("^[^，,。；;]{0,8}?(?:确定|列为|纳入|开展|启动|进行|实施|公布|印发|发布|下发)(?:了|为)?");

    /** A programme's name, not a clause: no hospital list (A等20个试点), no pointer (该项试点), no bare 试点. */
    private static boolean isProgrammeName(String candidate) {
        return candidate.length() >= 4
                && !candidate.matches("^(?:开展|进行|率先|先行|并在|在|该|此|这|其|本|各|等).*")
                // "全国首批500家提升综合能力建设县级医院": the programme's own count is part of its name
                && (!NOT_A_PROGRAMME.matcher(candidate).find()
                        || COUNTY_CAPACITY_NAME.matcher(candidate).find());
    }

    private static final Pattern NOT_A_PROGRAMME =
            Pattern.compile("(?:医院|卫生院|中心)等|[0-9０-９一二三四五六七八九十百]+[个家所]|[0-9]{4}年|[0-9]+月|附件|名单");

    /** The title line; a text without line breaks has none longer than a heading can be. */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text.substring(0, Math.min(text.length(), 120)) : text.substring(0, Math.min(end, 120));
    }

    /** A national regional medical centre, with its batch when given: "第五批国家区域医疗中心项目". */
    private static final Pattern REGIONAL_PROGRAMME =
            Pattern.compile("(?:(?:第[一二三四五六七八九十]|首)批)?(?:国家|省级)?区域医疗中心(?:建设)?(?:试点)?(?:项目)?");

    /**
     * The hospitals of a list in a sentence on regional medical centres that are all named after a parent hospital and
     * the place they are built in ("上海中医药大学附属龙华医院江西医院、南方医科大学南方医院赣州医院"): the centres' projects.
     */
    private List<HospitalDirectory.Mention> projectHospitals(
            String text, TextSegmenter.Span span, HospitalDirectory directory) {
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        List<HospitalDirectory.Mention> projects = new ArrayList<>();
        for (List<HospitalDirectory.Mention> run : SentenceRoles.runs(text, mentions, LIST_GAP)) {
            List<HospitalDirectory.Mention> inRun =
                    run.stream().filter(m -> isProjectHospital(m.name())).toList();
            if (inRun.size() * 2 >= run.size()) {
                projects.addAll(inRun); // a name cut short in the list ("中日友好医院" of 中日友好医院江西医院) is left out
            }
        }
        return projects.size() >= 2 ? projects : List.of();
    }

    /** A parent hospital's name, then a place's name and 医院: "中国中医科学院广安门医院济南医院". */
    private boolean isProjectHospital(String name) {
        int parentEnd = name.indexOf("医院");
        if (parentEnd < 4 || !name.endsWith("医院") || name.length() - parentEnd < 6) {
            return false;
        }
        String place = name.substring(parentEnd + 2, name.length() - 2);
        return place.length() <= 4 && !divisions.byName(place).isEmpty();
    }

    /** The regional-centre programme a sentence names (or its context, the title first), national unless 省级. */
    private Programme regionalProgramme(String s, String context) {
        for (String where : List.of(s, context)) {
            Matcher m = REGIONAL_PROGRAMME.matcher(where);
            String best = null;
            while (m.find()) {
                if (best == null || m.group().length() > best.length()) {
                    best = m.group();
                }
            }
            if (best != null) {
                String name = best.startsWith("区域") || best.matches("^(?:第.批|首批)区域.*") ? "国家" + best : best;
                String level = name.contains("省级") ? "provincial" : "national";
                return new Programme(name, level, categories.categoryOf(name));
            }
        }
        return null;
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
