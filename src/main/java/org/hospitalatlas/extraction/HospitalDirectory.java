package org.hospitalatlas.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The hospitals of one document: every mention resolved to one full name (郴州市一医院 → 郴州市第一人民医院,
 * 市妇幼保健院 → 南阳市妇幼保健院 in a 南阳 document), the aliases the document declared (（以下简称“荆州一医”）), and
 * which hospital a sentence is about. A statement names its hospital in the sentence, or continues the last hospital
 * that opened a sentence, or is about the document's main hospital. The parts: {@link ShortProperNames},
 * {@link DocumentPlaces} and {@link NameResolver} resolve the names, {@link MainHospital} finds the hospital the
 * document speaks for, {@link StatementSubjects} the hospital each statement is about.
 */
final class HospitalDirectory implements SubjectResolver {

    /** "X整体并入我院", "X并入Y", "原X法人资格注销", "X…更名为Y东院区": X lives on only as part of another hospital. */
    private static final Pattern ABSORBED_AFTER =
            Pattern.compile("^[^，,；;。！？\\n]{0,6}?(?:整体)?(?:并入|划入|合并到|合并入|整建制并入)|^[^，,；;。！？\\n]{0,4}?法人资格[^，,；;。]{0,4}注销"
                    + "|^与[^；;。！？\\n]{0,30}?更名为[^，,；;。]{2,20}院区");

    /** Right before a hospital the text grew out of: "从最初的A藏医科发展成为…". */
    private static final Pattern ORIGIN_BEFORE = Pattern.compile("(?:从|由)(?:最初|当初|原来|早期)的?\\s*[“\"]?$");

    private static final Pattern GREW_INTO = Pattern.compile("^[^，,；;。！？\\n]{0,12}?(?:发展(?:成为|成|为|而来|壮大)|演变|升级为|扩建为)");

    /** The hospital is the one the text's hospital grew out of (its predecessor), not a subject of later figures. */
    private static boolean isOrigin(String text, Mention m, String after) {
        return ORIGIN_BEFORE
                        .matcher(text.substring(Math.max(0, m.start() - 8), m.start()))
                        .find()
                && GREW_INTO.matcher(after).find();
    }

    /** Between a hospital and its next name: "；1983年更名为", "，2015年经省人民政府批准，更名为". */
    private static final Pattern RENAMED_TO =
            Pattern.compile("[^。！？\\n]{0,40}?(?<!被)(?:更名为|改名为|升格为|定名为|正式命名为|确定为|设置为)[“\"]?");

    /** After a hospital's new name: its clause ends or lists another name ("…附属医院；", not "…医院协作医院"). */
    private static final Pattern NAME_ENDS = Pattern.compile("[；;，,。、）)\\n]");

    private static final Pattern LISTED_WITH = Pattern.compile("\\s*[、和及]\\s*");

    private static final StartChars ABSORBED_AFTER_STARTS = StartChars.of(ABSORBED_AFTER);

    record Mention(int start, int end, String surface, String name, boolean group) {}

    private final DocumentMentions mentions;
    private final DocumentPlaces documentPlaces;
    private final String main;
    private final StatementSubjects subjects;

    HospitalDirectory(
            String text,
            TextSegmenter segments,
            AdministrativeDivisions divisions,
            List<AdministrativeDivisions.Match> places,
            DocumentMetadata metadata) {
        List<HospitalRecognizer.Candidate> candidates = ShortProperNames.markRecurring(
                text, new HospitalRecognizer(divisions).recognize(text, places), divisions);
        List<String> fullNames = NameResolver.fullNames(candidates);
        this.documentPlaces = DocumentPlaces.of(text, places, divisions, candidates);
        this.mentions = new DocumentMentions(ConsortiumNameHeads.withoutKindsOfHospital(
                text, new NameResolver(text, fullNames, divisions, documentPlaces).mentions(candidates)));
        Set<String> absorbed = absorbedHospitals(text, mentions.all());
        MainHospital mainHospital = new MainHospital(text, segments, mentions, absorbed);
        this.main = mainHospital.choose(metadata);
        boolean mainDeclared = main != null && main.equals(mainHospital.declared(metadata));
        this.subjects = new StatementSubjects(text, segments, mentions, main, mainDeclared, absorbed);
        Map<String, String> roles = subjects.namesUsedInTheRoleOf();
        if (!roles.isEmpty()) {
            mentions.rename(roles);
            subjects.computeAll();
        }
    }

    /**
     * Hospitals the document says were merged into another or renamed: never the main one, never carried to later
     * figures.
     */
    private static Set<String> absorbedHospitals(String text, List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            Cancellation.check();
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            if (!m.group() && (ABSORBED_AFTER_STARTS.foundIn(after) || isOrigin(text, m, after))) {
                out.add(m.name());
            }
        }
        // "1956年更名为怀化县人民医院；1983年更名为怀化市人民医院": a former name of the hospital renamed next, and each
        // name listed with it ("升格为怀化市第三人民医院、怀化卫校附属医院；2000年确定为…")
        boolean renamed = false;
        for (int i = mentions.size() - 2; i >= 0; i--) {
            Mention m = mentions.get(i);
            Mention next = mentions.get(i + 1);
            String between = next.start() >= m.end() ? text.substring(m.end(), next.start()) : "";
            boolean valid = !m.group() && !next.group() && !next.name().equals(m.name());
            boolean nameEnds = next.end() >= text.length()
                    || NAME_ENDS
                            .matcher(text.substring(next.end(), next.end() + 1))
                            .matches();
            renamed = valid
                    && ((RENAMED_TO.matcher(between).matches() && nameEnds)
                            || (renamed && LISTED_WITH.matcher(between).matches()));
            if (renamed) {
                out.add(m.name());
            }
        }
        return out;
    }

    List<Mention> mentions() {
        return mentions.all();
    }

    Map<String, Set<String>> surfacesByName() {
        return mentions.surfacesByName();
    }

    String main() {
        return main;
    }

    String documentCity() {
        return documentPlaces.city();
    }

    /** The hospital named at {@code offset}, if a mention covers it. */
    Optional<Mention> mentionAt(int offset) {
        return mentions.at(offset);
    }

    /** The hospital (not a group) whose mention ends right at {@code end} ("A为B…", "A牵头"), else null. */
    String hospitalEndingAt(int end) {
        return hospitalWhere(m -> m.end() == end);
    }

    /** The hospital (not a group) whose mention starts right at {@code start} ("…与A签署"), else null. */
    String hospitalStartingAt(int start) {
        return hospitalWhere(m -> m.start() == start);
    }

    private String hospitalWhere(Predicate<Mention> where) {
        return mentions().stream()
                .filter(m -> !m.group() && where.test(m))
                .map(Mention::name)
                .findFirst()
                .orElse(null);
    }

    /** Mentions inside [start, end). */
    List<Mention> mentionsIn(int start, int end) {
        return mentions.in(start, end);
    }

    /** Mentions of hospitals inside [start, end): no consortium named after one. */
    List<Mention> hospitalsIn(int start, int end) {
        return mentions.in(start, end).stream().filter(m -> !m.group()).toList();
    }

    /** The hospital a statement at {@code offset} is about ({@link StatementSubjects#subjectAt}). */
    @Override
    public Subject subjectAt(int offset) {
        return subjects.subjectAt(offset, false);
    }

    @Override
    public Subject figureSubjectAt(int offset) {
        return subjects.subjectAt(offset, true);
    }

    /** The mention is what its sentence is about: it is the subject of the sentence's first clause that has one. */
    boolean opensSentence(Mention m) {
        return subjects.opensSentence(m);
    }
}
