package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.GROUP_WORD;
import static org.hospitalatlas.extraction.ConsortiumRecords.NAMED;
import static org.hospitalatlas.extraction.ConsortiumRecords.nameIn;
import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.recordPair;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plaques: one given to a member (向B授牌“L医疗集团资阳医院”), unveiled at a host hospital (X巫家坝医院揭牌仪式在Y举行), hung by a
 * partner (增挂“B技术合作医院”牌匾), given to a list of members (为A、B等11家成员单位授牌), or naming an institution after
 * its lead (赣州市人民医院赣县中医院正式挂牌成立).
 */
final class PlaqueReader {

    private PlaqueReader() {}

    /**
     * "向B授牌“L医疗集团资阳医院”": B receives the plaque of L's group; "A为B颁发了“A远程医疗协作医院”牌匾": of A's
     * network.
     */
    private static final Pattern PLAQUE_TO = Pattern.compile(
            "(?:向|为|给)(?<to>[^，,。；;“\"「]{2,90}?)(?:授牌|颁牌|颁发|授予)[^“\"「，,。；;]{0,6}?[“\"「](?<plaque>[^”\"」]{2,40})[”\"」]");

    /** What a plaque given to a member may name besides a consortium: the member's role. */
    private static final Pattern MEMBER_ROLE = Pattern.compile("(?:协作|合作|成员|联盟)(?:医院|单位)|分院");

    static void plaques(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (s.indexOf('授') < 0 && s.indexOf('颁') < 0) {
            return; // every plaque given is 授 or 颁: the lazy list of receivers runs only there
        }
        Matcher m = PLAQUE_TO.matcher(s);
        while (m.find()) {
            String plaque = m.group("plaque");
            if (!GROUP_WORD.matcher(plaque).find()
                    && !MEMBER_ROLE.matcher(plaque).find()) {
                continue;
            }
            // "为A、B和C授予“L医联体成员单位”牌匾": each hospital of the list the plaque is given to
            List<String> members =
                    listedFrom(text, span.start() + m.start("to"), span.start() + m.end("to"), directory);
            String member = members.isEmpty() ? null : members.get(0);
            int plaqueStart = span.start() + m.start("plaque");
            String lead = null;
            for (HospitalDirectory.Mention x : directory.mentionsIn(plaqueStart, span.start() + m.end("plaque"))) {
                if (x.start() == plaqueStart) {
                    int cut = x.name().lastIndexOf("医院");
                    lead = x.group() && cut > 0 ? x.name().substring(0, cut + 2) : x.name();
                    break;
                }
            }
            if (lead == null) {
                lead = directory.hospitalEndingAt(span.start() + m.start()); // "A为B颁发…": the giver's plaque
            }
            String giver = lead;
            members.removeIf(x -> x.equals(giver));
            if (member == null || lead == null || members.isEmpty()) {
                continue;
            }
            Matcher named = NAMED.matcher(plaque);
            String name = named.find() ? named.group("name") : null;
            Evidence evidence = Evidence.of(text, span.start() + m.start(), span.start() + m.end());
            record(byName, name, typeOf(plaque), lead, members, null, evidence, 0.6);
        }
    }

    /** The hospitals of the list that starts at {@code from} ("A、B和C"), up to {@code to}. */
    private static List<String> listedFrom(String text, int from, int to, HospitalDirectory directory) {
        List<HospitalDirectory.Mention> names =
                directory.mentionsIn(from, to).stream().filter(x -> !x.group()).toList();
        List<List<HospitalDirectory.Mention>> runs = SentenceRoles.runs(text, names, SentenceRoles.LIST_GAP);
        List<String> listed = new ArrayList<>();
        if (!runs.isEmpty() && runs.get(0).get(0).start() == from) {
            runs.get(0).forEach(x -> SentenceRoles.addOnce(listed, x.name()));
        }
        return listed;
    }

