package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many institutions a hospital has joined to itself, as reports count them rather than name them: "与15家县级医院签署
 * 协议", "联合25家县、乡、社区医院构建医联体", "联合全国30个省市自治区53所医院" (the places counted
 * first), "由A牵头、49家医院参加的X集团" →
 * {@code consortium_partner_hospitals}.
 */
final class PartnerCounts {

    private static final String CODE = "consortium_partner_hospitals";
    /** "与/联合 … N家(所) … 医院/医疗机构/单位 … 签订/签署/构建/组建/建立/成立": the count joined by an agreement or a consortium. */
    private static final Pattern JOINED = Pattern.compile(
            "(?:与|联合|携手)(?:[^，,。；;与0-9]{0,14}?)(?:[0-9]+\\s*个(?:省|市|县|区|国家|地区|城市)[^，,。；;与0-9、]{0,8}?)?(?<n>[0-9]+)\\s*(?<more>余|多)?\\s*[家所](?:[^，,。；;]{0,16}?)(?:医疗机构|医院|单位|卫生院|保健机构)"
                    + "[^。；;]{0,24}?(?:签订|签署|构建|组建|建立|成立|结成|组成)"
                    // "由A牵头、49家医院参加的X医疗集团": the count that joins the group its subject leads
                    + "|牵头[、，,]?\\s*(?:[^，,。；;0-9]{0,10}?)(?<n2>[0-9]+)\\s*(?<more2>余|多)?\\s*[家所]"
                    + "[^，,。；;0-9]{0,10}?(?:医疗机构|医院|单位|卫生院)(?:共同)?(?:参加|参与|加入|组成|组建)(?:的)?"
                    + "[^，,。；;]{0,20}?(?:集团|联盟|医联体|医共体|联合体)"
                    // "为A胸痛专科联盟首批28家成员单位授牌": the members given plaques, counted
                    // "对联盟内25家成员单位进行了授牌", "为25家A卒中专科联盟单位授牌"
                    + "|(?:为|对)(?<named>[^，,。；;0-9]{0,24}?(?:集团|联盟|医联体|医共体|联合体))?(?:内|内的)?(?:首批|第一批)?(?<n3>[0-9]+)\\s*(?<more3>余|多)?\\s*[家所个]"
                    + "(?:[^，,。；;0-9]{0,16}?)(?:成员|联盟|理事|协作)(?:单位|医院)(?:进行了?|颁发了?)?授牌"
                    // "牵头组建胸痛专科联盟，辐射42家医疗单位"
                    + "|(?:集团|联盟|医联体|医共体|联合体)[，,]\\s*辐射(?<n4>[0-9]+)\\s*(?<more4>余|多)?\\s*[家所个](?:医疗|基层医疗)?(?:单位|机构|医院|卫生院)"
                    // "12家基层医疗机构与A签署医联体协议": the count signs with the hospital after 与
                    + "|(?<![0-9])(?<n5>[0-9]+)\\s*(?<more5>余|多)?\\s*[家所](?:[^，,。；;与0-9]{0,12}?)(?:医疗机构|医院|单位|卫生院)"
                    + "(?:分别|共同)?与(?<partner>[^，,。；;]{2,30}?)(?:签订|签署|签约|“牵手”|牵手|组建|建立|结成)");

    private static final StartChars JOINED_STARTS = StartChars.of(JOINED);

    private PartnerCounts() {}

    /** {@code found} with the partner counts it does not have yet (same hospital, code and year). */
    static List<IndicatorFact> addTo(
            List<IndicatorFact> found,
            String text,
            TextSegmenter segments,
            YearResolver years,
            HospitalDirectory subjects) {
        List<IndicatorFact> out = new ArrayList<>(found);
        for (IndicatorFact count : read(text, segments, years, subjects)) {
            boolean known = out.stream()
                    .anyMatch(f -> f.hospital().equals(count.hospital())
                            && f.code().equals(count.code())
                            && Objects.equals(f.year(), count.year()));
            if (!known) {
                out.add(count);
            }
        }
        return out;
    }

    private static List<IndicatorFact> read(
            String text, TextSegmenter segments, YearResolver years, HospitalDirectory subjects) {
        List<IndicatorFact> out = new ArrayList<>();
        for (TextSegmenter.Span sentence : segments.sentences()) {
            Cancellation.check();
            String s = text.substring(sentence.start(), sentence.end());
            Matcher m = JOINED.matcher(s);
            int from = 0;
            while (JOINED_STARTS.find(m, s, from)) {
                from = m.end();
                String form = formOf(m); // "" (joined), "2" (牵头), "3" (plaques), "4" (辐射), "5" (the count signs)
                String n = m.group("n" + form);
                String more = m.group("more" + form);
                int at = sentence.start() + m.start();
                SubjectResolver.Subject subject = m.group("n2") != null
                        ? named(subjects.hospitalEndingAt(at)) // the hospital named right before 牵头 leads
                        : m.group("n5") != null
                                ? named(subjects.hospitalStartingAt(sentence.start() + m.start("partner")))
                                : m.group("n3") != null && m.group("named") != null
                                        ? namedIn(
                                                subjects,
                                                sentence.start() + m.start("named"),
                                                sentence.start() + m.end("named"),
                                                at)
                                        : subjects.figureSubjectAt(at);
                if (subject == null) {
                    continue;
                }
                out.add(new IndicatorFact(
                        subject.hospital(),
                        CODE,
                        years.resolve(at),
                        "level",
                        new BigDecimal(n),
                        "count",
                        more == null ? Qualifier.EXACT.code() : Qualifier.APPROX.code(),
                        false,
                        Evidence.of(text, sentence.start() + m.start(), sentence.start() + m.end()),
                        Math.round(0.75 * subject.confidence() * 100) / 100.0));
            }
        }
        return out;
    }

    /** The suffix of the count group that matched: "", "2", "3", "4" or "5". */
    private static String formOf(Matcher m) {
        for (String form : List.of("2", "3", "4", "5")) {
            if (m.group("n" + form) != null) {
                return form;
            }
        }
        return "";
    }

    /** The hospital an alliance is named after ("A胸痛专科联盟"), else the subject the count is read for. */
    private static SubjectResolver.Subject namedIn(HospitalDirectory directory, int start, int end, int at) {
        return directory.mentionsIn(start, end).stream()
                .filter(m -> !m.group())
                .findFirst()
                .map(m -> new SubjectResolver.Subject(m.name(), 1.0))
                .orElseGet(() -> directory.figureSubjectAt(at));
    }

    /** The hospital the wording names, as a subject of full confidence; null for none. */
    private static SubjectResolver.Subject named(String hospital) {
        return hospital == null ? null : new SubjectResolver.Subject(hospital, 1.0);
    }
}
