package org.hospitalatlas.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that stand only at the head of a consortium's name and name no hospital: "东北儿童医院发展联盟" is an alliance of
 * the Northeast's children's hospitals, not one of 东北儿童医院.
 */
final class ConsortiumNameHeads {

    /** Right after a name: the rest of a consortium's name, or of its forum's ("东北儿童医院发展论坛"). */
    private static final Pattern CONSORTIUM_REST =
            Pattern.compile("^(?:发展|专科|协作|合作|医疗)?(?:联盟|医联体|医共体|协作网|共同体|联合体|集团|论坛|峰会|大会)");

    private ConsortiumNameHeads() {}

    /**
     * The mentions without those of a name that the text writes only right before a consortium's or forum's word and that neither
     * opens with its place nor names its owner ({@link SentencePairs#namesAHospital}).
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
        heads.removeIf(SentencePairs::namesAHospital);
        if (heads.isEmpty()) {
            return found;
        }
        return found.stream().filter(m -> !heads.contains(m.name())).toList();
    }
}
