package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.nameIn;
import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.suffixOf;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leads and members by the role words around a sentence's lists of names ({@link SentenceRoles}: "由A为总医院", "A牵头",
 * "B、C和D为成员单位", "B、C等N家医院加入"), one document at a time. Members whose lead the sentence does not name wait
 * until the whole document is read: then they join the document's lead when it names exactly one.
 */
final class RoleWordReader {

    /** A consortium formed or led by one hospital, its members not named: "A组建了…专科联盟", "以A为核心的专科联盟". */
    private static final Pattern FORMED_BY_LEAD =
            Pattern.compile("(?:组建|组成|成立|发起成立|牵头成立|牵头组建|为核心|为龙头)(?:了)?[^，,。；;]{0,24}?(?:专科联盟|联盟|医联体|医疗集团|医共体|协作网)");

    /** The leads the document names, in the order first read: those found before, then those of the role words. */
    private final List<String> knownLeads = new ArrayList<>();
    /** Members read without their lead, waiting for the end of the document. */
    private final List<Pending> pending = new ArrayList<>();
    /** The consortia the document's consortium sentences name, in order, for members no sentence names one for. */
    private final List<String> namesSeen = new ArrayList<>();

    RoleWordReader(List<ConsortiumFact> found) {
        found.stream()
                .map(ConsortiumFact::lead)
                .filter(l -> l != null)
                .forEach(l -> SentenceRoles.addOnce(knownLeads, l));
    }

    /** The leads the document names so far. */
    List<String> knownLeads() {
        return knownLeads;
    }

    /** Records the consortium the role words of a consortium sentence state, or keeps its members for later. */
    void read(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            List<List<HospitalDirectory.Mention>> runs,
            YearResolver years,
            Map<String, ConsortiumFact> byName) {
        SentenceRoles.Roles roles = SentenceRoles.read(text, span, s, mentions, runs);
        String name = nameIn(s, mentions, span, text); // read once per sentence: the readers below share it
        SentenceRoles.addOnce(namesSeen, name);
        // co-leads ("A、B为牵头医院", "由A等5所医院共同倡议的X联盟"): no single lead; each is a member of the consortium
        boolean coLed = roles.leads().size() > 1
                || (roles.leads().size() == 1
                        && coInitiated(text, mentions, roles.leads().get(0)));
        if (roles.members().isEmpty() && !coLed) {
            leadAlone(text, span, s, mentions, roles, name, years, byName);
            return;
        }
        String type = typeOf(s);
        ConsortiumFact.Established established = ConsortiumDates.dateIn(s, span.start(), years);
        Evidence evidence = Evidence.of(text, span.start(), span.end());
        if (coLed) {
            List<String> all = new ArrayList<>(roles.leads());
            roles.members().forEach(m -> SentenceRoles.addOnce(all, m));
            String named = name != null ? name : all.get(0) + "等牵头的" + suffixOf(type);
            record(byName, named, type, null, all, established, evidence, 0.6);
        } else if (roles.leads().size() == 1) {
            String lead = roles.leads().get(0);
            SentenceRoles.addOnce(knownLeads, lead);
            record(byName, name, type, lead, roles.members(), established, evidence, 0.7);
        } else {
            // "B举行加入湘雅医院专科联盟授牌仪式": the hospital after 加入 leads, even when not otherwise recognised
            String host = joinedHost(s, span, mentions);
            if (host == null) {
                host = signingPartner(text, s, mentions, roles.members());
            }
            if (host != null) {
                record(byName, name, type, host, roles.members(), established, evidence, 0.6);
            } else {
                boolean namesNoOther =
                        mentions.stream().allMatch(m -> roles.members().contains(m.name()));
                pending.add(new Pending(name, type, roles.members(), established, evidence, namesNoOther));
            }
        }
    }

    /** "A等5所医院共同倡议", "A等N家单位联合发起": the one lead named is counted among others that lead with it. */
    private static final Pattern AMONG_CO_INITIATORS =
            Pattern.compile("^\\s*等\\s*[0-9一二两三四五六七八九十]+\\s*[家所个][^，,。；;]{0,6}?(?:共同|联合)(?:倡议|发起|牵头)");

    private static boolean coInitiated(String text, List<HospitalDirectory.Mention> mentions, String lead) {
        return mentions.stream()
                .filter(m -> m.name().equals(lead))
                .anyMatch(m -> AMONG_CO_INITIATORS
                        .matcher(text)
                        .region(m.end(), text.length())
                        .lookingAt());
    }

