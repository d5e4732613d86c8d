package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.GROUP_WORD;
import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memberships of the hospital a sentence is about, in a group the sentence names: listed among its titles
 * (X是…、L医联体成员单位、Y联盟理事单位) or joined (纳入浙医二院医疗集团, 正式加入湘雅医院医联体); a hospital that starts the
 * group's name leads it.
 */
final class SubjectMembershipReader {

    private SubjectMembershipReader() {}

    /** "L医联体成员单位": an item of a list describing the subject hospital. */
    private static final Pattern MEMBER_OF = Pattern.compile(
            "(?<name>[^、，,。；;：:]{2,30}?(?:联盟|医联体|医共体|医疗集团|集团|协作网|共同体|联合体))(?:的)?(?<role>成员单位|会员单位|常务理事单位|副理事长单位|理事单位|成员医院|成员"
                    // "B正式成为A医联体合作单位", "B是A医联体合作诊疗单位": a partner's seat
                    + "|(?:合作诊疗|合作|协作)(?:单位|医院)|单位)(?:之一)?(?=[、，,。；;”\"]|$)");

    /** "加入X联盟", "A牵头的X", "各医联体", "现有65家联盟": words before the group word that name no one consortium. */
    private static boolean namesNoConsortium(String name) {
        return name.startsWith("加入")
                || name.contains("牵头")
                || name.startsWith("各")
                || COUNT_IN_NAME.matcher(name).find();
    }

    private static final Pattern COUNT_IN_NAME = Pattern.compile("[0-9一二三四五六七八九十两]+\\s*(?:余|多)?\\s*[家所个]");

    private static final Pattern PARTNER_SEAT = Pattern.compile("(?:合作诊疗|合作|协作)(?:单位|医院)");

    private static final Pattern COPULA = Pattern.compile("^(?:也|还|并|同时|均)?(?:是|为|系|作为|成为)");
    private static final Pattern INNER_COPULA = Pattern.compile("(?<=.)(?:是|为|系)");

    /**
     * "X是国家…、L医联体成员单位、Y联盟理事单位": the hospital the sentence is about belongs to each consortium so
     * listed; a hospital named at the start of the consortium's name leads it.
     */
    static void subjectMemberships(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        Matcher keyword = GROUP_WORD.matcher(s);
        if (!keyword.find() || (!s.contains("成员") && !s.contains("单位"))) {
            return; // the role word (成员单位, 理事单位, …) follows a group word
        }
        // a name is at most 30 characters before its group word (2 more for 医疗集团): the scan starts there
        Matcher m = MEMBER_OF.matcher(s).region(Math.max(0, keyword.start() - 34), s.length());
        while (m.find()) {
            String name = m.group("name").strip();
            int nameStart = span.start() + m.start("name");
            Matcher copula = COPULA.matcher(name);
            if (copula.find() && name.length() - copula.end() >= 4) {
                // "…,是复旦大学附属肿瘤医院肿瘤专科医联体成员单位": the name starts after the copula
                name = name.substring(copula.end());
                nameStart += copula.end();
            }
            if (namesNoConsortium(name)) {
                continue;
            }
            int nameEnd = span.start() + m.end("name");
            Opener opener = namedBeforeCopula(directory, text, nameStart, nameEnd);
            if (opener != null) {
                openerJoins(
                        text,
                        directory,
                        opener,
                        nameEnd,
                        Evidence.of(text, nameStart, span.start() + m.end("role")),
                        byName);
                continue;
            }
            if (PARTNER_SEAT.matcher(m.group("role")).matches()) {
                continue; // "两所医院互结成专科联盟协作单位": a partner's seat only when a hospital opens the clause
            }
            if (name.contains("“") || name.contains("\"")) {
                continue; // "向B授予了“L联盟成员单位”": a plaque's title given to another hospital (PlaqueReader)
            }
            if (INNER_COPULA.matcher(name).find()) {
                continue; // "A为医院集团成员单位": A is the sentence's own subject, read by its role words
            }
            SubjectResolver.Subject subject = directory.subjectAt(nameStart);
            if (subject == null || subject.hospital() == null) {
                continue;
            }
            String lead = hospitalStarting(directory, nameStart, nameEnd);
            if (lead == null && name.startsWith(subject.hospital())) {
                continue;
            }
            if (lead == null) {
                lead = shortFormLead(name);
            }
            if ((lead == null && UNNAMED_GROUP.matcher(name).matches())
                    || subject.hospital().equals(lead)) {
                continue;
            }
            Evidence evidence = Evidence.of(text, nameStart, span.start() + m.end("role"));
            record(byName, name, typeOf(name), lead, List.of(subject.hospital()), null, evidence, 0.6);
        }
    }

