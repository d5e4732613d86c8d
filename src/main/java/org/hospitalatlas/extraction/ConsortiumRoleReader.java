package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who leads and who belongs to a consortium from the role words around the hospitals a sentence names, the
 * way real reports state them: "由A为总医院", "以A为龙头", "A牵头", "B、C和D为成员单位", "成员单位包括B、C", "B、C等N家医院加入",
 * "B与A签订…联盟协议", "A与B建立紧密型医联体", "A加入B…联盟", branch plaques hung at B、C (分院揭牌), and a hospital
 * described as "L医联体成员单位、X联盟理事单位". Members named in one sentence and the lead in another (of the same
 * document) are joined when the document names a single lead. Adds to what {@link ConsortiumExtractor} found: the
 * members of a consortium it already has (same lead and type) are merged into it.
 */
final class ConsortiumRoleReader {

    private static final Pattern CONSORTIUM_WORD = Pattern.compile(
            "医共体|医联体|医疗集团|医院集团|集团|联盟|总医院|分院|成员单位|协作网|共同体|协同体|协作体|合作体|联合体|区域医疗中心|托管|合作办医|协作合约|协作协议|协作单位|协作医院|输出医院|依托医院");
    /** A consortium formed or led by one hospital, its members not named: "A组建了…专科联盟", "以A为核心的专科联盟". */
    private static final Pattern FORMED_BY_LEAD =
            Pattern.compile("(?:组建|组成|成立|发起成立|牵头成立|牵头组建|为核心|为龙头)(?:了)?[^，,。；;]{0,24}?(?:专科联盟|联盟|医联体|医疗集团|医共体|协作网)");

    /** "L医联体成员单位": an item of a list describing the subject hospital. */
    private static final Pattern MEMBER_OF = Pattern.compile(
            "(?<name>[^、，,。；;：:]{2,30}?(?:联盟|医联体|医共体|医疗集团|集团|协作网|共同体))(?:的)?(?<role>成员单位|常务理事单位|副理事长单位|理事单位|成员医院|成员|单位)(?=[、，,。；;]|$)");

    private static final Pattern COPULA = Pattern.compile("^(?:也|还|并|同时|均)?(?:是|为|系|作为|成为)");
    private static final Pattern INNER_COPULA = Pattern.compile("(?<=.)(?:是|为|系)");
    private static final Pattern GROUP_WORD = Pattern.compile("联盟|医联体|医共体|集团|协作网|共同体");
    private static final Pattern QUOTED_NAME =
            Pattern.compile("[“\"「](?<name>[^”\"」]{2,30}?(?:联盟|医共体|医疗集团|医联体|集团|协作网|共同体))[”\"」]");
    private static final Pattern NAMED =
            Pattern.compile("(?<name>[\\u4e00-\\u9fa5]{2,20}?(?:专科联盟|医疗联盟|联盟|医共体|医疗集团|医联体|协作网|集团))");
    private static final Pattern NAMED_KEYWORD = Pattern.compile("联盟|医共体|医疗集团|医联体|协作网|集团");
    /** Plans and calls are not consortia: "鼓励…组建", "将…加入". */
    private static final Pattern PLANNED = Pattern.compile("计划(?!生育)|拟|力争|鼓励|支持|争取|推动各|要求|应当|可以|将由");

    private final AdministrativeDivisions divisions;

