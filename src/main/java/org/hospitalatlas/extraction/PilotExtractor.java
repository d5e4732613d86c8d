package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reform-pilot designations: "2016年被列为A和B；2017年被列为C", "X是2019年省级…试点单位". Each designation
 * becomes one fact; its level comes from its own wording (国家, 湖南省, 郴州市, 县), its category from keywords.
 */
final class PilotExtractor {

    private static final Pattern ENDING =
            Pattern.compile("(?:示范|试点)性?(?:医院)?建设单位|示范性建设医院|试点医院|试点单位|试点项目|试点城市|试点县|试点区|示范医院|示范单位|示范点"
                    + "|名单(?<=(?:医院|工程|项目)名单)|输出医院(?<=(?:区域医疗中心|区域医疗中心建设|区域医疗中心建设试点)输出医院)"
                    // the national programme for county hospitals' capacity: "全面提升县级医院综合能力第一阶段500家县医院",
                    // "“千县工程”综合能力提升医院", "500家提升综合能力建设县级医院"
                    // — a designation in a batch or stage, not the programme's plan ("明确了“千县工程”县医院")
                    + "|(?:首批|第[一二三]批|第[一二三]阶段|500家|五百家)[^，,。；;、]{0,20}?(?:县级医院|县医院|提升医院)");
    /** A designation of a place (试点城市, 试点县): a hospital's only when a hospital is named as its subject. */
    private static final Pattern PLACE_ENDING = Pattern.compile("试点城市|试点县|试点区");
    /** "同为首批试点医院的X": the same designation as one stated before. */
    private static final Pattern SAME_AS = Pattern.compile("(?:同为|同样是|也是|亦为|同属)\\s*$");

