package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One institution's two names joined by a middle dot ("浙江大学医学院附属儿童医院·浙江省儿童医院"): a single hospital,
 * named as written, not two.
 */
final class JointNames {

    private static final String DOTS = "·•・";

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
                    && DOTS.indexOf(text.charAt(last.end())) >= 0) {
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