    /**
     * "B是A医联体成员单位", "宿松县中医院正式成为上海瑞金智慧医疗联合体成员单位": the hospital before the copula belongs to
     * the consortium after it, led by the hospital its name starts with or names by a short form.
     */
    private static void openerJoins(
            String text,
            HospitalDirectory directory,
            Opener opener,
            int nameEnd,
            Evidence evidence,
            Map<String, ConsortiumFact> byName) {
        String group = text.substring(opener.groupStart(), nameEnd);
        String lead = hospitalStarting(directory, opener.groupStart(), nameEnd);
        if (lead == null) {
            lead = leadNamedInside(directory, group);
        }
        if (lead != null && !lead.equals(opener.hospital())) {
            record(byName, group, typeOf(group), lead, List.of(opener.hospital()), null, evidence, 0.6);
        } else if (lead == null && ledByNoHospital(group)) {
            // "B正式成为“X联盟会员单位”": an alliance no hospital is named to lead (the conventions' h04 case)
            record(byName, group, typeOf(group), null, List.of(opener.hospital()), null, evidence, 0.6);
        }
    }

    /** "2018年1月纳入浙医二院医疗集团统一管理", "正式加入湘雅医院医联体": the subject joins a group named after its lead. */
    private static final Pattern JOINS_NAMED_GROUP = Pattern.compile(
            "(?:^|[，,])\\s*(?:(?:19|20)[0-9]{2}\\s*年(?:[0-9]{1,2}\\s*月)?(?:份)?\\s*)?(?:正式|整体|被)?(?:纳入|加入|并入)"
                    + "(?<name>[^，,。；;“”\"]{2,24}?(?:医疗集团|医院集团|医联体|医共体))");