    /** "X巫家坝医院揭牌仪式在Y举行", "在Y举行了“X医联体医院”的揭牌仪式": Y takes X's plaque. */
    private static final Pattern PLAQUE_AT_HOST = Pattern.compile(
            "(?<plaque>[^，,。；;“”\"]{4,40}?)[”\"]?揭牌(?:仪式|活动)?(?:在|于)(?<host>[^，,。；;]{2,30}?)(?:隆重)?(?:举行|举办)"
                    + "|在(?<host2>[^，,。；;]{2,30}?)(?:隆重)?(?:举行|举办)(?:了)?[^，,。；;“\"]{0,12}?[“\"](?<plaque2>[^”\"]{4,40})[”\"]"
                    + "(?:的)?(?:揭牌|挂牌)"
                    // "湖南省中西医结合医院医疗集团首家分院在双峰县中医医院举行了隆重的挂牌仪式"
                    + "|(?<plaque3>[^，,。；;“”\"]{4,40}?(?:分院|医联体|医共体|集团)[^，,。；;“”\"在]{0,6}?)在(?<host3>[^，,。；;]{2,30}?)"
                    + "(?:隆重)?(?:举行|举办)(?:了)?[^，,。；;“\"]{0,6}?(?:揭牌|挂牌)");
    /** What a plaque names after its hospital when the host joins it: a branch, a member hospital, a consortium. */
    private static final Pattern PLAQUE_REST = Pattern.compile("^[\\u4e00-\\u9fa5]{0,8}?(?:医院|分院|院区|医联体|医共体|集团|联盟)");

