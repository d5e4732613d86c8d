package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many institutions a hospital has joined to itself, as reports count them rather than name them: "与15家县级医院签署
 * 协议", "联合25家县、乡、社区医院构建医联体", "联合全国53所医院" → {@code consortium_partner_hospitals}.
 */
final class PartnerCounts {

    private static final String CODE = "consortium_partner_hospitals";
    /** "与/联合 … N家(所) … 医院/医疗机构/单位 … 签订/签署/构建/组建/建立/成立": the count joined by an agreement or a consortium. */
    private static final Pattern JOINED = Pattern.compile(
            "(?:与|联合|携手)(?:[^，,。；;与0-9]{0,14}?)(?<n>[0-9]+)\\s*(?<more>余|多)?\\s*[家所](?:[^，,。；;]{0,16}?)(?:医疗机构|医院|单位|卫生院|保健机构)"
                    + "[^。；;]{0,24}?(?:签订|签署|构建|组建|建立|成立|结成|组成)");

    private PartnerCounts() {}

    /** {@code found} with the partner counts it does not have yet (same hospital, code and year). */
    static List<IndicatorFact> addTo(
            List<IndicatorFact> found,
            String text,
            TextSegmenter segments,
            YearResolver years,
            SubjectResolver subjects) {
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
            String text, TextSegmenter segments, YearResolver years, SubjectResolver subjects) {
        List<IndicatorFact> out = new ArrayList<>();
        for (TextSegmenter.Span sentence : segments.sentences()) {
            Cancellation.check();
            String s = text.substring(sentence.start(), sentence.end());
            Matcher m = JOINED.matcher(s);
            while (m.find()) {
                String n = m.group("n");
                String more = m.group("more");
                int at = sentence.start() + m.start();
                SubjectResolver.Subject subject = subjects.figureSubjectAt(at);
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
}
