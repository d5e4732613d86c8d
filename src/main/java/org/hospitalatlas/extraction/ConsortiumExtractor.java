package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads consortia: a group named after its lead that is set up on a date (郴州市一医院城市医疗集团正式挂牌成立), a
 * group listed as "以A为总部，B、C为成员单位", a regional medical centre built by an output and an input hospital
 * ({@link RegionalCentreReader}), and integrations "A与B进行整合，组建“C”" ({@link IntegrationReader}).
 */
final class ConsortiumExtractor {

    private static final Pattern FOUNDING = Pattern.compile("成立|挂牌|揭牌|组建|启动");
    private static final Pattern HEADQUARTERS = Pattern.compile("以(?<lead>[^，,；;。]{2,30}?)为(?:总部|牵头单位|牵头医院|龙头|核心)");
    private static final Pattern MEMBERS_CLAUSE = Pattern.compile("(?<members>[^；;。]{2,120}?)为成员(?:单位|医院)?");
    private static final Pattern COUNTY_GROUP =
            Pattern.compile("组建(?:[^，,；;。]{0,10}的)?(?<name>[^，,；;。的]{2,20}(?:医疗集团|医共体|医院集团))");
    private static final Pattern ALLIANCE =
            Pattern.compile("牵头(?:成立|组建|发起)(?:了)?(?:的)?(?<name>[^，,；;。、“”\"]{2,24}?专科联盟)");
    private static final Pattern PLANNED =
            Pattern.compile("将|计划(?!生育)|力争|拟|下一步|" + PlanWords.PUSH + "|鼓励|" + PlanWords.SUPPORT + "|争取");
    private static final Pattern MEMBER_LIST = Pattern.compile("(?:成员包括|成员单位包括|包括|成员单位有|成员有)");
    private static final Pattern TELE_NETWORK = Pattern.compile(
            "(?:依托|以)(?<lead>[^，,；;。]{2,24}?)(?:建成|建设|组建|搭建|牵头建设|为龙头建设)的?(?<name>[^，,；;。的]{2,24}?远程医疗(?:协作网|服务网络|网络|协作平台))");
    /** "选派专家到乡镇医共体分院坐诊": staff sent to a community's branches or member units (a line break may split it). */
    private static final Pattern STAFF_TO_COMMUNITY = Pattern.compile(
            "(?:选派|派驻|下派|派出|派遣)[^。；;！？]{0,40}?(?:到|赴|至|下沉|进驻|入驻)[^。；;，,！？]{0,10}?医共体\\s*(?:分院|成员单位|成员医院)");

    private static final StartChars HEADQUARTERS_STARTS = StartChars.of(HEADQUARTERS);
    private static final StartChars TELE_NETWORK_STARTS = StartChars.of(TELE_NETWORK);
    private static final StartChars STAFF_TO_COMMUNITY_STARTS = StartChars.of(STAFF_TO_COMMUNITY);