    /**
     * A plaque unveiled at another hospital ("昆明市第一人民医院巫家坝医院揭牌仪式在官渡区人民医院举行", "我院在森智中医院举行了
     * “大连大学附属中山医院医联体医院”的揭牌仪式"): the hospital the plaque starts with leads, the host becomes its
     * member (its branch or consortium hospital).
     */
    static void plaqueAtHost(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("揭牌") && !s.contains("挂牌")) {
            return; // the pattern backtracks over every position; most sentences have no plaque at all
        }
        if (!s.contains("举行") && !s.contains("举办")) {
            return; // every form of the pattern needs the ceremony's 举行 or 举办
        }
        Matcher m = PLAQUE_AT_HOST.matcher(s);
        while (m.find()) {
            String form = m.group("plaque") != null ? "" : m.group("plaque2") != null ? "2" : "3";
            int plaqueStart = span.start() + m.start("plaque" + form);
            int plaqueEnd = span.start() + m.end("plaque" + form);
            int hostStart = span.start() + m.start("host" + form);
            int hostEnd = span.start() + m.end("host" + form);
            List<HospitalDirectory.Mention> inPlaque = directory.mentionsIn(plaqueStart, plaqueEnd);
            List<HospitalDirectory.Mention> hosts = directory.mentionsIn(hostStart, hostEnd).stream()
                    .filter(h -> !h.group() && h.end() == hostEnd)
                    .toList();
            if (inPlaque.isEmpty() || hosts.size() != 1) {
                continue;
            }
            HospitalDirectory.Mention named = inPlaque.get(0);
            String lead = named.name();
            String rest;
            int split = named.name().indexOf("医院");
            if (split > 0 && split + 2 < named.name().length()) {
                // a branch named after its parent ("昆明市第一人民医院巫家坝医院"): the parent leads
                lead = named.name().substring(0, split + 2);
                rest = named.name().substring(split + 2);
            } else {
                rest = text.substring(named.end(), plaqueEnd);
            }
            String host = hosts.get(0).name();
            if (!PLAQUE_REST.matcher(rest).find() || host.equals(lead) || host.equals(named.name())) {
                continue;
            }
            String plaque = text.substring(plaqueStart, plaqueEnd);
            Evidence evidence = Evidence.of(text, Math.min(plaqueStart, hostStart), Math.max(plaqueEnd, hostEnd));
            record(byName, null, typeOf(plaque), lead, List.of(host), null, evidence, 0.6);
        }
    }

    /** "增挂“B技术合作医院”牌匾": a plaque the subject hangs that names it a partner of B. */
    private static final Pattern HANGS_PLAQUE =
            Pattern.compile("(?:增挂|加挂|挂上|挂出|悬挂|挂)(?:了)?[“\"「](?<plaque>[^”\"」]{4,40})[”\"」](?:牌匾|牌子|标牌|的牌子|铜牌)"
                    // "在B增挂A东院区牌子": a plaque named without quotes
                    + "|(?:增挂|加挂)(?:了)?(?<bare>[^，,。；;“”\"「」]{4,40}?)(?:的)?(?:牌匾|牌子|标牌|铜牌)");
    /** What the plaque calls the subject after the partner's name. */
    private static final Pattern PARTNER_PLAQUE = Pattern.compile(
            "^(?:技术|医疗)?(?:合作|协作|帮扶)医院$|^(?:专科)?(?:联盟|医联体|医疗集团|集团)(?:成员)?(?:单位|医院)?$|^[\\u4e00-\\u9fa5]{0,6}(?:分院|院区)$");

    /**
     * "沈阳市第五人民医院，即日起增挂“北京肿瘤医院技术合作医院”牌匾": the hospital that hangs a plaque naming it B's partner,
     * branch or consortium hospital is B's member.
     */
    static void hangsPartnersPlaque(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (s.indexOf('挂') < 0) {
            return; // the pattern's lazy groups run only where a plaque is hung
        }
        Matcher m = HANGS_PLAQUE.matcher(s);
        while (m.find()) {
            String group = m.group("plaque") != null ? "plaque" : "bare";
            int plaqueStart = span.start() + m.start(group);
            int plaqueEnd = span.start() + m.end(group);
            HospitalDirectory.Mention lead = directory
                    .mentionAt(plaqueStart)
                    .filter(x -> x.start() == plaqueStart && !x.group())
                    .orElse(null);
            if (lead == null
                    || !PARTNER_PLAQUE
                            .matcher(text.substring(lead.end(), plaqueEnd))
                            .find()) {
                continue;
            }
            int verbAt = span.start() + m.start();
            // "在B增挂…": the hospital the plaque is hung at, written right before the verb
            String host = null;
            for (HospitalDirectory.Mention x : directory.mentionsIn(span.start(), verbAt)) {
                if (!x.group() && x.end() == verbAt && x.start() > span.start() && text.charAt(x.start() - 1) == '在') {
                    host = x.name();
                }
            }
            SubjectResolver.Subject subject = host == null ? directory.subjectAt(verbAt) : null;
            String member = host != null ? host : subject == null ? null : subject.hospital();
            if (member == null || member.equals(lead.name())) {
                continue;
            }
            recordPair(byName, s, lead.name(), member, Evidence.of(text, span.start(), span.end()));
        }
    }

    /** After a list given plaques: the members of a consortium receive them ("等11家成员单位授牌"). */
    private static final Pattern MEMBERS_RECEIVE =
            Pattern.compile("^\\s*等?\\s*(?:[0-9一二三四五六七八九十两]+\\s*[家个所])?[^，,。；;]{0,12}?成员(?:单位|医院)?(?:授牌|颁牌|颁发|授予|挂牌)");

    /**
     * "联盟主席王先立为沈北新区中医院、道义社区卫生服务中心等11家成员单位授牌": the hospitals given a consortium's member
     * plaques are its members; the hospital that opens the sentence and gives them leads, a person or body leads no one.
     */
    static void plaquesForMembers(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            List<List<HospitalDirectory.Mention>> runs,
            Map<String, ConsortiumFact> byName) {
        for (List<HospitalDirectory.Mention> run : runs) {
            int runStart = run.get(0).start();
            int runEnd = run.get(run.size() - 1).end();
            if (runStart == 0
                    || text.charAt(runStart - 1) != '为'
                    || !MEMBERS_RECEIVE
                            .matcher(text.substring(runEnd, Math.min(span.end(), runEnd + 30)))
                            .find()) {
                continue;
            }
            HospitalDirectory.Mention first = mentions.get(0);
            String lead = first.start() < runStart && first.start() - span.start() <= 6 ? first.name() : null;
            List<String> members = run.stream()
                    .map(HospitalDirectory.Mention::name)
                    .filter(n -> !n.equals(lead))
                    .toList();
            record(
                    byName,
                    lead == null ? nameIn(s, mentions, span, text) : null,
                    typeOf(s),
                    lead,
                    members,
                    null,
                    Evidence.of(text, span.start(), span.end()),
                    0.6);
        }
    }

    private static final Pattern PLAQUE_VERB = Pattern.compile("挂牌|揭牌|授牌");
    private static final StartChars PLAQUE_VERB_STARTS = StartChars.of(PLAQUE_VERB);

    /**
     * "赣州市人民医院赣县中医院正式挂牌成立", "赣州市人民医院赣县医院、…赣县妇幼保健院…也正式挂牌": a plaque that puts a
     * hospital of the text before an institution's own name makes that institution its member.
     */
    static void plaquesNamedAfterTheLead(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            List<String> hospitals,
            Map<String, ConsortiumFact> byName) {
        if (!PLAQUE_VERB_STARTS.foundIn(s)) {
            return;
        }
        for (HospitalDirectory.Mention m : directory.mentionsIn(span.start(), span.end())) {
            if (m.group()) {
                continue;
            }
            String lead = null;
            for (String h : hospitals) {
                if (m.name().length() >= h.length() + 3
                        && m.name().startsWith(h)
                        && (lead == null || h.length() > lead.length())) {
                    lead = h;
                }
            }
            if (lead != null) {
                recordPair(byName, s, lead, m.name(), Evidence.of(text, span.start(), span.end()));
            }
        }
    }
}
