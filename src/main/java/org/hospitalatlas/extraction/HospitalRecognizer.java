package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places where a text names a hospital, as written: full names (南阳市中心医院), abbreviations (市中心医院,
 * 区人民医院), ordinal short forms (上海一院), branch and group compounds (望京医院南阳医院, 市中心医院医疗集团). It reads
 * backwards from a suffix (医院, 卫生院 …) to the start of the name ({@link NameBeforeSuffix}), joins names written back to
 * back, and adds the forms that scan does not read ({@link ShortAndNumberedNames}). Resolving what each surface stands
 * for is {@link HospitalDirectory}'s job.
 */
final class HospitalRecognizer {

    private static final int MAX_NAME_LENGTH = 18;

    private static final Pattern CENTRE = Pattern.compile("中心(?![医卫])");
    private static final Pattern BRANCH_IN_PARENTHESIS = Pattern.compile("[（(][^（()）。，,]{1,16}院区[）)]");
    /** The description must come before any other institution the sentence names (医/院), or it may be that one's. */
    private static final Pattern DESCRIBED_AS_HOSPITAL = Pattern.compile(
            "(?:[（(][^（()）]{1,20}[）)])?[^。！？；;\\n医院]{0,30}?(?:是|为|，|,)\\s*(?:一所|一家|一座)[^。！？；;，,\\n]{0,20}?医院(?=[，,。；;！？\\n]|$)");

    private static final Pattern NOTE_OPEN = Pattern.compile(".*[（(][^）)]*");
    private static final StartChars SUFFIX_STARTS = StartChars.of(HospitalNames.SUFFIX);

    /** 宜昌市远程医学中心: a shared service (telemedicine, imaging) of a city, no hospital. */
    private static final List<String> SHARED_SERVICE_BEFORE = List.of("远程", "会诊", "影像", "检验", "病理", "心电");

    /** 中国医院协会: words after 医院 that make an association or an office of hospitals. */
    private static final List<String> ORGANISATION_AFTER = List.of("协会", "学会", "管理局", "管理中心", "发展中心", "评审");

