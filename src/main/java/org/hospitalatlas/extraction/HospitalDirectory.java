package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hospitals of one document: every mention resolved to one full name (郴州市一医院 → 郴州市第一人民医院,
 * 市妇幼保健院 → 南阳市妇幼保健院 in a 南阳 document), the aliases the document declared (（以下简称“荆州一医”）), and
 * which hospital a sentence is about. A statement names its hospital in the sentence, or continues the last hospital
 * that opened a sentence, or is about the document's main hospital.
 */
final class HospitalDirectory implements SubjectResolver {

    private static final Pattern DECLARED_ALIAS = Pattern.compile(
            "^\\s*[（(]\\s*(?:以下)?(?:简称|下称)\\s*[：:]?\\s*[“\"‘]?(?<alias>[^”\"’）)，,、\\s]{2,16})[”\"’]?\\s*[）)]");
    /** How long a descriptor before a subject may be once time words are removed ("联盟成员单位寿光市人民医院"). */
    private static final int SUBJECT_WINDOW = 8;

    private static final Pattern TIME_WORDS = Pattern.compile(
            "(?:截至|截止|到)?(?:[0-9０-９]{4}\\s*年|今年|去年|上年|当年|同年|同期|全年)?\\s*(?:[0-9一二三四五六七八九十]{1,2}\\s*(?:至[0-9一二三四五六七八九十]{1,2}\\s*)?月)?\\s*(?:[0-9]{1,2}\\s*日)?"
                    + "(?:底|末|初|以来|上半年|下半年|前后)?|目前|如今|其中|此外|同时|另外|近年来|一年来|[“”\"\\s]");
    private static final Pattern RENAMED = Pattern.compile("^\\s*(?:为|是|即|改为|更名为)[^0-9０-９]*$");
    private static final Pattern STATED_YEAR = Pattern.compile("(?:19|20)[0-9]{2}\\s*年");

    private static final Pattern NOT_A_SUBJECT_PREFIX = Pattern.compile("与|和|在|向|到|对|由|从|整合|引进|为|及|同|是|有|以|包括|涵盖|覆盖|含|、"
            // "挂牌“上海中医药大学附属龙华医院合作共建医院”": a plaque's name, not who the sentence is about
            + "|挂牌|授牌|揭牌|加挂|[^“\"「『\\s][“\"「『]$"
            // "2009年整体托管洛川县医院": the hospital a verb acts on
            + "|托管|接管|帮扶|支援|援建|领办|兼并|收购|挂靠");

    private static final Pattern ROLE_OPENING = Pattern.compile("作为|身为");

    record Mention(int start, int end, String surface, String name, boolean group) {}

    private final String text;
    private final TextSegmenter segments;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Set<String>> surfaces = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    /** Whether each mention is the subject of its clause, computed once: every figure asks. */
    private final Map<Mention, Boolean> subjects = new java.util.IdentityHashMap<>();

    private final String main;
    /** Hospitals the document says were merged into another: never the main one, never carried to later figures. */
    private final Set<String> absorbed;
    /** The main hospital is named by the title, the publisher, a header line or the sign-off, not merely counted. */
    private final boolean mainDeclared;

    private final String documentCity;
    private final String documentCounty;
    private final String documentProvince;