    /**
     * The sentence's subject (carried from before when the clause opens with the verb) joins a group whose name starts
     * with its lead hospital.
     */
    static void joinsNamedGroup(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("纳入") && !s.contains("加入") && !s.contains("并入")) {
            return;
        }
        Matcher m = JOINS_NAMED_GROUP.matcher(s);
        while (m.find()) {
            int nameStart = span.start() + m.start("name");
            int nameEnd = span.start() + m.end("name");
            String lead = hospitalStarting(directory, nameStart, nameEnd);
            if (lead == null) {
                lead = shortFormLead(m.group("name"));
            }
            SubjectResolver.Subject subject = directory.subjectAt(span.start() + m.start());
            if (lead == null
                    || subject == null
                    || subject.hospital() == null
                    || subject.hospital().equals(lead)
                    || m.group("name").startsWith(subject.hospital())) {
                continue;
            }
            int quoteStart = span.start() + m.start();
            while (quoteStart < nameStart && "，, ".indexOf(text.charAt(quoteStart)) >= 0) {
                quoteStart++;
            }
            Evidence evidence = Evidence.of(text, quoteStart, nameEnd);
            record(
                    byName,
                    m.group("name"),
                    typeOf(m.group("name")),
                    lead,
                    List.of(subject.hospital()),
                    null,
                    evidence,
                    0.6);
        }
    }

    /**
     * The hospital a consortium's name in [start, end) starts with: a hospital named there, or the hospital part of a
     * group named there ("宁夏医科大学总医院医院集团" → 宁夏医科大学总医院); null when none starts it.
     */
    private static String hospitalStarting(HospitalDirectory directory, int start, int end) {
        String lead = null;
        for (HospitalDirectory.Mention x : directory.mentionsIn(start, end)) {
            if (x.start() != start) {
                continue;
            }
            if (!x.group()) {
                lead = x.name();
            } else {
                int split = x.name().indexOf("医院");
                lead = split > 0 ? x.name().substring(0, split + 2) : null;
            }
        }
        return lead;
    }

    /**
     * "上海瑞金智慧医疗联合体": a consortium named after its lead's short name (瑞金医院 without 医院) in the middle of
     * its name; the one hospital of the document whose short name the consortium's name holds, else null.
     */
    private static String leadNamedInside(HospitalDirectory directory, String groupName) {
        String lead = null;
        for (HospitalDirectory.Mention m : directory.mentions()) {
            String surface = m.surface();
            if (m.group() || !surface.endsWith("医院") || surface.equals(m.name())) {
                continue; // only a short form: a full name would have started the consortium's name
            }
            String core = surface.substring(0, surface.length() - 2);
            if (core.length() < 2
                    || HospitalNames.isGeneric(core)
                    || DIVISION_END.matcher(core).find()) {
                continue;
            }
            if (groupName.contains(core)) {
                if (lead != null && !lead.equals(m.name())) {
                    return null;
                }
                lead = m.name();
            }
        }
        return lead;
    }

    /** The hospital that opens a stretch, and where the consortium's name starts after its copula. */
    private record Opener(String hospital, int groupStart) {}

    private static final Pattern OPENER_COPULA = Pattern.compile(
            // "B心内科被授予X联盟会员单位": a department may stand for its hospital
            "^(?:[\\u4e00-\\u9fa5]{1,8}?(?:科|中心))?(?:正式|已经|已|也|还|均|同时)?(?:成为|是|为|系|当选(?:为)?|被授予|被评为)[“\"]?");

    /** "此次签约揭牌标志着B正式成为A医联体合作单位": words announcing what a signing means, before the hospital. */
    private static final Pattern ANNOUNCING = Pattern.compile("(?:标志|意味|预示)(?:着|著)?$");

    /** "X正式成为L": the hospital named at {@code start}, right before a copula, and where L starts; or null. */
    private static Opener namedBeforeCopula(HospitalDirectory directory, String text, int start, int end) {
        for (HospitalDirectory.Mention x : directory.mentionsIn(start, end)) {
            if (x.group()
                    || (x.start() != start
                            && !ANNOUNCING
                                    .matcher(text)
                                    .region(start, x.start())
                                    .find())) {
                continue;
            }
            Matcher c = OPENER_COPULA.matcher(text).region(x.end(), end);
            if (c.lookingAt() && end - c.end() >= 4) {
                return new Opener(x.name(), c.end());
            }
        }
        return null;
    }

    /** An alliance or network by its own name (X联盟, not 联盟 alone), with no hospital in the name to lead it. */
    private static boolean ledByNoHospital(String group) {
        // "成为首批联盟单位": a batch of some alliance, not its name
        String core = group.replaceFirst("^(?:首批|第[一二三四五六七八九十]批|新|该|本|此)", "");
        return (core.endsWith("联盟") || core.endsWith("协作网"))
                && core.length() >= 5
                && !UNNAMED_GROUP.matcher(core).matches()
                && !core.contains("院");
    }

    /** "成为医疗联合体单位": a kind of consortium, no consortium's name. */
    private static final Pattern UNNAMED_GROUP =
            Pattern.compile("(?:紧密型|松散型|城市|县域|区域|专科)?(?:医疗联合体|联合体|医联体|医共体|医疗集团|集团|专科联盟|联盟|协作网|共同体)");

    private static final Pattern DIVISION_END = Pattern.compile("[省市县区州旗盟镇乡]$");

    /** "重医一院医院集团成员单位": an informal short form that starts the group's name leads it; else null. */
    private static String shortFormLead(String groupName) {
        Matcher shortLead = SHORT_FORM_LEAD.matcher(groupName);
        return shortLead.find() ? shortLead.group("lead") : null;
    }

    private static final Pattern SHORT_FORM_LEAD =
            Pattern.compile("^(?<lead>[\\u4e00-\\u9fa5]{1,2}[大医][一二三四五六七八九十]附?院)(?:医院集团|医疗集团|集团|医联体|医共体|专科联盟|联盟)");
}
