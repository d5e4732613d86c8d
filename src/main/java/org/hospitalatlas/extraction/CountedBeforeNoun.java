package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written before the noun they count, which the indicator terms (read before their figures) miss: "为12万门急诊
 * 患者…提供服务", "为8000名手术患者解除了病痛", "派驻15名专家到B".
 */
final class CountedBeforeNoun {

    /** "为12万门急诊患者和3万住院患者提供…", "接诊5000余名急诊患者": patients counted before what they came for. */
    private static final Pattern PATIENTS =
            Pattern.compile("(?<![0-9.])(?<n>[0-9]+(?:\\.[0-9]+)?)\\s*(?<wan>万)?\\s*(?<more>余|多)?\\s*(?:人次|名|位)?"
                    + "(?<noun>门急诊|门诊|急诊|手术)(?:患者|病人|病患)");

    /** "派驻15名专家到B", "选派20余名骨干赴B": experts sent, counted before the noun. */
    private static final Pattern EXPERTS = Pattern.compile(
            "(?:派驻|派出|选派|下派|下沉)(?:了)?(?<n>[0-9]+)\\s*(?<more>余|多)?\\s*(?:名|位|人)(?:[\\u4e00-\\u9fa5]{0,6}?)"
                    + "(?:专家|骨干|医师|医生|医务人员)(?:团队)?(?:长期)?(?:赴|到|进驻|常驻|下沉)");

    /** "派出12名医师到B进修": staff sent to learn, not experts sent to help (who may well train others, 开展培训). */
    private static final Pattern TRAINEES = Pattern.compile("[^，,。；;]{0,20}?(?:进修|学习|规培)");

    /** Before the patients: what the hospital did for them ("为", "接诊", "救治"). */
    private static final Pattern FOR_PATIENTS = Pattern.compile("(?:为|接诊|诊治|诊疗|服务|救治|收治)(?:了)?\\s*$");

    /** "为12万门急诊患者和3万住院患者…": the next patients of one list. */
    private static final Pattern AFTER_PATIENTS = Pattern.compile("(?:患者|病人|病患)[和、及]\\s*$");

    private static final Map<String, String> CODES = Map.of(
            "门急诊", "outpatient_emergency_visits",
            "门诊", "outpatient_visits",
            "急诊", "emergency_visits",
            "手术", "inpatient_surgeries");

    private static final Map<String, String> UNITS = Map.of(
            "outpatient_emergency_visits", "visits",
            "outpatient_visits", "visits",
            "emergency_visits", "visits",
            "inpatient_surgeries", "operations",
            "experts_dispatched", "person-times");

    private CountedBeforeNoun() {}

    /** {@code found} with the figures read here that it does not have yet (same hospital, code and year). */
    static List<IndicatorFact> addTo(
            List<IndicatorFact> found,
            String text,
            TextSegmenter segments,
            YearResolver years,
            TargetDetector targets,
            HospitalDirectory subjects) {
        if (text.indexOf("患者") < 0 && text.indexOf("病人") < 0 && text.indexOf("派") < 0) {
            return found;
        }
        List<IndicatorFact> out = new ArrayList<>(found);
        for (TextSegmenter.Span sentence : segments.sentences()) {
            Cancellation.check();
            String s = text.substring(sentence.start(), sentence.end());
            Matcher patients = PATIENTS.matcher(s);
            while (patients.find()) {
                // the figure must follow what was done for the patients: "为", or the previous patients of one list
                String before = s.substring(0, patients.start());
                if (FOR_PATIENTS.matcher(before).find()
                        || AFTER_PATIENTS.matcher(before).find()) {
                    add(out, text, sentence, patients, CODES.get(patients.group("noun")), years, targets, subjects);
                }
            }
            Matcher experts = EXPERTS.matcher(s);
            while (experts.find()) {
                if (!TRAINEES.matcher(s).region(experts.end(), s.length()).lookingAt()) {
                    add(out, text, sentence, experts, "experts_dispatched", years, targets, subjects);
                }
            }
        }
        return out;
    }

    private static void add(
            List<IndicatorFact> out,
            String text,
            TextSegmenter.Span sentence,
            Matcher m,
            String code,
            YearResolver years,
            TargetDetector targets,
            HospitalDirectory subjects) {
        int at = sentence.start() + m.start("n");
        SubjectResolver.Subject subject = subjects.figureSubjectAt(at);
        if (subject == null) {
            return;
        }
        BigDecimal value = new BigDecimal(m.group("n"));
        if (m.pattern() == PATIENTS && m.group("wan") != null) {
            value = value.multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros();
        }
        Integer year = years.resolve(at);
        boolean known = out.stream()
                .anyMatch(f -> f.hospital().equals(subject.hospital())
                        && f.code().equals(code)
                        && Objects.equals(f.year(), year));
        if (known) {
            return;
        }
        out.add(new IndicatorFact(
                subject.hospital(),
                code,
                year,
                "level",
                value.scale() < 0 ? value.setScale(0) : value,
                UNITS.get(code),
                m.group("more") == null ? Qualifier.EXACT.code() : Qualifier.APPROX.code(),
                targets.isTarget(at, sentence.start() + m.end("n"), year, years.publicationYear()),
                Evidence.of(text, sentence.start() + m.start(), sentence.start() + m.end()),
                Math.round(0.7 * subject.confidence() * 100) / 100.0));
    }
}
