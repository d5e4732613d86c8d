package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the consortium readers share: the words that name a consortium, the name and type a sentence gives one, and
 * the record of the consortia read so far (by name, in the order first read), where a reading of the same name, or of
 * the same lead and type, adds its members to the consortium already there.
 */
final class ConsortiumRecords {

    private ConsortiumRecords() {}

    /** A word that makes a sentence one about a consortium: the role readers read no other sentence. */
    static final Pattern CONSORTIUM_WORD = Pattern.compile(
            "医共体|医联体|医疗集团|医院集团|集团|联盟|总医院|分院|成员单位|协作网|共同体|协同体|协作体|合作体|联合体|区域医疗中心|托管|合作办医|协作合约|协作协议|合作协议|合作框架协议|帮扶协议|帮带协议|友好医院|协作签约|合作签约|协作单位|协作医院|合作医院|输出医院|输出单位|依托医院|依托单位|合作共建|对口支援|对口帮扶|全权负责|全面负责"
                    // "A与B建立协作关系", "A组团式帮扶B", "A医院对口B医院", "B委托A运营管理", "B成为A医联体合作单位"
                    + "|协作(?:医疗)?关系|帮扶关系|结对关系|组团式|院对口|(?:学科|专科)[^，,。；;]{0,4}?共建|委托[^，,。；;]{1,24}?(?:管理|运营)|合作单位|合作诊疗单位"
                    // "A、B等30家三甲医院为副理事长单位": a seat on an alliance's council
                    + "|" + ConsortiumRecords.SEAT);

    /** A seat on an alliance's council or among its members ("常务理事单位", "会员单位"). */
    static final String SEAT = "理事长单位|理事单位|会员单位|主席单位";

    static final StartChars CONSORTIUM_WORD_STARTS = StartChars.of(CONSORTIUM_WORD);

    /** A word that ends a consortium's name. */
    static final Pattern GROUP_WORD = Pattern.compile("联盟|医联体|医共体|集团|协作网|共同体|联合体");
    /** A consortium's name in quotes: "“X联盟”". */
    static final Pattern QUOTED_NAME =
            Pattern.compile("[“\"「](?<name>[^”\"」]{2,30}?(?:联盟|医共体|医疗集团|医联体|集团|协作网|共同体))[”\"」]");
    /** A consortium's name up to its group word, unquoted. */
    static final Pattern NAMED =
            Pattern.compile("(?<name>[\\u4e00-\\u9fa5]{2,20}?(?:专科联盟|医疗联盟|联盟|医共体|医疗集团|医联体|协作网|集团))");

    private static final Pattern NAMED_KEYWORD = Pattern.compile("联盟|医共体|医疗集团|医联体|协作网|集团");
    private static final StartChars QUOTED_NAME_STARTS = StartChars.of(QUOTED_NAME);
    private static final StartChars NAMED_KEYWORD_STARTS = StartChars.of(NAMED_KEYWORD);

    /** The consortium's name a sentence gives: a quoted one, else the first unquoted one that reads as a name; or null. */
    static String nameIn(String s, List<HospitalDirectory.Mention> mentions, TextSegmenter.Span span, String text) {
        Matcher q = QUOTED_NAME.matcher(s);
        if (QUOTED_NAME_STARTS.find(q, s, 0)) {
            return q.group("name");
        }
        Matcher keyword = NAMED_KEYWORD.matcher(s);
        if (!NAMED_KEYWORD_STARTS.find(keyword, s, 0)) {
            return null;
        }
        // a name is at most 20 characters before its keyword (at most 2 more before the word found, 专科联盟 for 联盟)
        Matcher n = NAMED.matcher(s).region(Math.max(0, keyword.start() - 24), s.length());
        while (n.find()) {
            String name = HospitalNames.stripLeadingFillers(n.group("name"));
            if (name.startsWith("经")) {
                name = name.substring(1); // "经X联盟理事会表决": the preposition before the name
            }
            String tail = name.contains("并入") || name.contains("纳入") ? afterLastNonNameWord(name) : name;
            if (!NOT_A_CONSORTIUM_NAME.matcher(tail).find() && tail.length() >= 5) {
                return tail; // "攸县中医医院整体并入株洲市中心医院医疗集团": the name after the verb
            }
        }
        return null;
    }

    /** The name after the last verb or function word in it ({@link #NOT_A_CONSORTIUM_NAME}); the whole when none. */
    private static String afterLastNonNameWord(String name) {
        Matcher bad = NOT_A_CONSORTIUM_NAME.matcher(name);
        int end = -1;
        while (bad.find()) {
            end = bad.end();
        }
        return end < 0 ? name : end == 0 ? "" : name.substring(end);
    }

    /** Verbs and function words never sit inside a consortium's name ("分别举行了医共体"). */
    private static final Pattern NOT_A_CONSORTIUM_NAME = Pattern.compile(
            "^[个家所座]|成员单位|牵头医院|负责人|院长|书记|代表|^就|县域|紧密型|城市|组建|组成|构建|帮助|^即|所医院|家医院|成立|设立|加入|并入|纳入|建设|推进|的|举行|分别|开展|签订|签署|启动|揭牌|挂牌|了|与|和|为|是|在|将|等|全县|全市|各");

    /** Both hospitals are among the members (the lead included) of one consortium already read. */
    static boolean together(Collection<ConsortiumFact> found, String a, String b) {
        return found.stream()
                .anyMatch(c -> c.members().stream().anyMatch(m -> m.hospital().equals(a))
                        && c.members().stream().anyMatch(m -> m.hospital().equals(b)));
    }

    /** The type of consortium the words of {@code s} name; "other" when none. */
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

    /** One lead and one member of a consortium the sentence does not name, its type from the sentence's words. */
    static void recordPair(
            Map<String, ConsortiumFact> byName, String s, String lead, String member, Evidence evidence) {
        record(byName, null, typeOf(s), lead, List.of(member), null, evidence, 0.6);
    }

    /**
     * Adds the members to the consortium of the same name ({@code given}, or the one a pointer such as 该专科联盟 stands
     * for) or of the same lead and type, or records a new one.
     */
    static void record(
            Map<String, ConsortiumFact> byName,
            String given,
            String type,
            String lead,
            List<String> members,
            ConsortiumFact.Established established,
            Evidence evidence,
            double confidence) {
        String name = pointedTo(byName, given);
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

    /** "该专科联盟", "本联盟": a pointer, not a name. */
    private static final Pattern POINTER = Pattern.compile("^(?:该|本|此|这个|这一)(?<word>[\\u4e00-\\u9fa5]{0,4})$");

    /**
     * The consortium a pointer ("该专科联盟") stands for: the one the document named before whose name ends with the
     * same word; the name as given where there is no such single one.
     */
    private static String pointedTo(Map<String, ConsortiumFact> byName, String name) {
        Matcher pointer = name == null ? null : POINTER.matcher(name);
        if (pointer == null || !pointer.matches() || pointer.group("word").isEmpty()) {
            return name;
        }
        String word = pointer.group("word");
        List<String> named = byName.keySet().stream()
                .filter(n -> n.endsWith(word) && !POINTER.matcher(n).matches())
                .toList();
        return named.size() == 1 ? named.get(0) : name;
    }

    /** What a consortium's name adds to its lead's when the text gives none ("X医共体"). */
    static String suffixOf(String type) {
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