    HospitalDirectory(
            String text,
            TextSegmenter segments,
            AdministrativeDivisions divisions,
            List<AdministrativeDivisions.Match> places,
            DocumentMetadata metadata) {
        this.text = text;
        this.segments = segments;
        List<HospitalRecognizer.Candidate> candidates =
                recurringShortNames(text, new HospitalRecognizer(divisions).recognize(text, places));
        List<String> fullNames = new ArrayList<>();
        for (HospitalRecognizer.Candidate c : candidates) {
            Cancellation.check();
            boolean full = c.anchored() || (c.named() && !c.abbreviated());
            if (full && HospitalNames.ordinalShortForm(c.surface()).isEmpty() && !fullNames.contains(c.surface())) {
                fullNames.add(c.surface());
            }
        }
        // "县精神卫生中心和县疾控中心": 和县 there is a conjunction, not the county
        List<AdministrativeDivisions.Match> named = places.stream()
                .filter(m -> !NameBeforeSuffix.isConjunctionNotPlace(text, m))
                .toList();
        String city = dominant(places, divisions, Division.Level.CITY, candidates);
        String county = dominant(places, divisions, Division.Level.COUNTY, candidates);
        this.documentCity = city != null ? city : mostNamed(named, divisions, Division.Level.CITY);
        this.documentCounty =
                writtenAs(county != null ? county : mostNamed(named, divisions, Division.Level.COUNTY), named, text);
        String province = dominant(places, divisions, Division.Level.PROVINCE, candidates);
        this.documentProvince = province != null ? province : mostNamed(named, divisions, Division.Level.PROVINCE);
        Map<String, String> declared = new HashMap<>();
        for (HospitalRecognizer.Candidate c : candidates) {
            Cancellation.check();
            Matcher m = DECLARED_ALIAS.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 30)));
            if (m.find()) {
                declared.put(m.group("alias"), resolve(c, fullNames, divisions));
            }
        }
        List<Mention> found = new ArrayList<>();
        for (HospitalRecognizer.Candidate c : candidates) {
            Cancellation.check();
            HospitalRecognizer.Candidate trimmed = trimToKnownTail(c, fullNames);
            if (trimmed == null) {
                continue;
            }
            String name = declared.getOrDefault(trimmed.surface(), resolve(trimmed, fullNames, divisions));
            found.add(new Mention(trimmed.start(), trimmed.end(), trimmed.surface(), name, c.group()));
        }
        PhraseMatcher<String> aliases = new PhraseMatcher<>();
        declared.forEach(aliases::add);
        for (PhraseMatcher.Match<String> m : aliases.findAll(text)) {
            boolean covered = found.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end());
            if (!covered) {
                found.add(new Mention(m.start(), m.end(), m.phrase(), m.value(), HospitalNames.isGroup(m.value())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : found) {
            mentions.add(m);
            surfaces.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(m.surface());
            counts.merge(m.name(), 1, Integer::sum);
        }
        this.absorbed = absorbedHospitals();
        this.main = chooseMain(metadata);
        this.mainDeclared = main != null && main.equals(declaredMain(metadata));
        for (Mention m : mentions) {
            Cancellation.check();
            subjects.put(m, computeIsSubject(m));
        }
        Map<String, String> roles = namesUsedInTheRoleOf();
        if (!roles.isEmpty()) {
            mentions.replaceAll(m -> roles.containsKey(m.name())
                    ? new Mention(m.start(), m.end(), m.surface(), roles.get(m.name()), m.group())
                    : m);
            surfaces.clear();
            counts.clear();
            subjects.clear();
            for (Mention m : mentions) {
                Cancellation.check();
                surfaces.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(m.surface());
                counts.merge(m.name(), 1, Integer::sum);
            }
            for (Mention m : mentions) {
                Cancellation.check();
                subjects.put(m, computeIsSubject(m));
            }
        }
    }

    /**
     * "作为医专附属中医院，深刻领会…": a sentence that opens with 作为 and a hospital name, then goes on without naming
     * its own subject, speaks of the hospital the passage is about under another of its names. Maps that name to the
     * passage's hospital.
     */
    private Map<String, String> namesUsedInTheRoleOf() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.group() || m.name().equals(main) || absorbed.contains(m.name()) || m.end() + 1 >= text.length()) {
                continue;
            }
            TextSegmenter.Span sentence = segments.sentenceOf(m.start());
            String before = TIME_WORDS
                    .matcher(text.substring(sentence.start(), m.start()))
                    .replaceAll("");
            if (!ROLE_OPENING.matcher(before).matches() || "，,".indexOf(text.charAt(m.end())) < 0) {
                continue;
            }
            int next = m.end() + 1;
            if (mentionAt(next).filter(x -> x.start() == next).isPresent()) {
                continue; // "作为A，B医院…": the sentence names its own subject
            }
            Subject passage = subjectAt(m.start());
            if (passage != null
                    && !passage.hospital().equals(m.name())
                    && !HospitalNames.isGroup(passage.hospital())
                    && !out.containsValue(m.name())) {
                out.putIfAbsent(m.name(), passage.hospital());
            }
        }
        return out;
    }

    List<Mention> mentions() {
        return mentions;
    }

    Map<String, Set<String>> surfacesByName() {
        return surfaces;
    }

    String main() {
        return main;
    }

    String documentCity() {
        return documentCity;
    }

    /** The hospital named at {@code offset}, if a mention covers it. */
    Optional<Mention> mentionAt(int offset) {
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.start() <= offset && offset < m.end()) {
                return Optional.of(m);
            }
            if (m.start() > offset) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Mentions inside [start, end). */
    List<Mention> mentionsIn(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The hospital a statement at {@code offset} is about: the subject of the nearest clause before it in its sentence
     * (a hospital that opens its clause, not one after 在/向/与), else the subject of the last sentence that had one
     * (which is also what 该院/我院 point to), else the document's main hospital.
     */
    @Override
    public Subject subjectAt(int offset) {
        return subjectAt(offset, false);
    }

    @Override
    public Subject figureSubjectAt(int offset) {
        return subjectAt(offset, true);
    }

    private Subject subjectAt(int offset, boolean figure) {
        TextSegmenter.Span sentence = segments.sentenceOf(offset);
        Mention inSentence = null;
        Mention carried = null;
        int carriedSentence = -1;
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.start() >= offset) {
                break;
            }
            if (!isSubject(m)) {
                continue;
            }
            if (m.start() >= sentence.start()) {
                inSentence = m;
            } else if (!m.group() && !absorbed.contains(m.name())) {
                TextSegmenter.Span own = segments.sentenceOf(m.start());
                if (own.start() != carriedSentence) {
                    carried = m; // the first subject of each earlier sentence
                    carriedSentence = own.start();
                }
            }
        }
        if (inSentence != null) {
            return new Subject(inSentence.name(), 1.0);
        }
        String before = text.substring(sentence.start(), offset);
        if (mainDeclared && SPEAKS_FOR_MAIN.matcher(before).find()) {
            return new Subject(main, 0.9);
        }
        if (figure && namesAnotherInstitution(sentence.start(), offset, before)) {
            return null;
        }
        if (carried != null) {
            return new Subject(carried.name(), 0.95);
        }
        return main == null ? null : new Subject(main, 0.9);
    }

    /**
     * In a document a hospital issued (its name in the title, the publisher or the header), 我院 and a sentence opening
     * with 医院/全院 speak for it, whoever an earlier sentence named. In a bulletin of many hospitals they do not.
     */
    private static final Pattern SPEAKS_FOR_MAIN = Pattern.compile(
            "我院|^[\\s“]*(?:(?:(?:19|20)[0-9]{2}\\s*年|今年|去年|上年|全年)[^，,；;。]{0,8}?[，,]?)?(?:目前|现在|如今|现)?(?:医院|全院)"
                    + "(?![^，,；;。]{0,12}?(?:医共体|医联体|医疗集团))");
    /** Figures of a consortium as a whole (医共体内签约居民, 集团下转患者) are the group's, not its lead hospital's. */
    private static final Pattern GROUP_SCOPE =
            Pattern.compile("(?:医共体|医联体|医疗集团|医疗联合体|共同体|集团)(?:内|各|成员|共|累计|总计|合计|全年|整体)"
                    + "|^[^，,；;。]{0,10}?[，,]?\\s*(?:县域)?(?:紧密型)?(?:医共体|医联体|医疗集团|医疗联合体)[^，,；;。]{0,12}$");

    /**
     * A sentence that names another hospital (not as its subject) or speaks of a consortium before the figure: the
     * figure may well be that institution's, so it is given to nobody rather than to the hospital carried over.
     */
    private boolean namesAnotherInstitution(int sentenceStart, int offset, String before) {
        TextSegmenter.Span clause = segments.clauseOf(offset);
        if (GROUP_SCOPE.matcher(before).find()
                || GROUP_SCOPE.matcher(text.substring(clause.start(), offset)).find()) {
            return true;
        }
        for (Mention m : mentionsIn(sentenceStart, offset)) {
            boolean former = m.start() > 0 && text.charAt(m.start() - 1) == '原';
            if (!m.group() && !former) {
                return true;
            }
        }
        return false;
    }

    /** The rest of a clause that makes the names before it a title's ("、B联盟医院", "协作医院", "“X联盟”医院"). */
    private static final Pattern PARTNER_TITLE = Pattern.compile(
            "(?:[（(][^（()）]{2,20}[）)])?(?:[、和及][^，,。；;：:]{2,30}?)?(?:[“\"「][^”\"」]{1,20}[”\"」](?:成员)?(?:医院|单位)"
                    + "|(?:[“\"「][^”\"」]{1,20}[”\"」])?(?:技术|友好)?(?:联盟|集团|协作|合作|成员|教学|帮扶|托管)(?:医院|单位))"
                    + "\\s*[，,。；;、]?\\s*");

    /** The mention is what its sentence is about: it is the subject of the sentence's first clause that has one. */
    boolean opensSentence(Mention m) {
        if (!isSubject(m)) {
            return false;
        }
        TextSegmenter.Span sentence = segments.sentenceOf(m.start());
        for (Mention other : mentionsIn(sentence.start(), m.start())) {
            if (!other.group() && isSubject(other) && other != m) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mention is the subject of its clause: nothing but time words, a short descriptor (联盟成员单位) or an
     * attributive phrase ending in 的 (A与B整合组建的C) stands before it, and no preposition (与, 在, 向, 由 …).
     * A former institution (原X医院) speaks only for figures of a year the paragraph states.
     */
    private boolean isSubject(Mention m) {
        Boolean known = subjects.get(m);
        return known != null ? known : computeIsSubject(m);
    }

    private boolean computeIsSubject(Mention m) {
        if (m.start() > 0
                && SentenceRoles.inBrackets(text, m)
                && mentions.stream().anyMatch(other -> other.end() == m.start() - 1)) {
            return false; // "上海市人民医院(上海交通大学附属人民医院)": the other name of the hospital before it
        }
        TextSegmenter.Span clause = segments.clauseOf(m.start());
        String prefix =
                TIME_WORDS.matcher(text.substring(clause.start(), m.start())).replaceAll("");
        if (prefix.endsWith("原")) {
            TextSegmenter.Span paragraph = segments.paragraphOf(m.start());
            String rest = text.substring(m.end(), clause.end());
            if (!STATED_YEAR
                            .matcher(text.substring(paragraph.start(), m.start()))
                            .find()
                    || RENAMED.matcher(rest).find()) {
                return false; // "原市儿童医院为柳东院区": a former name, not the subject of today's figures
            }
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.endsWith("的")) {
            return true;
        }
        for (Mention later : mentionsIn(m.end(), clause.end())) {
            if (later.start() > 0 && text.charAt(later.start() - 1) == '的') {
                return false; // "A与B整合组建的C": A is inside the phrase that describes C
            }
        }
        if (m.end() < clause.end()
                && PARTNER_TITLE.matcher(text.substring(m.end(), clause.end())).matches()) {
            return false; // "…，B、C联盟医院，": a title of the hospital the passage is about, naming its partners
        }
        return prefix.length() <= SUBJECT_WINDOW
                && !NOT_A_SUBJECT_PREFIX.matcher(prefix).find();
    }

    /**
     * The hospital the document speaks for (我院, 医院): the one its title or publisher names, else the one standing
     * alone on a header line or in the closing sign-off ("（X供稿）", "X 2023年12月28日"), else the one named most
     * often — never one the document says was absorbed into another.
     */
    private String chooseMain(DocumentMetadata metadata) {
        String declaredMain = declaredMain(metadata);
        if (declaredMain != null) {
            return declaredMain;
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Set<String>> e : surfaces.entrySet()) {
            int n = counts.get(e.getKey());
            if (!HospitalNames.isGroup(e.getKey()) && !absorbed.contains(e.getKey()) && n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return best;
    }

    private String declaredMain(DocumentMetadata metadata) {
        if (metadata != null) {
            for (String field : new String[] {metadata.title(), metadata.publisher()}) {
                String named = namedIn(field);
                if (named != null) {
                    return named;
                }
            }
        }
        String header = standingAloneOnLine(headerLines());
        if (header != null) {
            return header;
        }
        String profiled = profiledAtOpening();
        if (profiled != null) {
            return profiled;
        }
        // a bulletin of several articles signs each one off: the last sign-off speaks for the document only if alone
        String signOff = standingAloneOnLine(signOffLines());
        if (signOff == null) {
            return null;
        }
        for (int[] line : allLines()) {
            String other = standingAloneOnLine(List.<int[]>of(line));
            if (other != null && !other.equals(signOff)) {
                return null;
            }
        }
        return signOff;
    }

    /** "X是一所…", "X始建于…", "X位于…": a profile opens with the hospital it describes. */
    private static final Pattern PROFILE_OPENING = Pattern.compile(
            "^\\s*(?:（[^）]{0,12}）|\\([^)]{0,12}\\))?\\s*(?:是一所|是一家|是集|始建于|创建于|创办于|建于|成立于|位于|坐落于|坐落在|前身)");

    /** The hospital the document's first sentence opens with, when that sentence describes it (a profile). */
    private String profiledAtOpening() {
        List<TextSegmenter.Span> sentences = segments.sentences();
        if (sentences.isEmpty()) {
            return null;
        }
        TextSegmenter.Span first = sentences.get(0);
        for (Mention m : mentionsIn(first.start(), first.end())) {
            if (m.group() || m.start() - first.start() > 2) {
                return null;
            }
            Matcher opening = PROFILE_OPENING.matcher(text).region(m.end(), first.end());
            return opening.lookingAt() ? m.name() : null;
        }
        return null;
    }

    private String namedIn(String field) {
        if (field == null) {
            return null;
        }
        for (Map.Entry<String, Set<String>> e : surfaces.entrySet()) {
            for (String s : e.getValue()) {
                if (field.contains(s) && !HospitalNames.isGroup(e.getKey())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static final int HEADER_LINES = 8;
    private static final int SIGN_OFF_LINES = 3;
    private static final int MAX_SIGN_OFF_LENGTH = 40;
    /** What may share a header or sign-off line with the name: brackets, 供稿/编/印发, a date. */
    private static final Pattern LINE_DECORATION = Pattern.compile(
            "[\\s　（()）【】\\[\\]“”\"：:，,。.·\\-—]|供稿|来源|编印|印发|主办|办公室|党委|宣传部|欢迎访问|欢迎来到|欢迎您|官方网站|官网|"
                    + "(?:19|20)[0-9]{2}\\s*年(?:\\s*[0-9]{1,2}\\s*月)?(?:\\s*[0-9]{1,2}\\s*日)?|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}");

    private List<int[]> headerLines() {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length() && lines.size() < HEADER_LINES) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            if (!text.substring(from, end).isBlank()) {
                lines.add(new int[] {from, end});
            }
            from = end + 1;
        }
        return lines;
    }

    private List<int[]> allLines() {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            if (end - from <= MAX_SIGN_OFF_LENGTH && !text.substring(from, end).isBlank()) {
                lines.add(new int[] {from, end});
            }
            from = end + 1;
        }
        return lines;
    }

    private List<int[]> signOffLines() {
        List<int[]> lines = new ArrayList<>();
        int end = text.length();
        while (end > 0 && lines.size() < SIGN_OFF_LINES) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            if (!text.substring(start, end).isBlank()) {
                lines.add(new int[] {start, end});
            }
            end = start - 1;
        }
        return lines;
    }

    /** A hospital whose name is all a line says, apart from brackets, 供稿 and a date. */
    private String standingAloneOnLine(List<int[]> lines) {
        for (int[] line : lines) {
            List<Mention> inLine = mentionsIn(line[0], line[1]);
            if (inLine.size() != 1
                    || inLine.get(0).group()
                    || absorbed.contains(inLine.get(0).name())) {
                continue;
            }
            Mention m = inLine.get(0);
            String rest = text.substring(line[0], m.start()) + text.substring(m.end(), line[1]);
            if (LINE_DECORATION.matcher(rest).replaceAll("").isEmpty()) {
                return m.name();
            }
        }
        return null;
    }

    /** "X整体并入我院", "X并入Y", "原X法人资格注销", "X…更名为Y东院区": X lives on only as part of another hospital. */
    private static final Pattern ABSORBED_AFTER =
            Pattern.compile("^[^，,；;。！？\\n]{0,6}?(?:整体)?(?:并入|划入|合并到|合并入|整建制并入)|^[^，,；;。！？\\n]{0,4}?法人资格[^，,；;。]{0,4}注销"
                    + "|^与[^；;。！？\\n]{0,30}?更名为[^，,；;。]{2,20}院区");

    private Set<String> absorbedHospitals() {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            Cancellation.check();
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            if (!m.group() && ABSORBED_AFTER.matcher(after).find()) {
                out.add(m.name());
            }
        }
        return out;
    }

    /** 随着中心医院 → 中心医院 when a full name of the document ends with the shorter form. */
    /**
     * An unanchored mention stands for a full name of the document it ends like (随着中心医院 → 中心医院 → 南阳市中心医院);
     * otherwise it must be a name by itself (an abbreviation such as 市妇幼保健院, or one carrying a name marker), or
     * it is dropped (推进医院, 目前医院).
     */
    private static HospitalRecognizer.Candidate trimToKnownTail(
            HospitalRecognizer.Candidate c, List<String> fullNames) {
        if (c.anchored() || fullNames.contains(c.surface())) {
            return c;
        }
        String suffix = suffixOf(c.surface());
        for (int cut = 0; cut <= c.surface().length() - 4; cut++) {
            String tail = c.surface().substring(cut);
            String core = tail.substring(0, tail.length() - suffix.length());
            if (core.isEmpty() || HospitalNames.isGeneric(core)) {
                break;
            }
            if (uniqueEndingWith(tail, fullNames) != null) {
                return new HospitalRecognizer.Candidate(
                        c.start() + cut,
                        c.end(),
                        tail,
                        false,
                        tail.equals(c.surface()) && c.abbreviated(),
                        c.group(),
                        true);
            }
        }
        return c.named() ? c : null;
    }

    /** A short proper core before 医院 (新华, 埭溪, 闽东): two to four characters, no place, no generic word. */
    /** "这所医院", "每家医院", "两所医院": a pointer or a count, not a name. */
    private static final String DEMONSTRATIVE = "这那此该本我其各某每两一全";

    /** "长三角医院协同发展联盟": a region's hospitals, not one hospital. */
    private static final Pattern REGION = Pattern.compile("长三角|珠三角|京津冀|成渝|粤港澳|大湾区|[东西中]部|两岸|三地");

    private static final Pattern DESCRIBED =
            Pattern.compile("^(?:[（(][^）)]{0,20}[）)])?\\s*(?:是|系)[^。；;！？\\n]{0,40}?医院");

    private static final Pattern SHORT_CORE = Pattern.compile("^[\\u4e00-\\u9fa5]{2,4}$");

    /**
     * A name without place or marker (内蒙古医院, 埭溪医院, 兵团医院) is read as a hospital when the text names it at least
     * twice, or lists it right after a hospital it names ("积水潭医院、回龙观医院"): a word that only looks like a name
     * (大型医院, 定点医院) is generic, and a proper name a report keeps using is the hospital it is about.
     */
    private static List<HospitalRecognizer.Candidate> recurringShortNames(
            String text, List<HospitalRecognizer.Candidate> candidates) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> glued = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            HospitalRecognizer.Candidate c = candidates.get(i);
            if (isShortProperName(c)) {
                seen.merge(c.surface(), 1, Integer::sum);
                if (i > 0 && candidates.get(i - 1).end() == c.start()) {
                    glued.add(c.surface()); // "西交大一附院榆林医院": the branch's own part of a compound name
                }
            }
        }
        glued.forEach(seen::remove);
        for (HospitalRecognizer.Candidate c : candidates) {
            // "同济医院" for 华中科技大学同济医学院附属同济医院: the short form of a name the text gives in full
            if (c.named() || c.anchored()) {
                seen.keySet()
                        .removeIf(name -> c.surface().length() > name.length()
                                && c.surface().endsWith(name));
            }
        }
        if (seen.isEmpty()) {
            return candidates;
        }
        List<HospitalRecognizer.Candidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            HospitalRecognizer.Candidate c = candidates.get(i);
            HospitalRecognizer.Candidate previous = i > 0 ? candidates.get(i - 1) : null;
            boolean listed = previous != null
                    && previous.named()
                    && previous.end() < c.start()
                    && c.start() - previous.end() <= 1
                    && "、和及".indexOf(text.charAt(previous.end())) >= 0;
            boolean bounded = c.start() == 0 || HospitalNames.isStopChar(text.charAt(c.start() - 1));
            // "新华医院是上海交通大学医学院附属教学医院": a sentence opens on the name and describes it as a hospital
            boolean opens = c.start() == 0 || "\n。！？；;".indexOf(text.charAt(c.start() - 1)) >= 0;
            boolean described = opens
                    && DESCRIBED
                            .matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 50)))
                            .find();
            if (isShortProperName(c)
                    && bounded
                    && seen.containsKey(c.surface())
                    && (seen.get(c.surface()) >= 2 || listed || described)) {
                c = new HospitalRecognizer.Candidate(c.start(), c.end(), c.surface(), false, false, c.group(), true);
            }
            out.add(c);
        }
        return out;
    }

    private static boolean isShortProperName(HospitalRecognizer.Candidate c) {
        if (c.named() || c.anchored() || c.group() || !c.surface().endsWith("医院")) {
            return false;
        }
        String core = c.surface().substring(0, c.surface().length() - 2);
        return SHORT_CORE.matcher(core).matches()
                && !HospitalNames.isGeneric(core)
                && !HospitalNames.isGeneric(HospitalNames.withoutCollectiveWords(core))
                && !HospitalNames.namesHonour(core)
                && !HospitalNames.readsAsPhrase(core)
                && !HospitalNames.isStopChar(core.charAt(0))
                && DEMONSTRATIVE.indexOf(core.charAt(0)) < 0
                && !REGION.matcher(core).find();
    }

    private static String suffixOf(String name) {
        Matcher m = HospitalNames.SUFFIX.matcher(name);
        String last = "";
        while (m.find()) {
            if (m.end() == name.length()) {
                last = m.group();
            }
        }
        return last;
    }

    private String resolve(HospitalRecognizer.Candidate c, List<String> fullNames, AdministrativeDivisions divisions) {
        String surface = c.surface();
        Optional<HospitalNames.OrdinalKey> ordinal = HospitalNames.ordinalShortForm(surface);
        if (ordinal.isPresent()) {
            return resolveOrdinal(ordinal.get(), fullNames, divisions).orElse(surface);
        }
        if (c.group()) {
            // 市中心医院医疗集团 → the lead's full name + the group word
            int split = surface.indexOf("医院");
            if (split > 0 && split + 2 < surface.length()) {
                String lead = surface.substring(0, split + 2);
                String rest = surface.substring(split + 2);
                HospitalRecognizer.Candidate leadCandidate = new HospitalRecognizer.Candidate(
                        c.start(), c.start() + lead.length(), lead, c.anchored(), c.abbreviated(), false, true);
                return resolve(leadCandidate, fullNames, divisions) + rest;
            }
        }
        String unique = uniqueEndingWith(surface, fullNames);
        if (unique != null && !unique.equals(surface)) {
            return HospitalNames.expandAffiliated(unique);
        }
        if (c.abbreviated()) {
            Optional<String> numbered = numberedOfLevel(surface, fullNames);
            if (numbered.isPresent()) {
                return numbered.get(); // 县二医院 → 金堂县第二人民医院, the one of the text
            }
            char level = surface.charAt(0);
            if (level == '市' && documentCity != null) {
                return documentCity + surface.substring(1);
            }
            if (level == '省' && documentProvince != null && documentProvince.endsWith("省")) {
                return documentProvince + surface.substring(1); // 省肿瘤医院 → 吉林省肿瘤医院
            }
            if ((level == '区' || level == '县')
                    && documentCounty != null
                    && documentCounty.charAt(documentCounty.length() - 1) == level) {
                return documentCounty + surface.substring(1);
            }
        }
        return HospitalNames.expandAffiliated(surface);
    }

    /** "县二医院", "市第三人民医院": a numbered hospital named by its level only. */
    private static final Pattern NUMBERED_OF_LEVEL =
            Pattern.compile("^(?<level>[市县区])第?(?<ord>[一二三四五六七八九十])(?:人民)?(?:医院|院)$");

    /** The one full name of the text with the same number at the same level (金堂县第二人民医院 for 县二医院). */
    private static Optional<String> numberedOfLevel(String surface, List<String> fullNames) {
        Matcher m = NUMBERED_OF_LEVEL.matcher(surface);
        if (!m.matches()) {
            return Optional.empty();
        }
        String found = null;
        for (String f : fullNames) {
            Optional<HospitalNames.OrdinalKey> full = HospitalNames.ordinalFullForm(f);
            if (full.isPresent()
                    && full.get().ordinal().equals(m.group("ord"))
                    && full.get().place().endsWith(m.group("level"))) {
                if (found != null && !found.equals(f)) {
                    return Optional.empty();
                }
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<String> resolveOrdinal(
            HospitalNames.OrdinalKey key, List<String> fullNames, AdministrativeDivisions divisions) {
        String place = key.place();
        String placeShort = place.endsWith("市") ? place.substring(0, place.length() - 1) : place;
        String group = key.group() ? "医疗集团" : "";
        for (String f : fullNames) {
            Optional<HospitalNames.OrdinalKey> full = HospitalNames.ordinalFullForm(f);
            if (full.isPresent()
                    && full.get().ordinal().equals(key.ordinal())
                    && (full.get().place().equals(place) || full.get().place().equals(placeShort))) {
                return Optional.of(f + group);
            }
        }
        // no full form in the text: spell it out only for a real city (上海 → 上海市第一人民医院)
        for (Division d : divisions.byName(placeShort)) {
            if (d.level() != Division.Level.COUNTY && d.name().endsWith("市")) {
                return Optional.of(d.name() + "第" + key.ordinal() + "人民医院" + group);
            }
        }
        return Optional.empty();
    }

    private static String uniqueEndingWith(String tail, List<String> fullNames) {
        String found = null;
        for (String f : fullNames) {
            if (f.length() > tail.length() && f.endsWith(tail)) {
                if (found != null && !found.equals(f)) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /**
     * When no full hospital name places the document: the city (or county) the text names most often anywhere, its
     * title, dateline or publisher line included ("主办：云阳县人民政府"), if one is named more often than any other.
     */
    private static String mostNamed(
            List<AdministrativeDivisions.Match> places, AdministrativeDivisions divisions, Division.Level level) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (AdministrativeDivisions.Match m : places) {
            if (level == Division.Level.CITY && m.division().level() == Division.Level.PROVINCE) {
                continue; // a municipality named as a province is not the city of a short form
            }
            atLevel(m.division(), level, divisions).ifPresent(x -> votes.merge(x.name(), 1, Integer::sum));
        }
        return winner(votes, true);
    }

    /**
     * A division as the text writes it, for expanding a short form the way the text would: 秀山县 for
     * 秀山土家族苗族自治县 when the text never writes the official name. Null stays null.
     */
    private static String writtenAs(String official, List<AdministrativeDivisions.Match> places, String text) {
        if (official == null) {
            return null;
        }
        String written = null;
        char level = official.charAt(official.length() - 1);
        for (AdministrativeDivisions.Match m : places) {
            if (!m.division().name().equals(official)) {
                continue;
            }
            String surface = text.substring(m.start(), m.end());
            if (surface.equals(official)) {
                return official;
            }
            if (written == null && surface.length() >= 2 && surface.charAt(surface.length() - 1) == level) {
                written = surface;
            }
        }
        return written != null ? written : official;
    }

    /** The city (or county) the document's hospitals are in, e.g. 南阳市, for expanding 市妇幼保健院. */
    private static String dominant(
            List<AdministrativeDivisions.Match> places,
            AdministrativeDivisions divisions,
            Division.Level level,
            List<HospitalRecognizer.Candidate> candidates) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (HospitalRecognizer.Candidate c : candidates) {
            Cancellation.check();
            if (!c.anchored()) {
                continue;
            }
            for (AdministrativeDivisions.Match m : places) {
                if (m.start() == c.start()) {
                    atLevel(m.division(), level, divisions).ifPresent(x -> votes.merge(x.name(), 2, Integer::sum));
                }
            }
        }
        return winner(votes, false);
    }

    /** The division at {@code level} that contains {@code d} (itself when it is at that level). */
    private static Optional<Division> atLevel(Division d, Division.Level level, AdministrativeDivisions divisions) {
        if (d.level() == level) {
            return Optional.of(d);
        }
        return switch (level) {
            case CITY -> divisions.city(d);
            case PROVINCE -> divisions.province(d);
            default -> Optional.empty();
        };
    }

    /** The name with the most votes (the first named on a tie), or null; with {@code unique}, null on a tie. */
    private static String winner(Map<String, Integer> votes, boolean unique) {
        String best = null;
        int bestVotes = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
                tie = false;
            } else if (e.getValue() == bestVotes) {
                tie = true;
            }
        }
        return unique && tie ? null : best;
    }
}
