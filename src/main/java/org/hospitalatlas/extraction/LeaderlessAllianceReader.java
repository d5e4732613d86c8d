package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hospital that joins an alliance no hospital leads ("B正式加入中国医院协会日间手术合作联盟", "B首批入盟全国县域医共体发展
 * 联盟"): the alliance is run by an association, a university or a centre, so the membership has no lead (the
 * conventions' h04 case).
 */
final class LeaderlessAllianceReader {

    /** Adverbs before the verb ("正式加入", "首批成为"). */
    private static final String ADVERBS = "(?:正式|成功|首批|率先|也|均|已|已经)*";

    /** An alliance's name up to its group word. */
    private static final String ALLIANCE = "[^，,。；;、“”\"]{%d,30}?(?:联盟|协作网|联合体)";

    private static final Pattern JOINS = Pattern.compile("(?<verb>" + ADVERBS + "(?:加入|入盟|加盟))(?:了)?" + "(?<name>"
            + ALLIANCE.formatted(4) + ")(?![\\u4e00-\\u9fa5]{0,4}(?:医院|成员))");

    /**
     * "B正式成为X联盟成员单位", "B被选为“X联盟理事单位”", "…X联盟在B举行揭牌仪式，B正式成为该联盟成员单位": a seat in an
     * alliance, which 该 names by the alliance the sentence named before.
     */
    private static final Pattern SEATED = Pattern.compile("(?<verb>" + ADVERBS + "(?:成为|当选为?|被选为|入选为?))[“\"]?"
            + "(?<name>" + ALLIANCE.formatted(1) + ")(?:的)?(?:首批|创始)?(?:常务|副)?(?:成员单位|成员医院|"
            + ConsortiumRecords.SEAT + ")");

    /** Sentences that may give a seat ({@link #SEATED}). */
    private static final Pattern SEAT_WORD = Pattern.compile("成员单位|成员医院|" + ConsortiumRecords.SEAT);

    /** What may stand between the hospital and the verb: a department, a few words ("骨科", "也"). */
    private static final Pattern BEFORE_VERB = Pattern.compile("^[\\u4e00-\\u9fa5]{0,4}?(?:科|中心)?\\s*$");

    /** A hospital named in the alliance's name (not 中国医院协会, an association of hospitals). */
    private static final Pattern HOSPITAL_WORD = Pattern.compile("医院(?!协会|学会|管理)");

    private static final Pattern PLANNED = Pattern.compile("将|拟|计划|申请|准备|争取|鼓励|" + PlanWords.SUPPORT);

    private LeaderlessAllianceReader() {}

    /** A sentence with a verb of joining, the only ones {@link #joins} reads. */
    static boolean mayJoin(String s) {
        return s.contains("加入")
                || s.contains("入盟")
                || s.contains("加盟")
                || SEAT_WORD.matcher(s).find();
    }

    static void joins(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!mayJoin(s)) {
            return;
        }
        read(text, span, s, JOINS.matcher(s), directory, byName);
        read(text, span, s, SEATED.matcher(s), directory, byName);
    }

    private static void read(
            String text,
            TextSegmenter.Span span,
            String s,
            Matcher m,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        while (m.find()) {
            int verbStart = span.start() + m.start("verb");
            int nameStart = span.start() + m.start("name");
            int nameEnd = span.start() + m.end("name");
            String name = m.group("name");
            if (name.startsWith("该")) {
                // "X联盟在B举行揭牌仪式，B正式成为该联盟成员单位": the alliance the sentence named before
                String before = ConsortiumRecords.nameIn(s.substring(0, m.start()), List.of(), span, text);
                name = before == null || !before.endsWith(name.substring(1)) ? name : before;
            }
            if (!directory.mentionsIn(nameStart, nameEnd).isEmpty()
                    || HOSPITAL_WORD.matcher(name).find()
                    || name.startsWith("该")
                    || name.startsWith("本")) {
                continue; // an alliance named after a hospital is led by it (the role-word readers)
            }
            HospitalDirectory.Mention member = null;
            for (HospitalDirectory.Mention x : directory.mentionsIn(span.start(), verbStart)) {
                if (!x.group()) {
                    member = x;
                }
            }
            String joining = member == null ? null : member.name();
            boolean othersNamed = directory.mentionsIn(span.start(), span.end()).stream()
                    .anyMatch(x -> !x.group() && !x.name().equals(joining));
            boolean ledElsewhere = byName.values().stream()
                    .anyMatch(c -> c.lead() != null
                            && !c.lead().equals(joining)
                            && c.members().stream().anyMatch(x -> x.hospital().equals(joining)));
            if (member == null
                    || othersNamed // another hospital in the sentence may be the one that leads it
                    || ledElsewhere
                    || !BEFORE_VERB
                            .matcher(text.substring(member.end(), verbStart))
                            .matches()
                    || PLANNED.matcher(text.substring(member.end(), verbStart)).find()
                    || "基层".equals(HospitalNames.categoryOf(member.name()))) {
                continue;
            }
            Evidence evidence = Evidence.of(text, member.start(), nameEnd);
            record(byName, name, typeOf(name), null, List.of(member.name()), null, evidence, 0.6);
        }
    }
}
