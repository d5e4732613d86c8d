package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.BilateralSigning.BILATERAL;
import static org.hospitalatlas.extraction.BilateralSigning.tier;
import static org.hospitalatlas.extraction.MemberNames.addMembers;
import static org.hospitalatlas.extraction.SentenceRoles.addOnce;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentence's subject that signs, in a later clause, with the hospital or list after 与 ("A…，并与B签署…"); the larger
 * leads ({@link BilateralSigning#tier}).
 */
final class LaterClauseSigning {

    private LaterClauseSigning() {}

    /** "某某率A一行来…，与B签署…": the hospital whose delegation an official leads is the sentence's subject. */
    /** The verbs of an official who leads a hospital's delegation. */
    static final String DELEGATION_VERBS = "率领|带领|率";

    private static final Pattern LEADS_DELEGATION = Pattern.compile("(?:" + DELEGATION_VERBS + ")$");

    /** "…,并与B", "，与B": a later clause of the subject's sentence turns to the other side. */
    static final Pattern LATER_WITH = Pattern.compile("^[^。；;！？]{0,60}[，,]\\s*(?:并|还|同时|正式|共同)?(?:分别)?与$");

    /**
     * "武汉大学中南医院心内科主任…率领专家团队来秭归县人民医院开展…,并签订合作协议,与秭归县人民医院心内科建立心血管专科联盟":
     * the sentence's subject, in a later clause, forms a consortium with the hospital after 与; the larger leads. Only
     * the subject and one other hospital may be named between. The runs used, or 0.
     */
    static int subjectSignsLater(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            List<String> leads,
            List<String> members) {
        List<HospitalDirectory.Mention> subjectRun = runs.get(0);
        HospitalDirectory.Mention subject = subjectRun.get(0);
        boolean delegation = LEADS_DELEGATION
                        .matcher(text.substring(span.start(), subject.start()))
                        .find()
                && text.startsWith("一行", subject.end());
        if (subjectRun.size() != 1 || !(SentenceRoles.opensSentence(text, span, subject) || delegation)) {
            return 0;
        }
        for (int k = 1; k < runs.size(); k++) {
            List<HospitalDirectory.Mention> run = runs.get(k);
            HospitalDirectory.Mention other = run.get(0);
            if (k == 1 && run.size() > 1) {
                return subjectSignsWithList(text, span, subject, run, leads, members);
            }
            if (run.size() != 1 || other.name().equals(subject.name())) {
                return 0;
            }
            if (k > 1 && !other.name().equals(runs.get(k - 1).get(0).name())) {
                return 0; // a third hospital: not a pair
            }
            if (!LATER_WITH
                    .matcher(text.substring(subject.end(), other.start()))
                    .find()) {
                continue;
            }
            String afterOther = text.substring(other.end(), Math.min(span.end(), other.end() + 40));
            if (!BILATERAL.matcher(afterOther).find()) {
                return 0;
            }
            PairSides sides = PairSides.byTier(subject.name(), other.name());
            if (sides == null) {
                return 0;
            }
            addOnce(leads, sides.lead());
            addOnce(members, sides.member());
            return k + 1;
        }
        return 0;
    }

    /**
     * "A举行第三届医联体工作会议，并与B、C、D等4家医院签署了医联体协议": the subject, larger than every hospital of the
     * list, leads them. The runs used (2), or 0.
     */
    private static int subjectSignsWithList(
            String text,
            TextSegmenter.Span span,
            HospitalDirectory.Mention subject,
            List<HospitalDirectory.Mention> run,
            List<String> leads,
            List<String> members) {
        if (!LATER_WITH
                .matcher(text.substring(subject.end(), run.get(0).start()))
                .find()) {
            return 0;
        }
        String afterRun = BilateralSigning.afterList(text, span, run);
        int subjectTier = tier(subject.name());
        if (!BILATERAL.matcher(afterRun).find() || run.stream().anyMatch(m -> tier(m.name()) >= subjectTier)) {
            return 0;
        }
        addOnce(leads, subject.name());
        addMembers(text, run, members);
        return 2;
    }
}
