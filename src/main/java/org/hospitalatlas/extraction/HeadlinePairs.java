package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A headline that names two hospitals of different tiers and what they do together ("西安交大一附院与甘南州人民医院签署
 * 协议", "省人民医院托管县中医院"): news of one partnership, the larger hospital ({@link BilateralSigning#tier}) leading
 * the smaller. Read only when the body's own sentences gave the two no consortium.
 */
final class HeadlinePairs {

    private static final int MAX_HEADLINE = 60;

    /** What only partners do together (not "协作救治一名患者", "合作开展首例手术"). */
    static final Pattern TOGETHER = Pattern.compile("签约|签署|签订|协议|托管|帮扶|医联体|医共体|结对|共建|对口|专科联盟|分院|揭牌|授牌|挂牌");

    /** Not a partnership: a visit, a meeting, a match, a plan. */
    static final Pattern NOT_TOGETHER = Pattern.compile("参观|考察|调研|学习|交流会|座谈|比赛|竞赛|(?<![模虚])拟|计划|将于|终止|解除");

    /** Between the two names: a word that makes them two parties. */
    private static final Pattern JOINED = Pattern.compile("[与和同及、]|托管|帮扶|牵手|携手|签约|加入|成为|为|对口");

    private HeadlinePairs() {}

    static List<ConsortiumFact> addTo(List<ConsortiumFact> found, String text, HospitalDirectory directory) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        String headline = text.substring(start, end).strip();
        if (headline.isEmpty()
                || headline.length() > MAX_HEADLINE
                || headline.endsWith("。")
                || !TOGETHER.matcher(headline).find()
                || NOT_TOGETHER.matcher(headline).find()) {
            return found;
        }
        List<HospitalDirectory.Mention> mentioned = directory.hospitalsIn(start, end);
        List<String> names = mentioned.stream()
                .map(HospitalDirectory.Mention::name)
                .distinct()
                .toList();
        if (names.size() != 2
                || mentioned.size() != 2
                || !JOINED.matcher(text.substring(
                                mentioned.get(0).end(), mentioned.get(1).start()))
                        .find()) {
            return found; // "山东省立医院(集团)邹城医院签约揭牌": one name built on another, not two parties
        }
        PairSides sides = PairSides.byTier(names.get(0), names.get(1));
        if (sides == null) {
            return found;
        }
        String lead = sides.lead();
        String member = sides.member();
        if (ConsortiumRecords.together(found, lead, member)) {
            return found;
        }
        Map<String, ConsortiumFact> byName = new LinkedHashMap<>();
        found.forEach(c -> byName.put(c.name(), c));
        ConsortiumRecords.record(
                byName,
                null,
                ConsortiumRecords.typeOf(headline),
                lead,
                List.of(member),
                null,
                Evidence.of(text, start, end),
                0.5);
        return new ArrayList<>(byName.values());
    }
}
