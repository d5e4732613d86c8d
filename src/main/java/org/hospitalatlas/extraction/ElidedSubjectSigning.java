package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "蜀山镇中心卫生院始建于1956年。2019年，与无为市人民医院组建紧密型医共体": a clause whose subject is left out, or is 该院
 * or 我院, forms a consortium with the one hospital it names; the hospital the passage is about is the other side, and
 * the larger of the two ({@link BilateralSigning#tier}) leads.
 */
final class ElidedSubjectSigning {

    /**
     * The sentence's whole opening up to 与: no name and no other subject, only a pointer to the passage's hospital,
     * dates and an adverb ("2019年，与", "该院于2019年与"; not "…，县委书记带队赴无为市考察，与").
     */
    private static final Pattern SUBJECT_LEFT_OUT = Pattern.compile("^(?:\\s*(?:该院|该医院|我院|本院)?\\s*(?:于)?"
            + "(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:以来|上午|下午)?[，,]?)*"
            + "\\s*(?:先后|已|还|又|并|正式|积极|主动|率先)?与$");

    private ElidedSubjectSigning() {}

    static void read(ConsortiumSentence sentence) {
        String s = sentence.s();
        int with = s.indexOf('与');
        // the opening holds no 与 before its own: test it before looking up the sentence's names
        if (with < 0 || !SUBJECT_LEFT_OUT.matcher(s.substring(0, with + 1)).matches()) {
            return;
        }
        List<HospitalDirectory.Mention> named = sentence.directory()
                .hospitalsIn(sentence.span().start(), sentence.span().end());
        if (named.isEmpty()) {
            return;
        }
        HospitalDirectory.Mention partner = named.get(0);
        // the one hospital named, perhaps again in the plaque of its branch ("挂牌“A蜀山分院”")
        if (named.stream().anyMatch(m -> !m.name().startsWith(partner.name()))) {
            return;
        }
        String text = sentence.text();
        int clauseStart = sentence.span().start();
        if (partner.start() != clauseStart + with + 1
                || partner.end() >= sentence.span().end()
                || !BilateralSigning.BILATERAL
                        .matcher(text.substring(
                                partner.end(), Math.min(sentence.span().end(), partner.end() + 40)))
                        .find()) {
            return;
        }
        SubjectResolver.Subject subject = sentence.directory().subjectAt(partner.start());
        if (subject == null || subject.hospital().equals(partner.name())) {
            return;
        }
        PairSides sides = PairSides.byTier(subject.hospital(), partner.name());
        if (sides == null) {
            return; // one tier: who leads is not said
        }
        Evidence evidence = Evidence.of(text, clauseStart, sentence.span().end());
        ConsortiumRecords.recordPair(sentence.out(), s, sides.lead(), sides.member(), evidence);
    }
}
