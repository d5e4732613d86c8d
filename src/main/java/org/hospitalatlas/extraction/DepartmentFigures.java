package org.hospitalatlas.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A department's or one disease's figure is not its hospital's: "儿科年门诊量15万", "骨科年手术量5000余台", "肠癌手术量4668例",
 * "针灸科是省重点专科，现拥有床位100余张".
 */
final class DepartmentFigures {

    private DepartmentFigures() {}

    /**
     * A department's name ends in 科, but not 专科, 全科, 学科, 本科, 分科, nor 急诊科 (its count is the hospital's), nor a
     * bare 外科 (外科手术量: often all the hospital's operations), while a surgical specialty (神经外科, 普外科) is a
     * department.
     */
    private static final String DEPARTMENT =
            "(?:[\\u4e00-\\u9fa5](?<![专全学本分诊外])科" + "|(?:神经|心胸|胸|心|普|肝胆|泌尿|骨|血管|整形|烧伤|小儿|乳腺|甲乳|胃肠|结直肠|肛肠|脊柱)外科)";

    /** Right before the indicator's term (a year may come between): a department, a ward, or a cancer. */
    private static final Pattern BEFORE_TERM =
            Pattern.compile("(?:" + DEPARTMENT + "|病区|[\\u4e00-\\u9fa5]癌)(?:(?:19|20)[0-9]{2}\\s*年?)?(?:年|全年|年均)?$");

    /** A department that its sentence speaks of: "针灸科是山东省重点中医专科，…" (not 为: "以骨科为特色"). */
    private static final Pattern DEPARTMENT_SUBJECT = Pattern.compile(DEPARTMENT + "(?:是|现有|现拥有|目前|拥有|共有|设有|开放)");

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
        return FigureWording.lastWithNoHospitalAfter(
                DEPARTMENT_SUBJECT,
                '科',
                text,
                sentence.start(),
                Math.max(sentence.start(), Math.min(termStart, q.start())));
    }
}
