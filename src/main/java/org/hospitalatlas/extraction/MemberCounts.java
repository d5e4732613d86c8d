package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many members a consortium a hospital leads has, counted where the consortium is stated or in the sentence right
 * after that goes on about it: "A牵头组建X联盟，成员单位达58家", "…，共有成员单位58家", "…，目前已覆盖58家医疗机构",
 * "联盟牵头单位为A，有32家联盟单位加入" → the lead's {@code consortium_partner_hospitals}. A consortium no hospital leads
 * gives no count (the conventions skip it). Plaques given to counted members ("为25家联盟单位授牌") are
 * {@link PartnerCounts}', whether or not a consortium was read.
 */
final class MemberCounts {

    private static final String CODE = "consortium_partner_hospitals";

    private static final String N = "(?<n>[0-9]+)\\s*(?<more>余|多)?\\s*[家所个]";

    private static final Pattern COUNT = Pattern.compile(
            // "成员单位达58家", "共有成员单位58家", "联盟成员已增至40家"
            "(?:成员单位|成员医院|联盟单位|联盟成员|成员)(?:已|已经)?(?:总数)?(?:共|共计|共有|达|达到|增至|增加到|增加至|扩大到|扩大至|发展到|发展至|有)?\\s*"
                    + N + "(?![0-9]|万|床|名|人|个?(?:科室|专科|学科|项目|县|市|区|乡镇(?!卫生院)))"
                    // "覆盖58家医疗机构", "辐射全市42家医院"
                    + "|(?:覆盖|辐射|吸纳|涵盖|囊括)(?:了)?[^，,。；;0-9]{0,8}?"
                    + N.replace("<n>", "<n2>").replace("<more>", "<more2>")
                    + "[^，,。；;0-9]{0,8}?(?:医疗机构|医院|单位|卫生院)"
                    // "现有65家联盟单位", "与B、C和D等5家基层医疗机构共同签署…": the members counted as a whole
                    + "|(?:现有|共有|拥有|已有)" + N.replace("<n>", "<n4>").replace("<more>", "<more4>") + "(?:联盟单位|成员单位|成员医院)"
                    + "|(?<=等)" + N.replace("<n>", "<n5>").replace("<more>", "<more5>")
                    + "[^，,。；;0-9]{0,10}?(?:医疗机构|医院|卫生院|单位)(?=[^，,。；;]{0,6}?(?:签署|签订|签约|加入|组成))"
                    // "有32家联盟单位加入", "30余家医院加入"
                    + "|(?<![0-9])" + N.replace("<n>", "<n3>").replace("<more>", "<more3>")
                    + "[^，,。；;0-9]{0,12}?(?:医疗机构|医院|单位|卫生院|成员)(?:先后|陆续|正式|共同|已|签约)*"
                    + "(?:加入|组成|成为|(?:参加|参与)(?![了]?[^，,。；;]{0,4}?(?:会议|大会|年会|活动|培训|论坛|学术|仪式|义诊))|为(?=(?:其|该)?(?:联盟|集团|医联体|医共体)?(?:的)?(?:首批)?成员))");

    private static final Pattern ONE_OF_PARTS =
            Pattern.compile("[^，,。；;]{0,4}?[、和及与][^，,。；;0-9]{0,8}?[0-9]+\\s*(?:余|多)?\\s*[家所个]");

    /** A sentence that goes on about the consortium just stated. */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*(?:该|本|其)?(?:联盟|集团|医联体|医共体|共同体|协作网|目前|现|截至)");

    private MemberCounts() {}

    /** {@code found} with the member counts of led consortia it does not have yet (same hospital, code and year). */
    static List<IndicatorFact> addTo(
            List<IndicatorFact> found,
            List<ConsortiumFact> consortia,
            String text,
            TextSegmenter segments,
            YearResolver years,
            HospitalDirectory directory) {
        List<IndicatorFact> out = new ArrayList<>(found);
        List<TextSegmenter.Span> sentences = segments.sentences();
        for (ConsortiumFact c : consortia) {
            if (c.lead() == null || c.evidence() == null) {
                continue;
            }
            int i = segments.sentenceIndexOf(c.evidence().start());
            if (i < 0) {
                continue;
            }
            IndicatorFact count = countIn(text, sentences.get(i), c, years);
            if (count == null
                    && i + 1 < sentences.size()
                    && GOES_ON.matcher(text.substring(
                                    sentences.get(i + 1).start(),
                                    sentences.get(i + 1).end()))
                            .lookingAt()) {
                count = countIn(text, sentences.get(i + 1), c, years);
            }
            if (count != null
                    && ledBy(text, directory, sentences.get(i).start(), count, c.lead(), consortia)
                    && !known(out, count)) {
                out.add(count);
            }
        }
        List<String> leads = consortia.stream()
                .map(ConsortiumFact::lead)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (leads.size() == 1) {
            // "至此妇幼保健专科联盟成员单位达48家": the consortium counted in a sentence of its own, the document's only lead's
            for (TextSegmenter.Span sentence : sentences) {
                IndicatorFact count = ownCount(text, sentence, leads.get(0), consortia, years, directory);
                if (count != null && !known(out, count)) {
                    out.add(count);
                }
            }
        }
        return out;
    }

