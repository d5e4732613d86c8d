package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A一行来到B商洽医疗协作，并与该院签订了帮扶协议": the sentence's subject signs with the hospital 该院 points back to
 * (the last other one named before it); the larger of the two ({@link BilateralSigning#tier}) leads.
 */
final class AnaphoricPartner {

    private static final Pattern SIGNS_WITH_IT = Pattern.compile(
            "与(?:该院|该医院)\\s*(?:正式)?(?:签订|签署|签约|建立|组建|结成|结为)(?:了)?" + "[^，,。；;]{0,16}?(?:协议|医联体|医共体|联盟|协作关系|帮扶关系|合作关系)");

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
        List<HospitalDirectory.Mention> before = sentence
                .directory()
                .mentionsIn(sentence.span().start(), at)
                .stream()
                .filter(x -> !x.group())
                .toList();
        if (before.size() < 2 || !SentenceRoles.opensSentence(sentence.text(), sentence.span(), before.get(0))) {
            return;
        }
        String subject = before.get(0).name();
        String pointed = before.get(before.size() - 1).name();
        int difference = BilateralSigning.tier(subject) - BilateralSigning.tier(pointed);
        if (subject.equals(pointed) || difference == 0) {
            return;
        }
        Evidence evidence = Evidence.of(
                sentence.text(), before.get(0).start(), sentence.span().start() + m.end());
        ConsortiumRecords.recordPair(
                sentence.out(),
                m.group(),
                difference > 0 ? subject : pointed,
                difference > 0 ? pointed : subject,
                evidence);
    }
}
