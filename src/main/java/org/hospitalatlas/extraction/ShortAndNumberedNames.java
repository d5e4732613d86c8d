package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * Hospital names the backward scan from a suffix does not read ({@link HospitalRecognizer}): ordinal short forms after a
 * place (上海一院, 荆州一医), a university's informal short forms (兰大二院), hospitals known by their number
 * (解放军302医院) and a school's 附属 with an ordinal (大连医科大学附属一院). Each adds to the names found so far.
 */
final class ShortAndNumberedNames {

    /** The end of a university hospital's short form: its ordinal, before or after 附 ("二院", "一附院", "附一院"). */
    static final String UNIVERSITY_ORDINAL = "[大医][一二三四五六七八九十]附?院|[大医]附[一二三四五六七八九十]院";

    /** 兰大二院, 浙医四院, 安医一附院, 重医附一院: a university's informal short form, kept as written. */
    private static final Pattern UNIVERSITY_SHORT =
            Pattern.compile("[\\u4e00-\\u9fa5]{1,2}(?:" + UNIVERSITY_ORDINAL + "|大附院)(?![区长内外部办子校])");

    private static final Pattern ORDINAL_SHORT = Pattern.compile("[一二三四五六七八九十](?:院|医)(?![院学科生疗药师务护保])");
    private static final Pattern GROUP_AFTER = Pattern.compile("医院集团|医疗集团|集团|医联体|医共体");
    private static final StartChars ORDINAL_SHORT_STARTS = StartChars.of(ORDINAL_SHORT);

    private ShortAndNumberedNames() {}

    /** 上海一院, 荆州一医: a known place right before an ordinal and 院/医. */
    static void addOrdinalShortForms(String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        Matcher m = ORDINAL_SHORT.matcher(text);
        int at = 0;
        while (ORDINAL_SHORT_STARTS.find(m, text, at)) {
            at = m.end();
            int ord = m.start();
            int placeEnd = ord > 0 && text.charAt(ord - 1) == '市' ? ord - 1 : ord;
            for (AdministrativeDivisions.Match p : places) {
                if (p.end() == placeEnd || p.end() == ord) {
                    int start = p.start();
                    boolean covered = out.stream().anyMatch(c -> c.start() <= start && c.end() >= m.end());
                    if (!covered) {
                        out.add(new Candidate(
                                start, m.end(), text.substring(start, m.end()), true, false, false, true));
                    }
                    break;
                }
                if (p.start() > ord) {
                    break;
                }
            }
        }
    }

    /** "我校一附院": a university's own news names its hospital by the ordinal alone. */
    private static final Pattern OWN_SCHOOL_SHORT = Pattern.compile("(?<=我校|本校)[一二三四五六七八九十]附?院(?![区长内外部办子校])");