    /** Whether one of {@code words} starts at {@code at}: literal tests, since this runs at every suffix of the text. */
    private static boolean startsWithAny(String text, int at, List<String> words) {
        if (at < 0) {
            return false;
        }
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** One mention as written. {@code group}: a 医疗集团; {@code anchored}: starts with a division name. */
    record Candidate(
            int start, int end, String surface, boolean anchored, boolean abbreviated, boolean group, boolean named) {}

    private final AdministrativeDivisions divisions;
    private final NameBeforeSuffix names;
    private final CompoundNames compounds;
    private final PlaceBeforeStop placeBeforeStop;
    private final BranchNames branches;

    HospitalRecognizer(AdministrativeDivisions divisions) {
        this.divisions = divisions;
        this.names = new NameBeforeSuffix(divisions);
        this.compounds = new CompoundNames(divisions);
        this.placeBeforeStop = new PlaceBeforeStop(divisions);
        this.branches = new BranchNames(divisions);
    }

    List<Candidate> recognize(String text, List<AdministrativeDivisions.Match> places) {
        List<Candidate> out = readBackFromSuffixes(text, places);
        ShortAndNumberedNames.addOrdinalShortForms(text, places, out);
        ShortAndNumberedNames.addUniversityShortForms(text, out);
        ShortAndNumberedNames.addNumberedHospitals(text, places, out);
        ShortAndNumberedNames.addAffiliatedOrdinalForms(text, places, out);
        nameListedCandidates(text, out);
        EllipticalOrdinals.add(text, places, out);
        addCentresDescribedAsHospitals(text, places, out);
        branches.withProfiledBranches(text, out);
        branches.withListedBranches(text, out);
        List<Candidate> kept = withoutNamesInNotes(text, out);
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return JointNames.join(text, kept);
    }

    /** The name read back from each suffix of the text; a name written right after another may join it as a compound. */
    private List<Candidate> readBackFromSuffixes(String text, List<AdministrativeDivisions.Match> places) {
        List<Candidate> out = new ArrayList<>();
        Matcher suffix = HospitalNames.SUFFIX.matcher(text);
        int previousSuffixEnd = -1;
        Candidate previous = null;
        int from = 0;
        while (SUFFIX_STARTS.find(suffix, text, from)) {
            from = suffix.end();
            Cancellation.check();
            int s = suffix.start();
            int e = suffix.end();
            if (startsWithAny(text, e, ORGANISATION_AFTER)
                    || (text.startsWith("医学中心", s) && startsWithAny(text, s - 2, SHARED_SERVICE_BEFORE))) {
                previousSuffixEnd = e;
                previous = null;
                continue; // 中国医院协会, 远程医学中心: an association of hospitals, a shared service; no hospital
            }
            int i = nameStart(text, s, previousSuffixEnd);
            boolean adjacent = i == previousSuffixEnd && previous != null && previous.end() == previousSuffixEnd;
            Candidate c = placeBeforeStop.widen(text, names.read(text, places, i, s, e));
            previousSuffixEnd = e;
            Candidate compound = adjacent ? compounds.join(text, previous, c, s, e) : null;
            if (compound != null) {
                out.set(out.size() - 1, compound);
                previous = compound;
                continue;
            }
            if (c != null && !(adjacent && CompoundNames.titleAfter(text, previous, e))) {
                out.add(c);
            }
            previous = c;
        }
        return out;
    }

    /** "开发区(长寿镇卫生院代管)卫生院": a name inside the note of a longer one is part of that name. */
    private static List<Candidate> withoutNamesInNotes(String text, List<Candidate> out) {
        out.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Candidate> kept = new ArrayList<>(out.size());
        Candidate widest = null;
        for (Candidate c : out) {
            boolean inNote = widest != null
                    && widest.start() < c.start()
                    && widest.end() > c.end()
                    && NOTE_OPEN
                            .matcher(text.substring(widest.start(), c.start()))
                            .matches();
            if (!inNote) {
                kept.add(c);
            }
            if (widest == null || c.end() > widest.end()) {
                widest = c;
            }
        }
        return kept;
    }

    /** "泉州医学高等专科学校附属人民医院": the 等 of 高等 belongs to the name. */
    private static boolean isHigherEducation(String text, int at) {
        return text.charAt(at) == '等' && at > 0 && text.charAt(at - 1) == '高';
    }

    /** Where the backward scan from a suffix at {@code s} stops: a stop character, the previous name, or the limit. */
    private static int nameStart(String text, int s, int previousSuffixEnd) {
        int i = s;
        while (i > 0
                && s - i < MAX_NAME_LENGTH
                && i != previousSuffixEnd
                && (!HospitalNames.isStopChar(text.charAt(i - 1)) || isHigherEducation(text, i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * A place-named 中心 is usually no hospital (疾控中心, 政务服务中心), but it is one when the text says so: a hospital's
     * 院区 in the parenthesis after it (X公共卫生中心（Y医院Z院区）), or a description as a hospital in its sentence
     * (X中心是一所…医院, X中心建成，一座…的三甲医院).
     */
    private void addCentresDescribedAsHospitals(
            String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        Matcher centre = CENTRE.matcher(text);
        List<Candidate> found = new ArrayList<>();
        while (centre.find()) {
            int s = centre.start();
            int e = centre.end();
            boolean covered = out.stream().anyMatch(c -> c.start() < e && s < c.end());
            if (covered || !describedAsHospital(text, e)) {
                continue;
            }
            Candidate c = names.read(text, places, nameStart(text, s, -1), s, e);
            if (c != null && c.anchored() && c.named()) {
                found.add(c);
            }
        }
        out.addAll(found);
    }

    private static boolean describedAsHospital(String text, int end) {
        Matcher branch = BRANCH_IN_PARENTHESIS.matcher(text);
        branch.region(end, text.length());
        if (branch.lookingAt()) {
            return true;
        }
        Matcher described = DESCRIBED_AS_HOSPITAL.matcher(text);
        described.region(end, text.length());
        return described.lookingAt();
    }

    /**
     * "…连云港市第一人民医院、皖北煤电集团总医院、周口市中心医院…": a name without a place or marker still names an
     * institution when a list of names holds it (a list mark before it and after it), or when it fills a line of a list
     * of names one per line ("北京医院\n\n航空总医院\n\n…").
     */
    private static void nameListedCandidates(String text, List<Candidate> out) {
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.named() || c.start() == 0 || c.end() >= text.length()) {
                continue;
            }
            boolean listed = text.charAt(c.start() - 1) == '、' && "、等和及".indexOf(text.charAt(c.end())) >= 0;
            boolean row = onOwnLine(text, c.start(), c.end()) && besideAnotherRow(text, out, i);
            String core = text.substring(c.start(), c.end());
            Matcher suffix = HospitalNames.SUFFIX.matcher(core);
            String qualifiers = suffix.find() ? core.substring(0, suffix.start()) : core;
            if ((listed || row)
                    && core.length() >= (row ? 4 : 5)
                    && !HospitalNames.isGeneric(qualifiers) // "、省市区级公立医院和…": a kind of hospital, listed
                    && !HospitalNames.readsAsPhrase(core)
                    && !HospitalNames.namesHonour(core)) {
                out.set(
                        i,
                        new Candidate(c.start(), c.end(), c.surface(), c.anchored(), c.abbreviated(), c.group(), true));
            }
        }
    }

    /** Nothing but blanks between the line's start and {@code start} and between {@code end} and the line's end. */
    private static boolean onOwnLine(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, start).isBlank()
                && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    /** The candidate right before or after {@code i} fills a line of its own too, with only blank lines between. */
    private static boolean besideAnotherRow(String text, List<Candidate> out, int i) {
        Candidate c = out.get(i);
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= out.size()) {
                continue;
            }
            Candidate other = out.get(j);
            String between = j < i ? text.substring(other.end(), c.start()) : text.substring(c.end(), other.start());
            if (between.isBlank() && between.contains("\n") && onOwnLine(text, other.start(), other.end())) {
                return true;
            }
        }
        return false;
    }
}
