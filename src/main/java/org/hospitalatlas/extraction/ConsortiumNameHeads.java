package org.hospitalatlas.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that stand only at the head of a consortium's or forum's name and name a kind of hospital, no one hospital:
 * "东北儿童医院发展联盟" is an alliance of the Northeast's children's hospitals, not one of 东北儿童医院.
 */
final class ConsortiumNameHeads {

    /** Right after a name: the rest of a consortium's name, or of its forum's ("东北儿童医院发展论坛"). */
    private static final Pattern CONSORTIUM_REST =
            Pattern.compile("^(?:发展|专科|协作|合作|医疗)?(?:" + ConsortiumRecords.GROUP_WORD.pattern() + "|论坛|峰会|大会)");

    /**
     * A kind of hospital of a region, not one hospital: a macro-region or a tier, then a kind ("东北儿童医院",
     * "长三角中医医院", "全国妇幼保健院"); a real hospital of a region's name and no kind (华东医院, 西南医院) stays.
     */
    private static final Pattern KIND_OF_A_REGION = Pattern.compile("(?:东北|华北|华东|华南|华中|西南|西北|东南|中南|长三角|珠三角|京津冀"
            + "|粤港澳|川渝|成渝|黄河|长江|全国|中国|国家|区域|跨区域|省级|市级|县级|地市级|基层)[\\u4e00-\\u9fa5]{0,4}?"
            + "(?:妇女儿童|儿童|妇幼|妇产|妇儿|中医|中西医结合|肿瘤|口腔|精神病|精神|传染病|康复|眼科|骨科|胸科|心血管|专科|县级|公立)"
            + "(?:医院|医学院|保健院)");

    private ConsortiumNameHeads() {}

    /**
     * The mentions without those of a name that the text writes only right before a consortium's or forum's word and
     * that names a kind of hospital of a region ({@link #KIND_OF_A_REGION}).
     */
    static List<HospitalDirectory.Mention> withoutKindsOfHospital(String text, List<HospitalDirectory.Mention> found) {
        Set<String> standing = new HashSet<>();
        Set<String> heads = new HashSet<>();
        for (HospitalDirectory.Mention m : found) {
            Cancellation.check();
            boolean head = !m.group()
                    && CONSORTIUM_REST
                            .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6)))
                            .find();
            (head ? heads : standing).add(m.name());
        }
        heads.removeAll(standing);
        heads.removeIf(name -> !KIND_OF_A_REGION.matcher(name).matches());
        if (heads.isEmpty()) {
            return found;
        }
        return found.stream().filter(m -> !heads.contains(m.name())).toList();
    }
}
