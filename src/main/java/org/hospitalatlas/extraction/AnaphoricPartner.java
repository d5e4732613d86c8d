package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A一行来到B商洽医疗协作，并与该院签订了帮扶协议": the sentence's subject signs with the hospital 该院 points back to
 * (the last other one named before it); the larger of the two ({@link BilateralSigning#tier}) leads.
 */
final class AnaphoricPartner {

    /** The agreement names what the two form: a consortium, support or cooperation (not "进修人员培养协议"). */
    private static final Pattern SIGNS_WITH_IT = Pattern.compile("与(?:该院|该医院)\\s*(?:正式)?(?:签订|签署|签约|建立|组建|结成|结为)(?:了)?"
            + "[^，,。；;]{0,12}?(?:(?:医联体|医共体|专科联盟|托管|对口支援|对口帮扶|帮扶|协作|合作)(?:合作)?(?:协议|关系)|医联体|医共体|联盟)");

    private AnaphoricPartner() {}

    static void read(ConsortiumSentence sentence) {
        String s = sentence.s();
        if (!s.contains("该院") && !s.contains("该医院")) {
            return;
        }
        Matcher m = SIGNS_WITH_IT.matcher(s);
        if (!m.find()) {
            return;
        }
        int at = sentence.span().start() + m.start();
        List<HospitalDirectory.Mention> before =
                sentence.directory().hospitalsIn(sentence.span().start(), at);
        if (before.size() < 2 || !SentenceRoles.opensSentence(sentence.text(), sentence.span(), before.get(0))) {
            return;
        }
        PairSides sides = PairSides.byTier(
                before.get(0).name(), before.get(before.size() - 1).name());
        if (sides == null) {
            return; // one tier (or the same hospital): who supports whom is not said
        }
        Evidence evidence = Evidence.of(
                sentence.text(), before.get(0).start(), sentence.span().start() + m.end());
        ConsortiumRecords.recordPair(sentence.out(), m.group(), sides.lead(), sides.member(), evidence);
    }
}
