package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One institution's two names joined by a middle dot ("浙江大学医学院附属儿童医院·浙江省儿童医院"): a single hospital,
 * named as written, not two.
 */
final class JointNames {

    private static final String DOTS = "·•・";

    /** "A·B紧密型医联体揭牌": two partners named for what they form together, not one hospital. */
    private static final Pattern PARTNERS_AFTER =
            Pattern.compile("\\s*(?:紧密型)?(?:城市)?(?:医联体|医共体|医疗集团|集团|专科联盟|联盟|签约|合作|揭牌|共建|协作|托管|对口)");

    private JointNames() {}

    /** The candidates with each pair written {@code A·B} (nothing else between) joined into one; sorted by start. */
    static List<HospitalRecognizer.Candidate> join(String text, List<HospitalRecognizer.Candidate> sorted) {
        List<HospitalRecognizer.Candidate> out = new ArrayList<>(sorted.size());
        for (HospitalRecognizer.Candidate c : sorted) {
            HospitalRecognizer.Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null
                    && !last.group()
                    && !c.group()
                    && c.start() == last.end() + 1
                    && DOTS.indexOf(text.charAt(last.end())) >= 0
                    && !PARTNERS_AFTER
                            .matcher(text)
                            .region(c.end(), text.length())
                            .lookingAt()) {
                out.set(
                        out.size() - 1,
                        new HospitalRecognizer.Candidate(
                                last.start(),
                                c.end(),
                                text.substring(last.start(), c.end()),
                                last.anchored() || c.anchored(),
                                false,
                                false,
                                true));
                continue;
            }
            out.add(c);
        }
        return out;
    }
}