    ConsortiumRoleReader(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    List<ConsortiumFact> addTo(
            List<ConsortiumFact> found,
            String text,
            TextSegmenter segments,
            YearResolver years,
            HospitalDirectory directory) {
        Map<String, ConsortiumFact> byName = new LinkedHashMap<>();
        found.forEach(c -> byName.put(c.name(), c));
        List<String> knownLeads = new ArrayList<>();
        found.stream()
                .map(ConsortiumFact::lead)
                .filter(l -> l != null)
                .forEach(l -> SentenceRoles.addOnce(knownLeads, l));
        List<Pending> pending = new ArrayList<>();
        Founding founding = null;
        TierModel tiers = null;
        // the hospitals a plaque may name before a member's own name, once per document
        List<String> hospitals = directory.mentions().stream()
                .filter(x -> !x.group() && x.name().endsWith("医院"))
                .map(HospitalDirectory.Mention::name)
                .distinct()
                .toList();
        for (TextSegmenter.Span span : segments.sentences()) {
            Cancellation.check();
            String s = text.substring(span.start(), span.end());
            Founding previous = founding;
            founding = founding(text, span, s, directory);
            plaqueAtHost(text, span, s, directory, byName);
            hangsPartnersPlaque(text, span, s, directory, byName);
            plaquesNamedAfterTheLead(text, span, s, directory, hospitals, byName);
            tiers = tierLists(text, segments, span, s, directory, tiers, byName);
            if (!CONSORTIUM_WORD.matcher(s).find()) {
                if (previous != null) {
                    attendees(text, span, s, directory, previous, byName);
                }
                continue;
            }
            List<HospitalDirectory.Mention> mentions = withOwnHospital(
                    text,
                    span,
                    directory.mentionsIn(span.start(), span.end()).stream()
                            .filter(m -> !m.group())
                            .toList(),
                    directory);
            int firstName = mentions.isEmpty() ? span.end() : mentions.get(0).start();
            if (PLANNED.matcher(text.substring(span.start(), firstName)).find()) {
                continue; // "鼓励三级医院牵头组建…": a call or a plan, not a consortium
            }
            subjectMemberships(text, span, s, directory, byName);
            joinsNamedGroup(text, span, s, directory, byName);
            takesOverUnnamedSubject(text, span, s, directory, byName);
            takenOverBy(text, span, s, directory, byName);
            plaques(text, span, s, directory, byName);
            branchOf(text, span, mentions, directory, byName);
            // the sentence's lists of names, read once for the readers below
            List<List<HospitalDirectory.Mention>> runs = SentenceRoles.runs(text, mentions, SentenceRoles.LIST_GAP);
            joinsSeveralLargerOnes(text, span, s, runs, years, byName);
            partnerOfEach(text, span, s, runs, directory, byName);
            bracketedBranch(text, span, s, mentions, byName);
            dashedPair(text, span, s, mentions, byName);
            plaquesForMembers(text, span, s, mentions, runs, byName);
            SentenceRoles.Roles roles = SentenceRoles.read(text, span, s, mentions, runs);
            if (roles.members().isEmpty() && roles.leads().size() < 2) {
                roles.leads().forEach(l -> SentenceRoles.addOnce(knownLeads, l));
                String lead = roles.leads().isEmpty()
                        ? SentenceRoles.formingLead(text, span, s, mentions)
                        : roles.leads().get(0);
                String named = nameIn(s, mentions, span, text);
                // "A组建了…专科联盟", or "“X联盟”是由A发起": a lead named with its consortium; members may follow
                boolean stated = FORMED_BY_LEAD.matcher(s).find()
                        || (named != null && !roles.leads().isEmpty());
                if (lead != null && stated) {
                    SentenceRoles.addOnce(knownLeads, lead);
                    record(
                            byName,
                            named,
                            typeOf(s),
                            lead,
                            List.of(),
                            ConsortiumExtractor.dateIn(s, span.start(), years),
                            Evidence.of(text, span.start(), span.end()),
                            0.6);
                }
                continue;
            }
            String type = typeOf(s);
            String name = nameIn(s, mentions, span, text);
            ConsortiumFact.Established established = ConsortiumExtractor.dateIn(s, span.start(), years);
            Evidence evidence = Evidence.of(text, span.start(), span.end());
            if (roles.leads().size() == 1) {
                String lead = roles.leads().get(0);
                SentenceRoles.addOnce(knownLeads, lead);
                record(byName, name, type, lead, roles.members(), established, evidence, 0.7);
            } else if (roles.leads().size() > 1) {
                // co-leads ("A、B为牵头医院"): no single lead; each is recorded as a member of the consortium
                List<String> all = new ArrayList<>(roles.leads());
                roles.members().forEach(m -> SentenceRoles.addOnce(all, m));
                String named = name != null ? name : all.get(0) + "等牵头的" + suffixOf(type);
                record(byName, named, type, null, all, established, evidence, 0.6);
            } else {
                // "B举行加入湘雅医院专科联盟授牌仪式": the hospital after 加入 leads, even when not otherwise recognised
                String host = joinedHost(s, span, mentions);
                if (host == null) {
                    host = signingPartner(text, s, mentions, roles.members());
                }
                if (host != null) {
                    record(byName, name, type, host, roles.members(), established, evidence, 0.6);
                } else {
                    pending.add(new Pending(name, type, roles.members(), established, evidence));
                }
            }
        }
        branches(text, directory, byName);
        listedUnderHeading(text, segments, directory, knownLeads, byName);
        for (Pending p : pending) {
            // members whose lead the sentence does not name: the document's lead when it names exactly one
            String lead = knownLeads.size() == 1 ? knownLeads.get(0) : null;
            if (lead != null
                    && p.name() != null
                    && !byName.containsKey(p.name())
                    && !p.name().contains(lead)
                    && !lead.contains(p.name())
                    && !p.name().startsWith(lead.substring(0, Math.min(2, lead.length())))
                    && NAMES_A_HOSPITAL.matcher(p.name()).find()) {
                lead = null; // "X加入<another hospital>专科联盟": the alliance named is not the one the document's lead leads
            }
            String name = p.name();
            if (lead == null && name != null) {
                lead = namedAfter(name, directory, p.members()); // "《邵东市中医医院医共体合作协议》": the lead it is named after
            }
            if (lead == null && name == null) {
                // "…共同发起的X联盟…。16家医院也正式加入联盟，分别是：B、C": the document's one co-led consortium
                name = knownLeads.isEmpty() ? theOneCoLed(byName) : null;
                if (name == null) {
                    continue;
                }
            }
            record(byName, name, p.type(), lead, p.members(), p.established(), p.evidence(), 0.6);
        }
        List<ConsortiumFact> out = new ArrayList<>(byName.values());
        out.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        return out;
    }

    private static final Pattern SIGNS_AGREEMENT =
            Pattern.compile("(?:签署|签订|签约)(?:了)?[^。；;]{0,30}?(?:协议|合同|协议书)|合作共建|共同建设|挂牌|揭牌|授牌");

    /**
     * "自治区、桂林市与A签署《共建…框架协议》，以B作为依托医院", "A在医联体成员单位B举行了挂牌仪式": members by their role,
     * and the one other hospital the sentence names signs the agreement or hangs the plaque with them; it leads when it
     * is the larger one ({@link SentenceRoles#tier}).
     */
    private static String signingPartner(
            String text, String s, List<HospitalDirectory.Mention> mentions, List<String> members) {
        if (members.isEmpty() || !SIGNS_AGREEMENT.matcher(s).find()) {
            return null;
        }
        List<String> others = mentions.stream()
                .filter(m -> !SentenceRoles.inBrackets(text, m))
                .map(HospitalDirectory.Mention::name)
                .filter(n -> !members.contains(n))
                .distinct()
                .toList();
        if (others.size() != 1) {
            return null;
        }
        String partner = others.get(0);
        int membersTier = members.stream().mapToInt(SentenceRoles::tier).max().orElse(0);
        return SentenceRoles.tier(partner) > membersTier && !"基层".equals(HospitalNames.categoryOf(partner))
                ? partner
                : null;
    }

    /** The hospital a consortium's name starts with ("邵东市中医医院医共体"), when it is not one of the members. */
    private static String namedAfter(String name, HospitalDirectory directory, List<String> members) {
        return directory.mentions().stream()
                .filter(m -> !m.group() && m.name().endsWith("医院") && name.startsWith(m.name()))
                .map(HospitalDirectory.Mention::name)
                .filter(n -> !members.contains(n) && name.length() > n.length())
                .findFirst()
                .orElse(null);
    }

    /** The name of the document's one consortium with no single lead (its founders co-lead), else null. */
    private static String theOneCoLed(Map<String, ConsortiumFact> byName) {
        List<String> coLed = byName.values().stream()
                .filter(c -> c.lead() == null)
                .map(ConsortiumFact::name)
                .toList();
        return byName.size() == 1 && coLed.size() == 1 ? coLed.get(0) : null;
    }

    /** A consortium named after a hospital or university ("湘雅医院专科联盟"), not a brand ("广仁妇产专科联盟"). */
    private static final Pattern NAMES_A_HOSPITAL = Pattern.compile("医院|[医一二三四五六七八九]院|医科|大学|医大|附院");

    private static final Pattern JOINED_HOST = Pattern.compile(
            "加入(?<host>[\\u4e00-\\u9fa5]{2,10}?医院)(?:[\\u4e00-\\u9fa5]{0,10}?)(?:专科联盟|联盟|医联体|医疗集团|集团|协作网)");

    /** The hospital named right after 加入, as written, when no recognised name stands there. */
    private static String joinedHost(String s, TextSegmenter.Span span, List<HospitalDirectory.Mention> mentions) {
        Matcher m = JOINED_HOST.matcher(s);
        if (!m.find()) {
            return null;
        }
        int hostStart = span.start() + m.start("host");
        if (mentions.stream().anyMatch(x -> x.start() >= hostStart && x.start() < span.start() + m.end("host"))) {
            return null; // a recognised name: the role words have read it already
        }
        String host = m.group("host");
        String core = host.substring(0, host.length() - 2);
        if (HospitalNames.isGeneric(core) || HospitalNames.readsAsPhrase(core) || HospitalNames.namesHonour(core)) {
            return null; // "加入省级医院专科联盟"
        }
        return host;
    }

    /** A consortium described tier by tier: its lead, and the paragraph where the tiers are listed. */
    private record TierModel(String lead, int paragraph) {}

    /** "1家三级医院，L；7家城市二级医院：A、B；6家社区卫生服务中心：C、D": one tier of a "1+7+6" consortium. */
    private static final Pattern TIER =
            Pattern.compile("(?:^|[，,：:；;])\\s*(?:即|其中|以及|和|及)?\\s*(?<n>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})\\s*[家所个]"
                    + "[^：:，,。；;]{0,24}?[：:，,]\\s*$");

    /**
     * The tiers of a consortium the paragraph names ("市妇幼医联体采用“1+7+6”模式：即1家三级医院，L；7家…：A、B"): the one
     * hospital of a tier of one leads, the hospitals of the other tiers are its members.
     */
    private static TierModel tierLists(
            String text,
            TextSegmenter segments,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            TierModel tiers,
            Map<String, ConsortiumFact> byName) {
        int paragraph = segments.paragraphIndexOf(span.start());
        if (tiers != null && tiers.paragraph() != paragraph) {
            tiers = null;
        }
        if (s.indexOf('家') < 0 && s.indexOf('所') < 0 && s.indexOf('个') < 0) {
            return tiers; // no count, no tier
        }
        TextSegmenter.Span whole = segments.paragraphOf(span.start());
        if (!CONSORTIUM_WORD.matcher(text.substring(whole.start(), span.end())).find()) {
            return tiers;
        }
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        if (mentions.isEmpty()) {
            return tiers;
        }
        int first = -1;
        Matcher tier = null;
        for (int i = 0; i < mentions.size() && first < 0; i++) {
            Matcher t =
                    TIER.matcher(text.substring(span.start(), mentions.get(i).start()));
            if (t.find()) {
                first = i;
                tier = t;
            }
        }
        if (tier == null) {
            return tiers;
        }
        String n = tier.group("n");
        if ((n.equals("1") || n.equals("一")) && mentions.size() - first == 1) {
            return new TierModel(mentions.get(first).name(), paragraph);
        }
        if (tiers == null) {
            return null;
        }
        List<String> members = new ArrayList<>();
        for (HospitalDirectory.Mention m : mentions.subList(first, mentions.size())) {
            if (!m.name().equals(tiers.lead())) {
                SentenceRoles.addOnce(members, m.name());
            }
        }
        if (!members.isEmpty()) {
            record(
                    byName,
                    null,
                    typeOf(text.substring(whole.start(), span.end())),
                    tiers.lead(),
                    members,
                    null,
                    Evidence.of(text, span.start(), span.end()),
                    0.6);
        }
        return tiers;
    }

    /** After a list given plaques: the members of a consortium receive them ("等11家成员单位授牌"). */
    private static final Pattern MEMBERS_RECEIVE =
            Pattern.compile("^\\s*等?\\s*(?:[0-9一二三四五六七八九十两]+\\s*[家个所])?[^，,。；;]{0,12}?成员(?:单位|医院)?(?:授牌|颁牌|颁发|授予|挂牌)");

    /**
     * "联盟主席王先立为沈北新区中医院、道义社区卫生服务中心等11家成员单位授牌": the hospitals given a consortium's member
     * plaques are its members; the hospital that opens the sentence and gives them leads, a person or body leads no one.
     */
    private static void plaquesForMembers(
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

    /** "增挂“B技术合作医院”牌匾": a plaque the subject hangs that names it a partner of B. */
    private static final Pattern HANGS_PLAQUE =
            Pattern.compile("(?:增挂|加挂|挂上|挂出|悬挂|挂)(?:了)?[“\"「](?<plaque>[^”\"」]{4,40})[”\"」](?:牌匾|牌子|标牌|的牌子|铜牌)");
    /** What the plaque calls the subject after the partner's name. */
    private static final Pattern PARTNER_PLAQUE = Pattern.compile(
            "^(?:技术|医疗)?(?:合作|协作|帮扶)医院$|^(?:专科)?(?:联盟|医联体|医疗集团|集团)(?:成员)?(?:单位|医院)?$|^[\\u4e00-\\u9fa5]{0,6}分院$");

    /**
     * "沈阳市第五人民医院，即日起增挂“北京肿瘤医院技术合作医院”牌匾": the hospital that hangs a plaque naming it B's partner,
     * branch or consortium hospital is B's member.
     */
    private static void hangsPartnersPlaque(
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
            int plaqueStart = span.start() + m.start("plaque");
            int plaqueEnd = span.start() + m.end("plaque");
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
            SubjectResolver.Subject member = directory.subjectAt(span.start() + m.start());
            if (member == null || member.hospital().equals(lead.name())) {
                continue;
            }
            recordPair(byName, s, lead.name(), member.hospital(), Evidence.of(text, span.start(), span.end()));
        }
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
    private static void plaqueAtHost(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("揭牌") && !s.contains("挂牌")) {
            return; // the pattern backtracks over every position; most sentences have no plaque at all
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

    /** "向B授牌“L医疗集团资阳医院”": B receives the plaque of L's group. */
    private static final Pattern PLAQUE_TO = Pattern.compile(
            "向(?<to>[^，,。；;“\"「]{2,30}?)(?:授牌|颁牌|颁发|授予)[^“\"「，,。；;]{0,6}?[“\"「](?<plaque>[^”\"」]{4,40})[”\"」]");

    /**
     * "通化市人民医院与北京大学人民医院、吉林大学一医院结为医疗联合体": one hospital forms a consortium with each of several
     * larger ones (by {@link SentenceRoles#tier}); each of them leads one, the smaller hospital its member.
     */
    private static void joinsSeveralLargerOnes(
            String text,
            TextSegmenter.Span span,
            String s,
            List<List<HospitalDirectory.Mention>> runs,
            YearResolver years,
            Map<String, ConsortiumFact> byName) {
        for (int r = 0; r + 1 < runs.size(); r++) {
            List<HospitalDirectory.Mention> run = runs.get(r);
            List<HospitalDirectory.Mention> larger = runs.get(r + 1);
            if (run.size() != 1 || larger.size() < 2) {
                continue;
            }
            HospitalDirectory.Mention one = run.get(0);
            if (!SentenceRoles.isWith(text, one.end(), larger.get(0))) {
                continue;
            }
            int largerEnd = larger.get(larger.size() - 1).end();
            String after = text.substring(largerEnd, Math.min(span.end(), largerEnd + 40));
            int tier = SentenceRoles.tier(one.name());
            boolean allLarger = larger.stream().allMatch(m -> SentenceRoles.tier(m.name()) > tier);
            if (!allLarger || !SentenceRoles.BILATERAL.matcher(after).find()) {
                continue;
            }
            for (HospitalDirectory.Mention lead : larger) {
                record(
                        byName,
                        null,
                        typeOf(s),
                        lead.name(),
                        List.of(one.name()),
                        ConsortiumExtractor.dateIn(s, span.start(), years),
                        Evidence.of(text, span.start(), span.end()),
                        0.6);
            }
        }
    }

    private static final Pattern BRANCH_WORDS = Pattern.compile("^[\\u4e00-\\u9fa5]{1,6}?(?:分院|院区)[（(]$");

    /** Between the two hospitals of a dashed pair: the first one's other name in brackets, then a dash. */
    private static final Pattern DASH = Pattern.compile("^(?:[（(][^（()）]{1,20}[）)])?\\s*[—－–-]{1,2}\\s*$");
    /** After the pair: the consortium they sign or unveil ("医联体合作签约", "医联体揭牌仪式"). */
    private static final Pattern PAIR_SIGNS =
            Pattern.compile("^(?:紧密型)?(?:医联体|医共体|医疗集团|专科联盟|联合体)[^，,。；;]{0,6}?(?:签约|揭牌|挂牌|协议|启动)");

    /**
     * "山东第一医科大学附属省立医院(山东省立医院)——德州市中医院医联体合作签约": two hospitals joined by a dash name the
     * consortium they sign, the first (the larger, which brings the other in) leading the second.
     */
    private static void dashedPair(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            Map<String, ConsortiumFact> byName) {
        List<HospitalDirectory.Mention> named = mentions.stream()
                .filter(m -> !SentenceRoles.inBrackets(text, m))
                .toList();
        for (int i = 1; i < named.size(); i++) {
            HospitalDirectory.Mention lead = named.get(i - 1);
            HospitalDirectory.Mention member = named.get(i);
            if (member.start() < lead.end()
                    || lead.name().equals(member.name())
                    || SentenceRoles.grassroots(lead)
                    || !DASH.matcher(text.substring(lead.end(), member.start())).matches()
                    || !PAIR_SIGNS
                            .matcher(text.substring(member.end(), Math.min(span.end(), member.end() + 20)))
                            .find()) {
                continue;
            }
            recordPair(byName, s, lead.name(), member.name(), Evidence.of(text, lead.start(), member.end()));
        }
    }

    /**
     * "南宁市第一人民医院青秀分院（青秀区人民医院）": a branch named after its parent, its own name in brackets; the
     * hospital in the brackets is the parent's member.
     */
    private static void bracketedBranch(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            Map<String, ConsortiumFact> byName) {
        for (int i = 1; i < mentions.size(); i++) {
            HospitalDirectory.Mention parent = mentions.get(i - 1);
            HospitalDirectory.Mention own = mentions.get(i);
            if (own.end() >= text.length()
                    || "）)".indexOf(text.charAt(own.end())) < 0
                    || parent.name().equals(own.name())
                    || !BRANCH_WORDS
                            .matcher(text.substring(parent.end(), own.start()))
                            .matches()) {
                continue;
            }
            recordPair(byName, s, parent.name(), own.name(), Evidence.of(text, parent.start(), own.end() + 1));
        }
    }

    private static final Pattern COPULA_ONLY = Pattern.compile("^\\s*(?:也|还|同时|现)?(?:是|为|系|成为)\\s*$");
    /** The start of one title in a profile's list of them: nothing, or a copula, since the last comma. */
    private static final Pattern TITLE_START = Pattern.compile("[，,；;]\\s*(?:也|还|同时|现)?(?:是|为|系)?\\s*$");

    private static final Pattern PARTNER_ROLE = Pattern.compile(
            // "…盛京医院“盛京医疗联盟”医院": the alliance's name may stand between
            "^\\s*(?:的)?(?:[“\"「][^”\"」]{2,20}?(?:联盟|集团|医联体)[”\"」](?:成员)?)?(?:联盟医院|联盟单位|成员医院|成员单位|协作医院|专科联盟成员|集团医院|集团成员单位)"
                    + "|^\\s*(?:的)?[“\"「][^”\"」]{2,20}?(?:联盟|集团|医联体)[”\"」](?:成员)?医院");

    /**
     * "遵义市中医院是上海市第一人民医院、北京中医药大学东直门医院联盟医院": the sentence's subject is a member of each
     * hospital it names as its partner. In a profile's list of titles ("A创建于1956年,是B附属医院,C集团医院,D、E联盟医院")
     * each title that opens with partners speaks of the hospital the sentence opens with.
     */
    private static void partnerOfEach(
            String text,
            TextSegmenter.Span span,
            String s,
            List<List<HospitalDirectory.Mention>> runs,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        String profiled = null; // the hospital the sentence's titles describe, found when first needed
        for (int p = 0; p < runs.size(); p++) {
            List<HospitalDirectory.Mention> partners = runs.get(p);
            int partnersStart = partners.get(0).start();
            int partnersEnd = partners.get(partners.size() - 1).end();
            if (!PARTNER_ROLE
                    .matcher(text.substring(partnersEnd, Math.min(span.end(), partnersEnd + 12)))
                    .find()) {
                continue;
            }
            String member = null;
            if (p > 0
                    && runs.get(p - 1).size() == 1
                    && COPULA_ONLY
                            .matcher(text.substring(runs.get(p - 1).get(0).end(), partnersStart))
                            .matches()) {
                member = runs.get(p - 1).get(0).name();
            } else if (TITLE_START
                            .matcher(text.substring(span.start(), partnersStart))
                            .find()
                    && text.substring(span.start(), partnersStart).contains("是")
                    && !COLLABORATION_TITLE.matcher(text.substring(partnersEnd)).find()) {
                profiled = profiled != null ? profiled : profiledBy(text, span, runs, directory);
                member = profiled.isEmpty() ? null : profiled;
                partners = lastTitle(text, partners);
            }
            if (member == null) {
                continue;
            }
            for (HospitalDirectory.Mention lead : partners) {
                if (!lead.name().equals(member)) {
                    recordPair(byName, s, lead.name(), member, Evidence.of(text, span.start(), span.end()));
                }
            }
        }
    }

    /**
     * The hospital a sentence of titles describes ("A创建于1956年,是B附属医院,…", "历经六十年,…,是B附属医院,…"): the name
     * it opens with, or when no name comes before its first 是, the hospital the passage is about; "" when neither.
     */
    private static String profiledBy(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            HospitalDirectory directory) {
        int copula = text.indexOf('是', span.start());
        if (copula < 0 || copula >= span.end()) {
            return "";
        }
        HospitalDirectory.Mention first = runs.get(0).get(0);
        if (first.start() < copula) {
            return runs.get(0).size() == 1 && first.start() - span.start() <= 6 ? first.name() : "";
        }
        SubjectResolver.Subject subject = directory.subjectAt(copula);
        return subject == null ? "" : subject.hospital();
    }

    /** "B协作医院" among a profile's titles is a working tie, not a consortium (the gold counts it ambiguous at most). */
    private static final Pattern COLLABORATION_TITLE = Pattern.compile("^\\s*(?:的)?(?:技术|定点)?协作医院");

    /** Of a run of names, those of its last title: commas part titles, 、 and 和 join the names of one. */
    private static List<HospitalDirectory.Mention> lastTitle(String text, List<HospitalDirectory.Mention> run) {
        int first = run.size() - 1;
        while (first > 0
                && !COMMA.matcher(text.substring(
                                run.get(first - 1).end(), run.get(first).start()))
                        .find()) {
            first--;
        }
        return run.subList(first, run.size());
    }

    private static final Pattern COMMA = Pattern.compile("[，,]");

    private static final Pattern PLAQUE_VERB = Pattern.compile("挂牌|揭牌|授牌");

    /**
     * "赣州市人民医院赣县中医院正式挂牌成立", "赣州市人民医院赣县医院、…赣县妇幼保健院…也正式挂牌": a plaque that puts a
     * hospital of the text before an institution's own name makes that institution its member.
     */
    private static void plaquesNamedAfterTheLead(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            List<String> hospitals,
            Map<String, ConsortiumFact> byName) {
        if (!PLAQUE_VERB.matcher(s).find()) {
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

    private static void plaques(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        Matcher m = PLAQUE_TO.matcher(s);
        while (m.find()) {
            String plaque = m.group("plaque");
            if (!GROUP_WORD.matcher(plaque).find()) {
                continue;
            }
            int toStart = span.start() + m.start("to");
            String member = directory.mentionsIn(toStart, span.start() + m.end("to")).stream()
                    .filter(x -> !x.group() && x.start() == toStart)
                    .map(HospitalDirectory.Mention::name)
                    .findFirst()
                    .orElse(null);
            int plaqueStart = span.start() + m.start("plaque");
            String lead = null;
            for (HospitalDirectory.Mention x : directory.mentionsIn(plaqueStart, span.start() + m.end("plaque"))) {
                if (x.start() == plaqueStart) {
                    int cut = x.name().lastIndexOf("医院");
                    lead = x.group() && cut > 0 ? x.name().substring(0, cut + 2) : x.name();
                    break;
                }
            }
            if (member == null || lead == null || member.equals(lead)) {
                continue;
            }
            Matcher named = NAMED.matcher(plaque);
            String name = named.find() ? named.group("name") : null;
            Evidence evidence = Evidence.of(text, span.start() + m.start(), span.start() + m.end());
            record(byName, name, typeOf(plaque), lead, List.of(member), null, evidence, 0.6);
        }
    }

    /**
     * "联盟单位（按省市排序）", "成员单位名单：", "专科联盟首届理事单位成员名单": a heading over lines that list a consortium's
     * members.
     */
    private static final Pattern MEMBER_LIST_HEADING =
            Pattern.compile("^(?:[\\u4e00-\\u9fa5]{0,16}?(?:联盟|医联体|医共体|集团))?(?:首届|第[一二三四五六七八九十0-9]{1,3}届)?(?:理事单位)?"
                    + "(?:成员单位|联盟单位|成员医院|成员名单|联盟成员|理事单位)(?:名单)?(?:[（(][^）)]{0,12}[）)])?[：:]?$");
    /**
     * What a list line may hold besides names: a province or city label, a row number, list marks, a bracketed note,
     * the department a member takes part with ("宜昌市人民医院皮肤科").
     */
    private static final Pattern LIST_LINE_REST = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}[：:]|[（(][^）)]{0,16}[）)]"
            + "|^\\s*[0-9]{1,3}\\s*[、.．)）]|(?<=^|[、，,；;\\s])[\\u4e00-\\u9fa5]{1,5}科(?=$|[、，,；;。\\s])|[、，,；;。\\s]");
    /**
     * A numbered row that names an institution the directory does not know as a hospital ("7、婺源县地方病防治所"): a
     * member as written.
     */
    private static final Pattern INSTITUTION_ROW =
            Pattern.compile("^\\s*[0-9]{1,3}\\s*[、.．)）]\\s*(?<name>[\\u4e00-\\u9fa5]{2,20}?"
                    + "(?:防治所|防治院|防治站|防治中心|卫生院|卫生服务中心|卫生服务站|保健院|保健所|保健计划生育服务中心))\\s*$");

    /**
     * Members listed line by line under a heading ("联盟单位（按省市排序）\n北京市：A、B\n天津市：C"): members of the
     * document's consortium when the document names one lead.
     */
    private static void listedUnderHeading(
            String text,
            TextSegmenter segments,
            HospitalDirectory directory,
            List<String> knownLeads,
            Map<String, ConsortiumFact> byName) {
        if (knownLeads.size() != 1) {
            return;
        }
        String lead = knownLeads.get(0);
        List<TextSegmenter.Span> paragraphs = segments.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            TextSegmenter.Span heading = paragraphs.get(i);
            if (!MEMBER_LIST_HEADING
                    .matcher(text.substring(heading.start(), heading.end()).strip())
                    .matches()) {
                continue;
            }
            List<String> members = new ArrayList<>();
            int end = heading.end();
            for (int j = i + 1; j < paragraphs.size(); j++) {
                TextSegmenter.Span line = paragraphs.get(j);
                List<HospitalDirectory.Mention> names = directory.mentionsIn(line.start(), line.end()).stream()
                        .filter(m -> !m.group())
                        .toList();
                StringBuilder rest = new StringBuilder();
                int at = line.start();
                for (HospitalDirectory.Mention m : names) {
                    rest.append(text, at, Math.max(at, m.start()));
                    at = Math.max(at, m.end());
                }
                rest.append(text, at, line.end());
                if (names.isEmpty()) {
                    Matcher row = INSTITUTION_ROW.matcher(text.substring(line.start(), line.end()));
                    if (!row.matches()) {
                        break; // the list ends at the first line that is not one
                    }
                    SentenceRoles.addOnce(members, row.group("name"));
                    end = line.end();
                    continue;
                }
                if (!LIST_LINE_REST.matcher(rest).replaceAll("").isEmpty()) {
                    break;
                }
                names.stream().map(HospitalDirectory.Mention::name).forEach(n -> SentenceRoles.addOnce(members, n));
                end = line.end();
            }
            members.remove(lead);
            if (!members.isEmpty()) {
                ConsortiumFact led = byName.values().stream()
                        .filter(c -> lead.equals(c.lead()))
                        .findFirst()
                        .orElse(null);
                String type = led != null ? led.type() : typeOf(text.substring(heading.start(), heading.end()));
                record(
                        byName,
                        led != null ? led.name() : null,
                        type,
                        lead,
                        members,
                        null,
                        Evidence.of(text, heading.start(), end),
                        0.6);
            }
        }
    }

    /** A consortium's founding meeting: its name, and the hospital its name starts with (that leads it). */
    private record Founding(String name, String type, String lead) {}

    private static final Pattern FOUNDING_EVENT = Pattern.compile("成立大会|成立仪式|启动仪式|启动大会|启动会|揭牌仪式|成立暨");

    private static Founding founding(String text, TextSegmenter.Span span, String s, HospitalDirectory directory) {
        if (!FOUNDING_EVENT.matcher(s).find()) {
            return null;
        }
        Matcher q = QUOTED_NAME.matcher(s);
        if (!q.find()) {
            return null;
        }
        int nameStart = span.start() + q.start("name");
        String lead = directory.mentionsIn(nameStart, span.start() + q.end("name")).stream()
                .filter(m -> m.start() == nameStart && !m.group())
                .map(HospitalDirectory.Mention::name)
                .findFirst()
                .orElse(null);
        return new Founding(q.group("name"), typeOf(q.group("name")), lead);
    }

    private static final Pattern COUNTED_IN = Pattern.compile("^在内的?[^，,。；;]{0,16}?[0-9一二三四五六七八九十两]+[家所个]");

    /**
     * "“X联盟”成立大会在A召开。包括A、B、C在内的13家医院院长出席了会议": the hospitals counted in right after a
     * consortium's founding meeting are its founding members.
     */
    private static void attendees(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Founding founding,
            Map<String, ConsortiumFact> byName) {
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        for (List<HospitalDirectory.Mention> run : SentenceRoles.runs(text, mentions, ATTENDEE_GAP)) {
            int end = run.get(run.size() - 1).end();
            boolean countedIn =
                    COUNTED_IN.matcher(text.substring(end, span.end())).find()
                            && text.substring(span.start(), run.get(0).start()).endsWith("包括");
            if (countedIn && run.size() >= 2) {
                List<String> members = run.stream()
                        .map(HospitalDirectory.Mention::name)
                        .distinct()
                        .toList();
                Evidence evidence = Evidence.of(text, span.start(), span.end());
                record(byName, founding.name(), founding.type(), founding.lead(), members, null, evidence, 0.6);
            }
        }
    }

    private static final Pattern ATTENDEE_GAP = Pattern.compile("[、，,和及\\s]{0,3}");

    /** "我院", "本院": the hospital that publishes the text. */
    private static final Pattern OWN_HOSPITAL = Pattern.compile("我院|本院");

    /**
     * "吉林大学第二医院与我院医联体揭牌签约仪式", "我院托管的B": a hospital's own news names itself 我院; in a consortium
     * sentence that is the document's hospital, as a party like any named one.
     */
    private static List<HospitalDirectory.Mention> withOwnHospital(
            String text,
            TextSegmenter.Span span,
            List<HospitalDirectory.Mention> mentions,
            HospitalDirectory directory) {
        String own = directory.main();
        if (own == null || HospitalNames.isGroup(own)) {
            return mentions;
        }
        Matcher m = OWN_HOSPITAL.matcher(text).region(span.start(), span.end());
        List<HospitalDirectory.Mention> out = null;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (mentions.stream().anyMatch(x -> x.start() < end && start < x.end())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.add(new HospitalDirectory.Mention(start, end, m.group(), own, false));
        }
        if (out == null) {
            return mentions;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private record Pending(
            String name,
            String type,
            List<String> members,
            ConsortiumFact.Established established,
            Evidence evidence) {}

    /**
     * "X是国家…、L医联体成员单位、Y联盟理事单位": the hospital the sentence is about belongs to each consortium so
     * listed; a hospital named at the start of the consortium's name leads it.
     */
    private static void subjectMemberships(
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
            if (name.startsWith("加入") || name.contains("牵头") || name.startsWith("各")) {
                continue;
            }
            if (INNER_COPULA.matcher(name).find()) {
                continue; // "A为医院集团成员单位": A is the sentence's own subject, read by its role words
            }
            SubjectResolver.Subject subject = directory.subjectAt(nameStart);
            if (subject == null || subject.hospital() == null) {
                continue;
            }
            String lead = hospitalStarting(directory, nameStart, span.start() + m.end("name"));
            if (lead == null && name.startsWith(subject.hospital())) {
                continue;
            }
            if (lead == null) {
                lead = shortFormLead(name);
            }
            if (subject.hospital().equals(lead)) {
                continue;
            }
            Evidence evidence = Evidence.of(text, nameStart, span.start() + m.end("role"));
            record(byName, name, typeOf(name), lead, List.of(subject.hospital()), null, evidence, 0.6);
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
    private static void joinsNamedGroup(
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

    /** Between two names of one list: "A、B", "A和B", "A及B". */
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:、|和|及|以及)\\s*");

    /** "2009年整体托管洛川县医院": the clause opens with the take-over; its subject is carried from before. */
    private static final Pattern TAKES_OVER_CLAUSE = Pattern.compile(
            "(?:^|[，,])\\s*(?:(?:19|20)[0-9]{2}\\s*年(?:[0-9]{1,2}\\s*月)?(?:份)?\\s*[，,]?\\s*)?(?:先后|相继|又|还)?(?:整体|全面|正式)?托管(?:了)?$");

    private static void takesOverUnnamedSubject(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("托管")) {
            return;
        }
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end());
        for (int i = 0; i < mentions.size(); i++) {
            HospitalDirectory.Mention m = mentions.get(i);
            if (m.group()
                    || !TAKES_OVER_CLAUSE
                            .matcher(text.substring(span.start(), m.start()))
                            .find()) {
                continue;
            }
            SubjectResolver.Subject subject = directory.subjectAt(m.start());
            if (subject == null
                    || subject.hospital() == null
                    || subject.hospital().equals(m.name())) {
                continue;
            }
            int start = m.start();
            while (start > span.start() && "，, ".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            // "相继托管了A、B和C": every hospital of the list after the verb is taken over
            List<String> taken = new ArrayList<>(List.of(m.name()));
            int end = m.end();
            while (i + 1 < mentions.size()
                    && !mentions.get(i + 1).group()
                    && LIST_JOINER
                            .matcher(text.substring(end, mentions.get(i + 1).start()))
                            .matches()) {
                i++;
                SentenceRoles.addOnce(taken, mentions.get(i).name());
                end = mentions.get(i).end();
            }
            taken.remove(subject.hospital());
            record(byName, null, "other", subject.hospital(), taken, null, Evidence.of(text, start, end), 0.6);
        }
    }

    /** "2003年1月由上海市第一人民医院托管": the clause's subject, carried from before, is taken over by the one named. */
    private static final Pattern TAKEN_OVER_BY = Pattern.compile(
            "(?:^|[，,])\\s*(?:(?:19|20)[0-9]{2}\\s*年(?:[0-9]{1,2}\\s*月)?(?:份)?\\s*[，,]?\\s*)?(?:并|且|再)?(?:被|由)$");

    private static final Pattern TAKES_OVER_AFTER =
            Pattern.compile("^\\s*(?:进行|实行|实施)?(?:整体|全面|正式)?托管(?:合作|管理|经营)?(?:[，,。；;]|$)");

    private static void takenOverBy(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("托管")) {
            return;
        }
        for (HospitalDirectory.Mention m : directory.mentionsIn(span.start(), span.end())) {
            if (m.group()
                    || !TAKEN_OVER_BY
                            .matcher(text.substring(span.start(), m.start()))
                            .find()
                    || !TAKES_OVER_AFTER
                            .matcher(text.substring(m.end(), Math.min(span.end(), m.end() + 8)))
                            .find()) {
                continue;
            }
            SubjectResolver.Subject subject = directory.subjectAt(m.start());
            String taken = subject == null ? null : subject.hospital();
            if (taken == null) {
                // "在…建设长兴第二人民医院，并由浙医一院进行托管合作": the one hospital the sentence named before
                List<String> before = directory.mentionsIn(span.start(), m.start()).stream()
                        .filter(x -> !x.group())
                        .map(HospitalDirectory.Mention::name)
                        .distinct()
                        .toList();
                taken = before.size() == 1 ? before.get(0) : null;
            }
            if (taken == null || taken.equals(m.name())) {
                continue;
            }
            record(
                    byName,
                    null,
                    "other",
                    m.name(),
                    List.of(taken),
                    null,
                    Evidence.of(text, span.start(), span.end()),
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

    /** "重医一院医院集团成员单位": an informal short form that starts the group's name leads it; else null. */
    private static String shortFormLead(String groupName) {
        Matcher shortLead = SHORT_FORM_LEAD.matcher(groupName);
        return shortLead.find() ? shortLead.group("lead") : null;
    }

    private static final Pattern SHORT_FORM_LEAD =
            Pattern.compile("^(?<lead>[\\u4e00-\\u9fa5]{1,2}[大医][一二三四五六七八九十]附?院)(?:医院集团|医疗集团|集团|医联体|医共体|专科联盟|联盟)");

    /**
     * "…、贵州省人民医院分院、…", "系浙大一院三门湾分院": in a list describing a hospital, a branch of another; "B为区级分院"
     * says B is a branch, not that it has one.
     */
    private static final Pattern BRANCH_OF_AFTER =
            Pattern.compile("^(?!为|是|系|作为|成为|均为)[\\u4e00-\\u9fa5]{0,6}?分院(?=[、，,。；;]|$)");

    private static final Pattern DESCRIPTION_BEFORE = Pattern.compile("(?:[、，,]|是|系|为|作为)\\s*$");

    /**
     * The hospital a sentence describes is a branch (分院) of the hospital named right before 分院, when the branch is
     * an item of the description ("是…医院、贵州省人民医院分院、…"), not an event ("分院揭牌").
     */
    private static void branchOf(
            String text,
            TextSegmenter.Span span,
            List<HospitalDirectory.Mention> mentions,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        for (HospitalDirectory.Mention m : mentions) {
            Matcher branch = BRANCH_OF_AFTER.matcher(text).region(m.end(), span.end());
            if (!branch.lookingAt()
                    || !DESCRIPTION_BEFORE
                            .matcher(text.substring(span.start(), m.start()))
                            .find()) {
                continue;
            }
            SubjectResolver.Subject subject = directory.subjectAt(m.start());
            if (subject == null
                    || subject.hospital() == null
                    || subject.hospital().equals(m.name())
                    || HospitalNames.isGroup(subject.hospital())
                    || "基层".equals(HospitalNames.categoryOf(subject.hospital()))) {
                continue;
            }
            Evidence evidence = Evidence.of(text, m.start(), branch.end());
            record(byName, null, "other", m.name(), List.of(subject.hospital()), null, evidence, 0.6);
        }
    }

    /**
     * "北京大学人民医院石家庄医院", "吉林大学第二医院通榆医院": a hospital named after another that the text also names on
     * its own is that hospital's branch or co-built hospital; the parent leads, the branch is a member.
     */
    private void branches(String text, HospitalDirectory directory, Map<String, ConsortiumFact> byName) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        directory.mentions().stream().filter(m -> !m.group()).forEach(m -> names.add(m.name()));
        for (HospitalDirectory.Mention m : directory.mentions()) {
            for (String parent : names) {
                String rest = m.name().startsWith(parent) ? m.name().substring(parent.length()) : "";
                String place = rest.endsWith("医院") ? rest.substring(0, rest.length() - 2) : "";
                // the branch is named after its place (石家庄医院); 南阳市中医院骨伤医院 is a department
                if (!m.group()
                        && parent.endsWith("医院")
                        && !divisions.byName(place).isEmpty()) {
                    String type = text.contains("区域医疗中心") ? "regional_medical_center" : "other";
                    Evidence evidence = Evidence.of(text, m.start(), m.end());
                    record(byName, null, type, parent, List.of(m.name()), null, evidence, 0.6);
                }
            }
        }
    }

    private static String nameIn(
            String s, List<HospitalDirectory.Mention> mentions, TextSegmenter.Span span, String text) {
        Matcher q = QUOTED_NAME.matcher(s);
        if (q.find()) {
            return q.group("name");
        }
        Matcher keyword = NAMED_KEYWORD.matcher(s);
        if (!keyword.find()) {
            return null;
        }
        // a name is at most 20 characters before its keyword (at most 2 more before the word found, 专科联盟 for 联盟)
        Matcher n = NAMED.matcher(s).region(Math.max(0, keyword.start() - 24), s.length());
        while (n.find()) {
            String name = HospitalNames.stripLeadingFillers(n.group("name"));
            if (!NOT_A_CONSORTIUM_NAME.matcher(name).find() && name.length() >= 5) {
                return name;
            }
        }
        return null;
    }

    /** Verbs and function words never sit inside a consortium's name ("分别举行了医共体"). */
    private static final Pattern NOT_A_CONSORTIUM_NAME = Pattern.compile(
            "^[个家所座]|成员单位|牵头医院|负责人|院长|书记|代表|^就|县域|紧密型|城市|组建|组成|构建|帮助|^即|所医院|家医院|成立|加入|建设|推进|的|举行|分别|开展|签订|签署|启动|揭牌|挂牌|了|与|和|为|是|在|将|等|全县|全市|各");

    static String typeOf(String s) {
        if (s.contains("医共体") || s.contains("医疗卫生共同体") || s.contains("医疗共同体")) {
            return "county_medical_community";
        }
        if (s.contains("联盟")) {
            return "specialty_alliance";
        }
        if (s.contains("县总医院") || s.contains("县域")) {
            return "county_medical_community";
        }
        if (s.contains("城市医疗集团")) {
            return "city_medical_group";
        }
        if (s.contains("联盟")) {
            return "specialty_alliance";
        }
        if (s.contains("远程")) {
            return "tele_medicine_network";
        }
        if (s.contains("区域医疗中心")) {
            return "regional_medical_center";
        }
        if (s.contains("集团")) {
            return "hospital_group";
        }
        return "other";
    }

    /** Adds the members to the consortium of the same lead and type, or records a new one. */
    /** One lead and one member of a consortium the sentence does not name, its type from the sentence's words. */
    private static void recordPair(
            Map<String, ConsortiumFact> byName, String s, String lead, String member, Evidence evidence) {
        record(byName, null, typeOf(s), lead, List.of(member), null, evidence, 0.6);
    }

    private static void record(
            Map<String, ConsortiumFact> byName,
            String name,
            String type,
            String lead,
            List<String> members,
            ConsortiumFact.Established established,
            Evidence evidence,
            double confidence) {
        ConsortiumFact same = null;
        for (ConsortiumFact c : byName.values()) {
            boolean sameLead = lead != null && lead.equals(c.lead());
            if ((name != null && name.equals(c.name()))
                    || (sameLead && (c.type().equals(type) || name == null))) {
                same = c;
                break;
            }
        }
        if (same == null && name == null && lead == null) {
            return;
        }
        List<ConsortiumFact.Member> roster = new ArrayList<>(same == null ? List.of() : same.members());
        if (lead != null && roster.stream().noneMatch(r -> r.hospital().equals(lead))) {
            roster.add(0, new ConsortiumFact.Member(lead, "lead"));
        }
        for (String member : members) {
            if (!member.equals(lead)
                    && roster.stream().noneMatch(r -> r.hospital().equals(member))) {
                roster.add(new ConsortiumFact.Member(member, "member"));
            }
        }
        if (same != null) {
            byName.put(
                    same.name(),
                    new ConsortiumFact(
                            same.name(),
                            same.type(),
                            same.lead() == null ? lead : same.lead(),
                            roster,
                            same.established() == null ? established : same.established(),
                            same.evidence(),
                            Math.min(same.confidence(), Math.max(confidence, 0.6))));
            return;
        }
        String consortiumName = name != null ? name : lead + suffixOf(type);
        byName.put(
                consortiumName,
                new ConsortiumFact(consortiumName, type, lead, roster, established, evidence, confidence));
    }

    private static String suffixOf(String type) {
        return switch (type) {
            case "county_medical_community" -> "医共体";
            case "city_medical_group" -> "城市医疗集团";
            case "specialty_alliance" -> "专科联盟";
            case "tele_medicine_network" -> "远程医疗协作网";
            case "regional_medical_center" -> "区域医疗中心";
            case "hospital_group" -> "医疗集团";
            default -> "医联体";
        };
    }
}