    /** A sentence whose role words name no member: a lead, and its consortium when the sentence states one. */
    private void leadAlone(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            SentenceRoles.Roles roles,
            String named,
            YearResolver years,
            Map<String, ConsortiumFact> byName) {
        roles.leads().forEach(l -> SentenceRoles.addOnce(knownLeads, l));
        String lead = roles.leads().isEmpty()
                ? SentenceRoles.formingLead(text, span, s, mentions)
                : roles.leads().get(0);
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
                    ConsortiumDates.dateIn(s, span.start(), years),
                    Evidence.of(text, span.start(), span.end()),
                    0.6);
        }
    }

    /** The members read without their lead, once the whole document is read (and its leads known). */
    void leadPending(HospitalDirectory directory, Map<String, ConsortiumFact> byName) {
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
                lead = GroupNamesLead.namedAfter(name, directory); // "《邵东市中医医院医共体合作协议》": the lead it is named after
            }
            if (lead == null
                    && name == null
                    && knownLeads.isEmpty()
                    && p.namesNoOther()
                    && "regional_medical_center".equals(p.type())) {
                // "国家区域医疗中心依托B": a centre hosted by B, whose output side names no hospital (a university)
                name = p.members().get(0) + "依托的区域医疗中心";
            }
            if (lead == null && name == null) {
                // "…共同发起的X联盟…。16家医院也正式加入联盟，分别是：B、C": the document's one co-led consortium;
                // "X联盟成立。联盟主席为B、C等N家成员单位授牌": the one alliance the document names, led by no hospital
                name = knownLeads.isEmpty() ? theOneCoLed(byName) : null;
                if (name == null && knownLeads.isEmpty() && byName.isEmpty()) {
                    name = theOneNamedWithoutHospital();
                }
                if (name == null) {
                    continue;
                }
            }
            if (lead == null && name.endsWith("集团") && name.contains("医院")) {
                continue; // "如…瑞金医院集团中增加了B": a hospital's group whose hospital is not read has no lead to give B
            }
            String type = "other".equals(p.type()) && name != null ? typeOf(name) : p.type();
            record(byName, name, type, lead, p.members(), p.established(), p.evidence(), 0.6);
        }
    }

    /** Members of a consortium whose lead their sentence does not name. */
    private record Pending(
            String name,
            String type,
            List<String> members,
            ConsortiumFact.Established established,
            Evidence evidence,
            boolean namesNoOther) {}

    private static final Pattern SIGNS_AGREEMENT =
            Pattern.compile("(?:签署|签订|签约)(?:了)?[^。；;]{0,30}?(?:协议|合同|协议书)|合作共建|共同建设|挂牌|揭牌|授牌"
                    // "A与…依托医院——B合作，…推动省级区域医疗中心项目建设": the centre built with its host
                    + "|合作[^。；;]{0,24}?区域医疗中心");

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
        int membersTier =
                members.stream().mapToInt(BilateralSigning::tier).max().orElse(0);
        return BilateralSigning.tier(partner) > membersTier && !"基层".equals(HospitalNames.categoryOf(partner))
                ? partner
                : null;
    }

    /** The name of the document's one consortium with no single lead (its founders co-lead), else null. */
    private static String theOneCoLed(Map<String, ConsortiumFact> byName) {
        List<String> coLed = byName.values().stream()
                .filter(c -> c.lead() == null)
                .map(ConsortiumFact::name)
                .toList();
        return byName.size() == 1 && coLed.size() == 1 ? coLed.get(0) : null;
    }

    /**
     * The one alliance or network the document names, when it names one consortium and not after a hospital (groups and
     * communities always have a hospital that leads them); else null.
     */
    private String theOneNamedWithoutHospital() {
        if (namesSeen.size() != 1) {
            return null;
        }
        String name = namesSeen.get(0);
        boolean alliance = name.endsWith("联盟") || name.endsWith("协作网");
        return alliance && !NAMES_A_HOSPITAL.matcher(name).find() ? name : null;
    }

    /** A consortium named after a hospital or university ("湘雅医院专科联盟"), not a brand ("广仁妇产专科联盟"). */
    private static final Pattern NAMES_A_HOSPITAL = Pattern.compile("医院|[医一二三四五六七八九]院|医科|大学|医大|附院");

    private static final Pattern JOINED_HOST = Pattern.compile(
            "加入(?<host>[\\u4e00-\\u9fa5]{2,10}?医院)(?!协会|学会|管理)(?:[\\u4e00-\\u9fa5]{0,10}?)(?:专科联盟|联盟|医联体|医疗集团|集团|协作网)");

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
}