    List<ConsortiumFact> extract(String text, TextSegmenter segments, YearResolver years, HospitalDirectory directory) {
        Map<String, ConsortiumFact> byName = new LinkedHashMap<>();
        for (TextSegmenter.Span span : segments.sentences()) {
            Cancellation.check();
            ConsortiumSentence sentence = new ConsortiumSentence(
                    text, span, text.substring(span.start(), span.end()), segments, years, directory, byName);
            List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end());
            namedGroup(sentence, mentions);
            headquartered(sentence);
            RegionalCentreReader.regionalCentre(sentence);
            IntegrationReader.integration(sentence);
            RespectiveGroups.read(sentence);
            RespectivePairs.read(sentence);
            AnaphoricPartner.read(sentence);
            ElidedSubjectSigning.read(sentence);
            VisitingDelegation.read(sentence);
            countyGroup(sentence);
            membership(text, mentions, directory, byName);
            specialtyAlliance(sentence);
            teleMedicineNetwork(sentence);
        }
        ledCommunity(text, segments, directory, byName);
        List<ConsortiumFact> out = new ArrayList<>(byName.values());
        out.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        return out;
    }

    private static void namedGroup(ConsortiumSentence sentence, List<HospitalDirectory.Mention> mentions) {
        for (HospitalDirectory.Mention m : mentions) {
            if (!m.group() || !FOUNDING.matcher(sentence.s()).find()) {
                continue;
            }
            String name = m.name();
            int split = name.indexOf("医院");
            if (split < 0) {
                continue;
            }
            String lead = name.substring(0, split + 2);
            String type = name.contains("城市医疗集团") ? "city_medical_group" : "hospital_group";
            sentence.add(name, type, lead, List.of(new ConsortiumFact.Member(lead, "lead")), 0.8);
        }
    }

    private static void headquartered(ConsortiumSentence sentence) {
        String s = sentence.s();
        Matcher hq = HEADQUARTERS.matcher(s);
        if (!HEADQUARTERS_STARTS.find(hq, s, 0)) {
            return;
        }
        Matcher members = MEMBERS_CLAUSE.matcher(s);
        members.region(hq.end(), s.length());
        if (!members.find()) {
            return;
        }
        List<HospitalDirectory.Mention> leads = sentence.mentionsIn(hq, "lead");
        List<HospitalDirectory.Mention> listed = sentence.mentionsIn(members, "members");
        if (leads.isEmpty() || listed.isEmpty()) {
            return;
        }
        String lead = leads.get(0).name();
        List<ConsortiumFact.Member> roster = new ArrayList<>();
        roster.add(new ConsortiumFact.Member(lead, "lead"));
        boolean grassroots = false;
        for (HospitalDirectory.Mention m : listed) {
            if (!m.name().equals(lead)
                    && roster.stream().noneMatch(r -> r.hospital().equals(m.name()))) {
                roster.add(new ConsortiumFact.Member(m.name(), "member"));
                grassroots |= "基层".equals(HospitalNames.categoryOf(m.name()));
            }
        }
        boolean county = s.contains("医共体") || s.contains("乡镇卫生院");
        String type = county
                ? "county_medical_community"
                : s.contains("集团")
                        ? (grassroots || lead.contains("市") ? "city_medical_group" : "hospital_group")
                        : "other";
        String name = lead + (county ? "医共体" : "医疗集团");
        String leadName = lead;
        if (sentence.out().values().stream()
                .anyMatch(c -> c.lead() != null
                        && c.lead().equals(leadName)
                        && c.type().equals(type))) {
            return; // the same group, already read under the name the text gives it
        }
        sentence.add(name, type, lead, roster, 0.8);
    }

    private static void countyGroup(ConsortiumSentence sentence) {
        String s = sentence.s();
        if (!(s.contains("乡镇卫生院") || s.contains("卫生院")) || !s.contains("整合")) {
            return;
        }
        Matcher g = COUNTY_GROUP.matcher(s);
        if (!g.find()) {
            return;
        }
        String name = g.group("name");
        List<HospitalDirectory.Mention> inName = sentence.mentionsIn(g, "name");
        List<HospitalDirectory.Mention> all = sentence.mentions();
        String lead = !inName.isEmpty()
                ? inName.get(0).name()
                : all.isEmpty() ? null : all.get(0).name();
        if (lead == null) {
            return;
        }
        sentence.add(name, "county_medical_community", lead, List.of(new ConsortiumFact.Member(lead, "lead")), 0.75);
    }

    /** "X牵头成立的Y专科联盟…成员包括A、B": a named specialty alliance, its lead and the members the text names. */
    private static void specialtyAlliance(ConsortiumSentence sentence) {
        String s = sentence.s();
        HospitalDirectory directory = sentence.directory();
        Matcher m = ALLIANCE.matcher(s);
        if (!m.find()) {
            return;
        }
        int offset = sentence.span().start();
        String name = m.group("name").strip();
        if (PLANNED.matcher(s.substring(0, m.start())).find() || name.startsWith("更多") || name.startsWith("一批")) {
            return; // "推动市级医院牵头组建更多专科联盟": a plan, not an alliance
        }
        String lead = null;
        List<HospitalDirectory.Mention> before = directory.mentionsIn(offset, offset + m.start());
        for (HospitalDirectory.Mention mention : before) {
            if (!mention.group()) {
                lead = mention.name(); // the last hospital named before 牵头
            }
        }
        if (lead == null) {
            SubjectResolver.Subject subject = directory.subjectAt(offset + m.start());
            lead = subject == null ? null : subject.hospital();
        }
        if (lead == null) {
            return;
        }
        List<ConsortiumFact.Member> roster = new ArrayList<>();
        roster.add(new ConsortiumFact.Member(lead, "lead"));
        Matcher list = MEMBER_LIST.matcher(s);
        if (list.find(m.end())) {
            for (HospitalDirectory.Mention mention :
                    directory.mentionsIn(offset + list.end(), sentence.span().end())) {
                String member = mention.name();
                if (!mention.group()
                        && roster.stream().noneMatch(r -> r.hospital().equals(member))) {
                    roster.add(new ConsortiumFact.Member(member, "member"));
                }
            }
        }
        sentence.add(name, "specialty_alliance", lead, roster, 0.8);
    }

    /** "依托县医院建成的X远程医疗协作网": a tele-medicine network led by the hospital it is built on. */
    private static void teleMedicineNetwork(ConsortiumSentence sentence) {
        Matcher m = TELE_NETWORK.matcher(sentence.s());
        if (!TELE_NETWORK_STARTS.find(m, sentence.s(), 0)) {
            return;
        }
        List<HospitalDirectory.Mention> leads = sentence.mentionsIn(m, "lead");
        if (leads.isEmpty() || leads.get(0).group()) {
            return;
        }
        String lead = leads.get(0).name();
        String name = m.group("name").strip();
        sentence.add(name, "tele_medicine_network", lead, List.of(new ConsortiumFact.Member(lead, "lead")), 0.75);
    }

    /** "在上海市一医疗集团内", "加入X医疗集团": the hospital the sentence is about belongs to a named group. */
    private static void membership(
            String text,
            List<HospitalDirectory.Mention> mentions,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> out) {
        for (HospitalDirectory.Mention m : mentions) {
            if (!m.group() || m.start() < 2) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 2), m.start());
            if (!(before.endsWith("在") || before.equals("加入"))) {
                continue;
            }
            int split = m.name().indexOf("医院");
            SubjectResolver.Subject member = directory.subjectAt(m.start());
            if (split < 0 || member == null) {
                continue;
            }
            String lead = m.name().substring(0, split + 2);
            if (member.hospital().equals(lead) || member.hospital().equals(m.name())) {
                continue;
            }
            TextSegmenter.Span clause = new TextSegmenter.Span(m.start(), m.end());
            out.putIfAbsent(
                    m.name(),
                    new ConsortiumFact(
                            m.name(),
                            "hospital_group",
                            lead,
                            List.of(
                                    new ConsortiumFact.Member(lead, "lead"),
                                    new ConsortiumFact.Member(member.hospital(), "member")),
                            null,
                            Evidence.of(text, clause.start(), clause.end()),
                            0.7));
        }
    }

    /**
     * "选派医疗专家…到乡镇医共体分院开展坐诊": the document's main hospital staffs the branches of a county medical
     * community, so it leads one, even if the text never names it (then it is called after its lead: X医共体). A
     * paragraph that names no other hospital speaks for the main one, whatever an earlier paragraph was about.
     */
    private static void ledCommunity(
            String text, TextSegmenter segments, HospitalDirectory directory, Map<String, ConsortiumFact> out) {
        String main = directory.main();
        if (main == null) {
            return;
        }
        boolean known = out.values().stream()
                .anyMatch(c -> c.type().equals("county_medical_community") && main.equals(c.lead()));
        Matcher m = STAFF_TO_COMMUNITY.matcher(text);
        int from = 0;
        while (!known && STAFF_TO_COMMUNITY_STARTS.find(m, text, from)) {
            from = m.end();
            TextSegmenter.Span paragraph = segments.paragraphOf(m.start());
            boolean namesOther = directory.mentionsIn(paragraph.start(), m.start()).stream()
                    .anyMatch(x -> !x.group() && !x.name().equals(main));
            SubjectResolver.Subject sender = directory.subjectAt(m.start());
            if (namesOther && (sender == null || !sender.hospital().equals(main))) {
                continue; // the paragraph is about another hospital, which may be the one sending staff
            }
            String name = main + "医共体";
            out.putIfAbsent(
                    name,
                    new ConsortiumFact(
                            name,
                            "county_medical_community",
                            main,
                            List.of(new ConsortiumFact.Member(main, "lead")),
                            null,
                            Evidence.of(text, m.start(), m.end()),
                            0.7));
            known = true;
        }
    }
}