    /** "联盟成员单位": a consortium's word before its members' word, next to their count. */
    private static final Pattern COUNTED_CONSORTIUM =
            Pattern.compile("(?:联盟|集团|医联体|医共体|共同体)(?:的)?(?:成员单位|成员医院|联盟单位|成员)");

    private static IndicatorFact ownCount(
            String text,
            TextSegmenter.Span sentence,
            String lead,
            List<ConsortiumFact> consortia,
            YearResolver years,
            HospitalDirectory directory) {
        Matcher named = COUNTED_CONSORTIUM.matcher(text).region(sentence.start(), sentence.end());
        if (!named.find()) {
            return null;
        }
        ConsortiumFact led = consortia.stream()
                .filter(c -> lead.equals(c.lead()))
                .findFirst()
                .orElse(null);
        if (led == null) {
            return null;
        }
        IndicatorFact count = countIn(text, sentence, led, years);
        if (count != null && anotherLeadsBefore(text, directory, sentence.start(), count, lead)) {
            return null; // "…，B牵头组建的医共体成员单位达28家": the count is of B's consortium
        }
        // "联盟成员单位达48家" (the count inside the words), "22家县级医院为联盟成员单位" (the count right before them)
        boolean ofThatConsortium = count != null
                && count.evidence().end() >= named.start()
                && count.evidence().start() < named.end();
        return ofThatConsortium ? count : null;
    }

    private static IndicatorFact countIn(
            String text, TextSegmenter.Span sentence, ConsortiumFact c, YearResolver years) {
        Matcher m = COUNT.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find()
                || ONE_OF_PARTS.matcher(text).region(m.end(), sentence.end()).lookingAt()) {
            return null; // "辐射天津市26家医院、河北省14家医院": the count is in parts, a sum nobody wrote
        }
        String form = m.group("n") != null
                ? ""
                : m.group("n2") != null ? "2" : m.group("n3") != null ? "3" : m.group("n4") != null ? "4" : "5";
        String more = m.group("more" + form);
        return new IndicatorFact(
                c.lead(),
                CODE,
                years.resolve(m.start()),
                "level",
                new BigDecimal(m.group("n" + form)),
                "count",
                more == null ? Qualifier.EXACT.code() : Qualifier.APPROX.code(),
                false,
                Evidence.of(text, m.start(), m.end()),
                Math.round(0.75 * c.confidence() * 100) / 100.0);
    }

    private static boolean known(List<IndicatorFact> facts, IndicatorFact count) {
        return facts.stream()
                .anyMatch(f -> f.hospital().equals(count.hospital())
                        && f.code().equals(count.code())
                        && (Objects.equals(f.year(), count.year()) || f.year() == null || count.year() == null));
    }

    /**
     * The count is the lead's: no hospital that leads another consortium is named after it and before the count
     * ("A牵头成立X联盟，B牵头组建的医共体成员单位达28家": the 28 are B's); its members may be ("以B、C等18家医院为成员单位").
     */
    private static boolean ledBy(
            String text,
            HospitalDirectory directory,
            int from,
            IndicatorFact count,
            String lead,
            List<ConsortiumFact> consortia) {
        List<HospitalDirectory.Mention> before =
                directory.hospitalsIn(from, count.evidence().start());
        boolean afterLead = false;
        for (HospitalDirectory.Mention m : before) {
            if (m.name().equals(lead)) {
                afterLead = true;
            } else if (afterLead
                    && (leadsOther(m.name(), lead, consortia)
                            || LEADS.matcher(text)
                                    .region(m.end(), text.length())
                                    .lookingAt())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LEADS = Pattern.compile("\\s*(?:作为|为)?(?:牵头|领衔|发起)");

    /** Another hospital named before the count leads something of its own ("B牵头组建的…"). */
    private static boolean anotherLeadsBefore(
            String text, HospitalDirectory directory, int from, IndicatorFact count, String lead) {
        return directory.hospitalsIn(from, count.evidence().start()).stream()
                .anyMatch(m -> !m.name().equals(lead)
                        && LEADS.matcher(text).region(m.end(), text.length()).lookingAt());
    }

    private static boolean leadsOther(String hospital, String lead, List<ConsortiumFact> consortia) {
        return !hospital.equals(lead) && consortia.stream().anyMatch(c -> hospital.equals(c.lead()));
    }
}
