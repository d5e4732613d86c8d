package org.hospitalatlas.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department's or one disease's figure is not its hospital's: "儿科年门诊量15万", "骨科年手术量5000余台", "肠癌手术量4668例",
 * "针灸科是省重点专科，现拥有床位100余张".
 */
final class DepartmentFigures {

    private DepartmentFigures() {}

    /**
     * Right before the indicator's term: a department (not 专科, 全科, 学科, 本科, 分科, nor 外科, whose operations are
     * often all the hospital's), a ward, or a cancer.
     */
    private static final Pattern BEFORE_TERM =
            Pattern.compile("(?:[\\u4e00-\\u9fa5](?<![专全学本分外])科|病区|[\\u4e00-\\u9fa5]癌)(?:年|全年|年均)?$");

    /** A department that its sentence speaks of: "针灸科是山东省重点中医专科，…". */
    private static final Pattern DEPARTMENT_SUBJECT =
            Pattern.compile("[\\u4e00-\\u9fa5](?<![专全学本分])科(?:是|为|现有|现拥有|目前|拥有|共有|设有|开放)");

    /** What a department has of its own: beds and patients (not key specialties, which are its hospital's). */
    private static final Set<String> DEPARTMENT_CODES = Set.of(
            "beds_open",
            "beds_authorized",
            "outpatient_visits",
            "outpatient_emergency_visits",
            "emergency_visits",
            "discharges",
            "inpatient_surgeries",
            "interventional_surgeries");

    /** A word that brings the sentence back to the whole hospital ("…，医院开放床位"). */
    private static final Pattern WHOLE_HOSPITAL = Pattern.compile("医院|全院|本院|该院|我院");

    /** The figure {@code q} of {@code code}, counted by the term at {@code termStart}, is a department's or a disease's. */
    static boolean isOfADepartment(String text, TextSegmenter segments, String code, int termStart, Quantity q) {
        if (!DEPARTMENT_CODES.contains(code)) {
            return false;
        }
        TextSegmenter.Span clause = segments.clauseOf(termStart);
        if (BEFORE_TERM
                .matcher(text.substring(Math.max(clause.start(), termStart - 8), termStart))
                .find()) {
            return true;
        }
        TextSegmenter.Span sentence = segments.sentenceOf(q.start());
        String before = text.substring(sentence.start(), Math.max(sentence.start(), Math.min(termStart, q.start())));
        Matcher department = DEPARTMENT_SUBJECT.matcher(before);
        int last = -1;
        while (department.find()) {
            last = department.end();
        }
        return last >= 0 && !WHOLE_HOSPITAL.matcher(before.substring(last)).find();
    }
}