    static void addUniversityShortForms(String text, List<Candidate> out) {
        addOwnSchoolShortForms(text, out);
        Matcher m = UNIVERSITY_SHORT.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = m.end();
            // "系浙大一院": the copula before the short form is not part of it
            // "由浙医一院": neither is a stop character
            // "7位青大附院": nor a measure word after a number
            int start = end - m.start() >= 5
                            && ("系是即和".indexOf(text.charAt(m.start())) >= 0
                                    || HospitalNames.isStopChar(text.charAt(m.start()))
                                    || afterNumber(text, m.start()))
                    ? m.start() + 1
                    : m.start();
            boolean bounded = start == 0
                    || HospitalNames.isStopChar(text.charAt(start - 1))
                    || "系是即和".indexOf(text.charAt(start - 1)) >= 0
                    || afterNumber(text, start - 1);
            if (!bounded) {
                from = start + 1; // "与兰大二院": the match may start one character later
                continue;
            }
            from = end;
            if (GROUP_AFTER
                    .matcher(text.substring(end, Math.min(text.length(), end + 4)))
                    .lookingAt()) {
                continue; // "重医一院医院集团": the group's name, not the hospital named on its own
            }
            // a name the suffix scan could not make sense of (重医一院医院集团 → 重医一院医院) gives way
            boolean covered = out.stream().anyMatch(c -> c.named() && c.start() < end && start < c.end());
            if (!covered) {
                out.removeIf(c -> !c.named() && c.start() < end && start < c.end());
                out.add(new Candidate(start, end, text.substring(start, end), false, false, false, true));
            }
        }
    }

    /** A measure word right after a number: "7位", "三名", "两家". */
    private static boolean afterNumber(String text, int at) {
        return at > 0 && "位名家个所".indexOf(text.charAt(at)) >= 0 && NameBeforeSuffix.isNumeral(text.charAt(at - 1));
    }

    /** "我校一附院", kept only when the document writes the one full name it stands for (南昌大学第一附属医院). */
    private static void addOwnSchoolShortForms(String text, List<Candidate> out) {
        if (!text.contains("我校") && !text.contains("本校")) {
            return;
        }
        List<String> written = out.stream().map(Candidate::surface).toList();
        Matcher m = OWN_SCHOOL_SHORT.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (UniversityShortForms.expand(m.group(), written, Map.of()).isPresent()
                    && out.stream().noneMatch(c -> c.named() && c.start() < end && start < c.end())) {
                out.removeIf(c -> c.start() < end && start < c.end());
                out.add(new Candidate(start, end, m.group(), false, false, false, true));
            }
        }
    }

    /**
     * "解放军302医院", "联勤保障部队第900医院", "中国人民解放军联勤保障部队第九〇八医院": an army's hospitals are known by their
     * number.
     */
    private static final Pattern ARMY_NUMBERED =
            Pattern.compile("(?:(?:中国人民解放军|解放军)(?:联勤保障部队|武警部队|空军|海军|陆军|火箭军)?|联勤保障部队|武警部队|武警|空军|海军|陆军|火箭军)"
                    + "第?[0-9〇零一二三四五六七八九十百]{2,5}医院");
    /** "贵州安顺302医院": a place, then the number the hospital is known by. */
    private static final Pattern PLACE_NUMBERED = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}?[0-9]{3}医院");

    /**
     * "五○四医院", "四〇一医院": a hospital known by its works' code, written in Chinese numerals with a zero among them
     * (not a count or an ordinal: no 第 or numeral before it).
     */
    private static final Pattern CODE_NAMED =
            Pattern.compile("(?<![一二三四五六七八九十〇○零第])[一二三四五六七八九](?=[一二三四五六七八九〇○零]{1,3}医院)"
                    + "(?=[一二三四五六七八九]{0,2}[〇○零])[一二三四五六七八九〇○零]{2,3}医院");

    private static final StartChars ARMY_NUMBERED_STARTS = StartChars.of(ARMY_NUMBERED);

    /** Hospitals named by a number, which the suffix scan (names of Han characters) does not read. */
    static void addNumberedHospitals(String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        if (text.indexOf("医院") < 0) {
            return;
        }
        List<int[]> found = new ArrayList<>();
        Matcher army = ARMY_NUMBERED.matcher(text);
        int at = 0;
        while (ARMY_NUMBERED_STARTS.find(army, text, at)) {
            at = army.end();
            found.add(new int[] {army.start(), army.end(), 0});
        }
        for (AdministrativeDivisions.Match place : places) {
            Matcher m = PLACE_NUMBERED.matcher(text).region(place.start(), Math.min(text.length(), place.start() + 16));
            if (m.lookingAt()) {
                found.add(new int[] {m.start(), m.end(), 1});
            }
        }
        Matcher code = CODE_NAMED.matcher(text);
        while (code.find()) {
            found.add(new int[] {code.start(), code.end(), 0});
        }
        for (int[] f : found) {
            int start = f[0];
            int end = f[1];
            if (out.stream().anyMatch(c -> c.named() && c.start() <= start && end <= c.end())) {
                continue;
            }
            out.removeIf(c -> c.start() < end && start < c.end());
            out.add(new Candidate(start, end, text.substring(start, end), f[2] == 1, false, false, true));
        }
    }

    /** "大连医科大学附属一院": a school's name, 附属 and an ordinal with 院 (spelled out as 附属第一医院). */
    private static final Pattern AFFILIATED_ORDINAL =
            Pattern.compile("(?:大学|医学院|医科大学|医专|学院)附属[一二三四五六七八九十]院(?![区长内外部办子校院])");

    private static final StartChars AFFILIATED_ORDINAL_STARTS = StartChars.of(AFFILIATED_ORDINAL);

    static void addAffiliatedOrdinalForms(
            String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        Matcher m = AFFILIATED_ORDINAL.matcher(text);
        int at = 0;
        while (AFFILIATED_ORDINAL_STARTS.find(m, text, at)) {
            at = m.end();
            int from = m.start();
            while (from > 0 && m.start() - from < 12 && !HospitalNames.isStopChar(text.charAt(from - 1))) {
                from--;
            }
            int scanFrom = from;
            // "合作医院加挂大连医科大学附属一院": the school's name starts at its place, after any name or verb before it
            from = places.stream()
                    .filter(p -> p.start() >= scanFrom && p.end() < m.start())
                    .mapToInt(AdministrativeDivisions.Match::start)
                    .findFirst()
                    .orElse(from);
            String school = HospitalNames.afterLastPhraseWord(
                    HospitalNames.stripLeadingFillers(text.substring(from, m.start())));
            int lastHospital = school.lastIndexOf("院");
            school = school.substring(lastHospital + 1);
            int start = m.start() - school.length();
            if (school.length() < 2 || HospitalNames.readsAsPhrase(school)) {
                continue;
            }
            int end = m.end();
            boolean covered = out.stream().anyMatch(c -> c.start() < end && start < c.end());
            if (!covered) {
                out.add(new Candidate(start, end, text.substring(start, end), false, false, false, true));
            }
        }
    }
}
