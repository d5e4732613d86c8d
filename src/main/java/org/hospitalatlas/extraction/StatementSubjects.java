package org.hospitalatlas.extraction;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalDirectory.Mention;
import org.hospitalatlas.extraction.SubjectResolver.Subject;

/**
 * Which hospital a statement is about ({@link HospitalDirectory}): a statement names its hospital as the subject of a
 * clause in its sentence, or continues the last hospital that opened a sentence, or is about the document's main
 * hospital.
 */
final class StatementSubjects {

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

    /** The rest of a clause that makes the names before it a title's ("、B联盟医院", "协作医院", "“X联盟”医院"). */
    private static final Pattern PARTNER_TITLE = Pattern.compile(
            "(?:[（(][^（()）]{2,20}[）)])?(?:[、和及][^，,。；;：:]{2,30}?)?(?:[“\"「][^”\"」]{1,20}[”\"」](?:成员)?(?:医院|单位)"
                    + "|(?:[“\"「][^”\"」]{1,20}[”\"」])?(?:技术|友好)?(?:联盟|集团|协作|合作|成员|教学|帮扶|托管)(?:医院|单位))"
                    + "\\s*[，,。；;、]?\\s*");

    private final String text;
    private final TextSegmenter segments;
    private final DocumentMentions mentions;
    private final String main;
    /** The main hospital is named by the title, the publisher, a header line or the sign-off, not merely counted. */
    private final boolean mainDeclared;
    /** Hospitals the document says were merged into another: never carried to later figures. */
    private final Set<String> absorbed;
    /** Whether each mention is the subject of its clause, computed once: every figure asks. */
    private final Map<Mention, Boolean> subjects = new IdentityHashMap<>();

    StatementSubjects(
            String text,
            TextSegmenter segments,
            DocumentMentions mentions,
            String main,
            boolean mainDeclared,
            Set<String> absorbed) {
        this.text = text;
        this.segments = segments;
        this.mentions = mentions;
        this.main = main;
        this.mainDeclared = mainDeclared;
        this.absorbed = absorbed;
        computeAll();
    }

    /** Computes afresh whether each mention is the subject of its clause (again after mentions were renamed). */
    void computeAll() {
        subjects.clear();
        for (Mention m : mentions.all()) {
            Cancellation.check();
            subjects.put(m, computeIsSubject(m));
        }
    }

    /**
     * The hospital a statement at {@code offset} is about: the subject of the nearest clause before it in its sentence
     * (a hospital that opens its clause, not one after 在/向/与), else the subject of the last sentence that had one
     * (which is also what 该院/我院 point to), else the document's main hospital. With {@code figure}, a figure whose
     * sentence names another institution or a consortium before it is nobody's rather than carried over.
     */
    Subject subjectAt(int offset, boolean figure) {
        TextSegmenter.Span sentence = segments.sentenceOf(offset);
        Mention inSentence = null;
        Mention carried = null;
        int carriedSentence = -1;
        for (Mention m : mentions.all()) {
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
     * A sentence that names another hospital (not as its subject) or speaks of a consortium before the figure: the
     * figure may well be that institution's, so it is given to nobody rather than to the hospital carried over.
     */
    private boolean namesAnotherInstitution(int sentenceStart, int offset, String before) {
        TextSegmenter.Span clause = segments.clauseOf(offset);
        if (GROUP_SCOPE.matcher(before).find()
                || GROUP_SCOPE.matcher(text.substring(clause.start(), offset)).find()) {
            return true;
        }
        for (Mention m : mentions.in(sentenceStart, offset)) {
            boolean former = m.start() > 0 && text.charAt(m.start() - 1) == '原';
            if (!m.group() && !former) {
                return true;
            }
        }
        return false;
    }

    /** The mention is what its sentence is about: it is the subject of the sentence's first clause that has one. */
    boolean opensSentence(Mention m) {
        if (!isSubject(m)) {
            return false;
        }
        TextSegmenter.Span sentence = segments.sentenceOf(m.start());
        for (Mention other : mentions.in(sentence.start(), m.start())) {
            if (!other.group() && isSubject(other) && other != m) {
                return false;
            }
        }
        return true;
    }

    /** A hospital's group word right after its name ("…医院集团"), before another name. */
    private static final Pattern GROUP_OF_NEXT = Pattern.compile("(?:医疗)?集团");

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
                && mentions.all().stream().anyMatch(other -> other.end() == m.start() - 1)) {
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
        for (Mention later : mentions.in(m.end(), clause.end())) {
            if (later.start() > 0 && text.charAt(later.start() - 1) == '的') {
                return false; // "A与B整合组建的C": A is inside the phrase that describes C
            }
        }
        Matcher group = GROUP_OF_NEXT.matcher(text).region(Math.min(m.end(), clause.end()), clause.end());
        if (group.lookingAt()
                && mentions.at(group.end())
                        .filter(x -> x.start() == group.end())
                        .isPresent()) {
            return false; // "罗湖医院集团东晓街道社区健康服务中心": the group the next name belongs to
        }
        if (m.end() < clause.end()
                && PARTNER_TITLE.matcher(text.substring(m.end(), clause.end())).matches()) {
            return false; // "…，B、C联盟医院，": a title of the hospital the passage is about, naming its partners
        }
        return prefix.length() <= SUBJECT_WINDOW
                && !NOT_A_SUBJECT_PREFIX.matcher(prefix).find();
    }

    /**
     * "作为医专附属中医院，深刻领会…": a sentence that opens with 作为 and a hospital name, then goes on without naming
     * its own subject, speaks of the hospital the passage is about under another of its names. Maps that name to the
     * passage's hospital.
     */
    Map<String, String> namesUsedInTheRoleOf() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Mention m : mentions.all()) {
            Cancellation.check();
            if (m.group() || m.name().equals(main) || absorbed.contains(m.name()) || m.end() + 1 >= text.length()) {
                continue;
            }
            TextSegmenter.Span sentence = segments.sentenceOf(m.start());
            String opening = text.substring(sentence.start(), m.start());
            // removing time words only deletes: an opening without 为 never reads as ROLE_OPENING (作为, 身为)
            if (opening.indexOf('为') < 0 || "，,".indexOf(text.charAt(m.end())) < 0) {
                continue;
            }
            String before = TIME_WORDS.matcher(opening).replaceAll("");
            if (!ROLE_OPENING.matcher(before).matches()) {
                continue;
            }
            int next = m.end() + 1;
            if (mentions.at(next).filter(x -> x.start() == next).isPresent()) {
                continue; // "作为A，B医院…": the sentence names its own subject
            }
            Subject passage = subjectAt(m.start(), false);
            if (passage != null
                    && !passage.hospital().equals(m.name())
                    && !HospitalNames.isGroup(passage.hospital())
                    && !out.containsValue(m.name())) {
                out.putIfAbsent(m.name(), passage.hospital());
            }
        }
        return out;
    }
}
