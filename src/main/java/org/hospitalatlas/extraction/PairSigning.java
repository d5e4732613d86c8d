package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.SentenceRoles.addOnce;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two hospitals of one list that sign with each other ("A和B签订…医联体协议"); the larger leads. */
final class PairSigning {

    private PairSigning() {}

    /** "A和B签订…医联体协议", "A和B两院签署…": the two names of one list are the two sides. */
    private static final Pattern GOVERNMENT_BETWEEN =
            Pattern.compile("、[\\u4e00-\\u9fa5]{2,12}?" + SentenceRoles.GOVERNMENT + "、");

    private static final Pattern BOTH_SIDES = Pattern.compile("^(?:双方|两院|两家医院)?");

    /**
     * "理县人民医院和成都军区总医院签订了“…对口支援…”协议": a list of two joined by 和 or 及 signs with itself; the larger
     * hospital leads. The runs used, or 0.
     */
    static int pairSigns(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            List<String> leads,
            List<String> members) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        if (run.size() != 2) {
            return 0;
        }
        HospitalDirectory.Mention a = run.get(0);
        HospitalDirectory.Mention b = run.get(1);
        String gap = a.end() <= b.start() ? text.substring(a.end(), b.start()) : "";
        // "A、息烽县人民政府、B…签约": the government a party beside the two
        if (!gap.equals("和")
                && !gap.equals("及")
                && !GOVERNMENT_BETWEEN.matcher(gap).matches()) {
            return 0;
        }
        String after = text.substring(b.end(), Math.min(span.end(), b.end() + 60));
        Matcher both = BOTH_SIDES.matcher(after);
        if (both.lookingAt()) {
            after = after.substring(both.end());
        }
        boolean signs = BilateralSigning.SIGNS_WITH.matcher(after).find()
                && BilateralSigning.SIGNS_FOR.matcher(after).find();
        PairSides sides = PairSides.byTier(a.name(), b.name());
        if (!(signs || BilateralSigning.BILATERAL.matcher(after).find()) || sides == null) {
            return 0; // no agreement, or two of one tier (the same hospital twice among them)
        }
        addOnce(leads, sides.lead());
        addOnce(members, sides.member());
        return 1;
    }
}