    private static final Pattern TRIGGER =
            Pattern.compile("被列为|列为|被确定为|确定为|被评为|评为|获评|被认定为|认定为|被列入|列入|被纳入|纳入|成为|入选|获批|荣获|是|为");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:\\s|和|及|以及|与|、|，|,|目前|当前)+");
    /** "2011年底和2014年，先后被确定为…": two years for two designations, in order. */
    private static final Pattern YEAR_PAIR = Pattern.compile(
            "(?<y1>(?:19|20)[0-9]{2})\\s*年[^，,。；;和及与、0-9]{0,4}[和及与、]\\s*(?<y2>(?:19|20)[0-9]{2})\\s*年[^。；;]{0,12}?(?:先后|分别|相继)");

    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^(?:(?:19|20)[0-9]{2}\\s*年\\s*(?:度)?\\s*(?:(?:被)?(?:确定|认定|批准|公布|评定|遴选)(?:为)?)?\\s*(?:的)?)");
    private static final Pattern MODAL = Pattern.compile("应当|优先|鼓励|支持|拟|计划|力争|争取");
    private static final Pattern POINTER_START = Pattern.compile("^(?:在|该|此|这|其|我省|本省|我市|本市)");
    private static final Pattern LEVEL_WORD = Pattern.compile("国家|全国|自治区|自治州|省|市|县|区");

    /** "国家、省、市三级“…试点医院”": one designation at each level the list names. */
    private static final Pattern LEVEL_LIST = Pattern.compile(
            "(?:国家级?|全国)[、和及与]\\s*省级?(?:[、和及与]\\s*(?<city>市|市级|地市级?))?(?:[、和及与]\\s*(?<county>县|县级|区|县区级?))?\\s*[二两三四]级");

    private final PilotCategories categories;
    private final AdministrativeDivisions divisions;

    PilotExtractor(PilotCategories categories, AdministrativeDivisions divisions) {
        this.categories = categories;
        this.divisions = divisions;
    }

    List<PilotFact> extract(String text, TextSegmenter segments, YearResolver years, SubjectResolver subjects) {
        List<PilotFact> out = new ArrayList<>();
        Matcher ending = ENDING.matcher(text);
        int previousEnd = -1;
        int previousTrigger = -1;
        while (ending.find()) {
            Cancellation.check();
            TextSegmenter.Span sentence = segments.sentenceOf(ending.start());
            int trigger = -1;
            int triggerEnd = -1;
            Matcher t = TRIGGER.matcher(text).region(sentence.start(), ending.start());
            while (t.find()) {
                trigger = t.start();
                triggerEnd = t.end();
            }
            // "作为首批…试点输出医院，A将…": the designation opens the sentence, its hospital follows it
            Matcher as = OPENING_AS.matcher(text).region(sentence.start(), ending.start());
            SubjectResolver.Subject opening = as.lookingAt() && (trigger < 0 || trigger == as.end() - 1)
                    ? namedRightAfter(text, subjects, ending.end())
                    : null;
            if (opening != null) {
                trigger = as.end() - 2;
                triggerEnd = as.end();
            }
            if (trigger < 0) {
                continue;
            }
            int start = triggerEnd;
            boolean second = false;
            if (previousEnd > start && previousEnd <= ending.start()) {
                start = previousEnd; // the second of "被列为A和B"
                trigger = previousTrigger;
                second = true;
            }
            String raw = text.substring(start, ending.end());
            Matcher noise = LEADING_NOISE.matcher(raw);
            int skip = noise.find() ? noise.end() : 0;
            Integer year = null;
            Matcher leadingYear = LEADING_YEAR.matcher(raw.substring(skip));
            if (leadingYear.find()) {
                year = years.firstYearIn(start + skip, start + skip + leadingYear.end());
                skip += leadingYear.end();
            }
            int nameStart = start + skip;
            int nameEnd = ending.group().equals("名单") ? ending.start() : ending.end();
            String name = text.substring(nameStart, nameEnd).strip();
            int item = lastListItem(name);
            if (item > 0) {
                name = name.substring(item).strip(); // "…“示范县”创建医院、河北省“医共体建设”试点医院": the last designation listed
            }
            previousEnd = ending.end();
            previousTrigger = trigger;
            if (MODAL.matcher(text.substring(sentence.start(), trigger)).find()) {
                continue; // "…应…，优先纳入省试点医院": a rule or a plan, not a designation
            }
            if (POINTER_START.matcher(name).find()) {
                continue; // "在我省首批试点单位", "该项试点": a pointer to a designation, not its name
            }
            if (name.length() < 4
                    || name.length() > 40
                    || ENDING.matcher(name).replaceAll("").isBlank()) {
                continue;
            }
            String endingWord = ending.group();
            if (endingWord.equals("名单")
                    && !Pattern.compile("入选|列入|纳入")
                            .matcher(text.substring(trigger, triggerEnd))
                            .find()) {
                continue;
            }
            if (PLACE_ENDING.matcher(endingWord).matches()) {
                TextSegmenter.Span clause = segments.clauseOf(trigger);
                if (directoryMentionsBefore(subjects, clause.start(), trigger)) {
                    // a hospital named as the pilot unit of a place's programme
                } else {
                    continue; // "甘谷县被确定为…试点县": the county's pilot, not a hospital's
                }
            }
            boolean sameAs = SAME_AS.matcher(text.substring(sentence.start(), trigger + (triggerEnd - trigger)))
                            .find()
                    || SAME_AS.matcher(text.substring(sentence.start(), triggerEnd))
                            .find();
            if (sameAs) {
                PilotFact earlier = earlierEndingWith(out, name);
                if (earlier == null) {
                    continue;
                }
                SubjectResolver.Subject subject = headAfter(text, subjects, ending.end());
                if (subject == null) {
                    subject = subjects.subjectAt(trigger);
                }
                if (subject == null || subject.hospital().equals(earlier.hospital())) {
                    continue;
                }
                TextSegmenter.Span clause = segments.clauseOf(ending.start());
                out.add(new PilotFact(
                        subject.hospital(),
                        earlier.year(),
                        earlier.name(),
                        earlier.level(),
                        earlier.category(),
                        Evidence.of(text, clause.start(), Math.max(clause.end(), ending.end())),
                        Math.round(0.8 * subject.confidence() * 100) / 100.0));
                continue;
            }
            if (year == null) {
                Matcher pair = YEAR_PAIR.matcher(text.substring(sentence.start(), trigger));
                // "2011年底和2014年，先后被确定为A和B": each designation takes its own year
                year = pair.find()
                        ? Integer.valueOf(second ? pair.group("y2") : pair.group("y1"))
                        : years.resolve(trigger);
            }
            if (year == null) {
                year = years.publicationYear(); // a designation is news when it is published (the dateline)
            }
            SubjectResolver.Subject subject = opening != null ? opening : subjects.subjectAt(trigger);
            if (subject == null) {
                continue;
            }
            String level = levelOf(name);
            if (level == null) {
                level = agentLevel(text, sentence.start(), trigger);
            }
            if (level == null && "other".equals(categories.categoryOf(name)) && !endingWord.equals("名单")) {
                continue; // "首批试点医院" alone: neither whose programme nor which reform
            }
            if (endingWord.startsWith("示范") && !name.contains("试点") && "other".equals(categories.categoryOf(name))) {
                continue; // "全国百姓放心示范医院": an honour; a 示范 designation counts when it names a reform
            }
            TextSegmenter.Span clause = segments.clauseOf(ending.start());
            int qs = Math.min(clause.start(), nameStart);
            int qe = Math.max(clause.end(), ending.end());
            for (String each : levelsListed(name, level)) {
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
        return out;
    }

    /**
     * Where the last item of a list of designations starts ("A示范县创建医院、B试点医院" → B…), or 0: after a top-level 、
     * or comma that closes an item ending like a designation (…医院, …单位, a closing quote).
     */
    static int lastListItem(String name) {
        int depth = 0;
        int last = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("“《（(「".indexOf(c) >= 0) {
                depth++;
            } else if ("”》）)」".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0
                    && (c == '、' || c == '，' || c == ',')
                    && i > 0
                    && i + 4 < name.length()
                    && "院位县市区地心”》）)".indexOf(name.charAt(i - 1)) >= 0) {
                last = i + 1;
            }
        }
        return last;
    }

    /** "被国家卫生健康委公布为…": the body that designates. */
    private static final Pattern AGENT = Pattern.compile("被(?<agent>[^，,。；;被]{2,24}?)(?:公布|确定|认定|评定|遴选|批准|列|纳|评)");

    private static List<String> levelsListed(String name, String level) {
        Matcher m = LEVEL_LIST.matcher(name);
        if (!m.find()) {
            return java.util.Collections.singletonList(level);
        }
        List<String> levels = new ArrayList<>(List.of("national", "provincial"));
        if (m.group("city") != null) {
            levels.add("municipal");
        }
        if (m.group("county") != null) {
            levels.add("county");
        }
        return levels;
    }

    /** The level of the body a passive designation names ("被国家卫生健康委公布为首批…试点医院"), or null. */
    private String agentLevel(String text, int sentenceStart, int trigger) {
        Matcher m = AGENT.matcher(text).region(sentenceStart, Math.min(text.length(), trigger + 2));
        String agent = null;
        while (m.find()) {
            agent = m.group("agent");
        }
        return agent == null ? null : levelOf(agent);
    }

    private static boolean directoryMentionsBefore(SubjectResolver subjects, int from, int to) {
        return subjects instanceof HospitalDirectory directory
                && !directory.mentionsIn(from, to).isEmpty();
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

    /** A sentence that opens with 作为 (after a time word at most): "作为首批…试点医院，". */
    private static final Pattern OPENING_AS =
            Pattern.compile("\\s*(?:(?:19|20)[0-9]{2}\\s*年[^，,。；;作]{0,8}[，,]?\\s*)?作为");

    /** "…试点医院，淄博市第一医院将…": the hospital named right after the designation's comma, as its clause's subject. */
    private static SubjectResolver.Subject namedRightAfter(String text, SubjectResolver subjects, int end) {
        if (end + 1 >= text.length()
                || "，,".indexOf(text.charAt(end)) < 0
                || !(subjects instanceof HospitalDirectory directory)) {
            return null;
        }
        int from = end + 1;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return mentionStartingAt(directory, from)
                .filter(m -> !m.group())
                .map(PilotExtractor::namedHere)
                .orElse(null);
    }

    /** The hospital whose name starts right at {@code at}. */
    private static java.util.Optional<HospitalDirectory.Mention> mentionStartingAt(
            HospitalDirectory directory, int at) {
        return directory.mentionAt(at).filter(m -> m.start() == at);
    }

    /** A hospital named where the designation is stated, as its subject. */
    private static SubjectResolver.Subject namedHere(HospitalDirectory.Mention m) {
        return new SubjectResolver.Subject(m.name(), 0.9);
    }

    /** "…试点医院的淄博市第一医院": the hospital the designation is attributed to. */
    private static SubjectResolver.Subject headAfter(String text, SubjectResolver subjects, int end) {
        if (end < text.length() && text.charAt(end) == '的' && subjects instanceof HospitalDirectory directory) {
            return mentionStartingAt(directory, end + 1)
                    .map(PilotExtractor::namedHere)
                    .orElse(null);
        }
        return null;
    }

    /** The level the designation's own wording names first: 国家 → national, 湖南省 → provincial, 郴州市 → municipal. */
    private String levelOf(String name) {
        return levelOf(name, divisions);
    }

    static String levelOf(String name, AdministrativeDivisions divisions) {
        int bestIndex = Integer.MAX_VALUE;
        String best = null;
        for (AdministrativeDivisions.Match m : divisions.findAll(name)) {
            bestIndex = m.start();
            best = switch (m.division().level()) {
                case PROVINCE -> "provincial";
                case CITY -> "municipal";
                case COUNTY -> "county";
            };
            break;
        }
        Matcher w = LEVEL_WORD.matcher(name);
        while (w.find()) {
            if (w.start() >= bestIndex) {
                break;
            }
            String level = switch (w.group()) {
                case "国家", "全国" -> "national";
                case "省", "自治区" -> "provincial";
                case "市", "自治州" -> "municipal";
                default -> "county";
            };
            if (w.group().equals("市") && w.start() > 0 && name.charAt(w.start() - 1) == '城') {
                continue; // 城市公立医院 is a kind of hospital, not a level
            }
            return level;
        }
        return best;
    }
}
