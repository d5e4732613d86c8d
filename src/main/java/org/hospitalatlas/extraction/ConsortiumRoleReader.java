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

    private static final Pattern CONSORTIUM_WORD =
            Pattern.compile("医共体|医联体|医疗集团|医院集团|集团|联盟|总医院|分院|成员单位|协作网|共同体|区域医疗中心|托管|合作办医");
    /** Between two names of one list. */
    private static final Pattern LIST_GAP = Pattern.compile("(?:[（(][^）)]{0,16}[）)])?(?:[、，,和及\\s]{0,3}|以及)");
    /** After a (list of) name(s): they lead. */
    private static final Pattern LEAD_AFTER = Pattern.compile(
            "^[”\"）)]?\\s*(?:为|作为|担任|是)?\\s*(?:主体)?\\s*(?:总医院|牵头医院|牵头单位|龙头医院|龙头|核心医院|总院|理事长单位|主任委员单位|盟主单位|输出医院)"
                    // "由A、B、C三家医院于2019年牵头发起": a count and a date may come between the names and 牵头
                    + "|^\\s*(?:[（(][^）)]{0,12}[）)])?\\s*(?:等?[0-9一二两三四五六七八九十]+家[^，,。；;]{0,6}?)?"
                    + "(?:于[^，,。；;]{0,12}?)?\\s*(?:作为)?(?:主要|共同|联合)?(?:牵头|发起)");
    /** After a (list of) name(s): they are members. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            "^(?:[、，,和及与]\\s*(?:各|全部|所有|其他|其余|辖区|全县|全市|部分)?[^，,。；;、]{0,10}?(?:卫生院|医院|医疗机构|卫生服务中心|卫生室|单位))?"
                    + "\\s*(?:等[^，,。；;为]{0,14})?\\s*(?:为|作为|是|均为|成为)\\s*(?:其|该)?(?:医共体|医联体|集团|联盟)?(?:成员单位|成员医院|成员|分院|基础骨干|骨干单位|联盟单位|依托医院|依托单位|依托|输入医院|项目医院)");

    private static final Pattern HANDED_TO = Pattern.compile("(?:及其[^，,。；;]{0,14}?)?(?:整体|全面)?托管给");
    private static final Pattern TAKES_OVER = Pattern.compile("(?:全面|整体|正式)?托管(?:了)?");
    /** A consortium formed or led by one hospital, its members not named: "A组建了…专科联盟", "以A为核心的专科联盟". */
    private static final Pattern FORMED_BY_LEAD =
            Pattern.compile("(?:组建|组成|成立|发起成立|牵头成立|牵头组建|为核心|为龙头)(?:了)?[^，,。；;]{0,24}?(?:专科联盟|联盟|医联体|医疗集团|医共体|协作网)");

    private static final Pattern JOINS_AFTER =
            Pattern.compile("^(?:等[^，,。；;]{0,14}?)?\\s*(?:先后|陆续|相继|正式|也|均|共同|一起|自愿)?\\s*加入");
    /** Before a list of names: what follows are members. */
    private static final Pattern MEMBERS_BEFORE = Pattern.compile("(?:集团|医共体|联盟|医联体)(?:下辖|下设|旗下有)[：:]?\\s*$"
            + "|(?:成员单位|成员医院|成员|分院)(?:包括|涵盖|有|为|是|分别为|分别是)[：:]?\\s*(?:[^，,。；;]{0,12}?[：:])?\\s*"
            // the conjuncts of an elliptic list may sit between: "成员单位有出山镇、盆尧镇和权寨镇卫生院"
            + "(?:[\\u4e00-\\u9fa5]{1,6}(?:镇|乡|街道|社区)[、和及与])*$");
    /** "B与A签订了联盟协议", "签订了加入医疗集团的协议": the names before 与 join the one after it. */
    private static final Pattern SIGNS_WITH = Pattern.compile("^\\s*(?:签订|签署|签约)");

    private static final Pattern SIGNS_FOR = Pattern.compile("加入|联盟|医联体|医共体|集团|协作");
    /**
     * "A与B建立紧密型医联体", "…签署医联体协议", "…举行医联体签约仪式", "…结为医共体": two hospitals form a consortium;
     * the larger one (see {@link #tier}) leads.
     */
    private static final Pattern BILATERAL = Pattern.compile("^(?:[（(][^）)]{0,16}[）)])?[^，,。；;]{0,6}?"
            + "(?:建立|组建|构建|组成|成立|共建|签署|签订|签约|举行|结为|结成|开展)(?:了)?"
            + "[^，,。；;]{0,12}?(?:医联体|医共体|医疗集团|专科联盟|联盟|协作网|托管|合作办医)"
            // "…与B医联体建设签约揭牌仪式", "…党建联建暨医联体协作指导签约仪式"
            + "|^[^，,。；;]{0,8}?(?:医联体|医共体|医疗集团|专科联盟|托管)[^，,。；;]{0,10}?(?:签约|揭牌|协议)");

    private static final Pattern BRANCH_PLAQUE =
            Pattern.compile("分院[^，,。；;]{0,6}?(?:揭牌|挂牌)|(?:揭牌|挂牌)[^，,。；;]{0,10}?分院");
    /** "L医联体成员单位": an item of a list describing the subject hospital. */
    private static final Pattern MEMBER_OF = Pattern.compile(
            "(?<name>[^、，,。；;：:]{2,30}?(?:联盟|医联体|医共体|医疗集团|集团|协作网|共同体))(?:的)?(?<role>成员单位|常务理事单位|副理事长单位|理事单位|成员医院|成员|单位)(?=[、，,。；;]|$)");

    private static final Pattern GROUP_WORD = Pattern.compile("联盟|医联体|医共体|集团|协作网|共同体");
    private static final Pattern QUOTED_NAME =
            Pattern.compile("[“\"「](?<name>[^”\"」]{2,30}?(?:联盟|医共体|医疗集团|医联体|集团|协作网|共同体))[”\"」]");
    private static final Pattern NAMED =
            Pattern.compile("(?<name>[\\u4e00-\\u9fa5]{2,20}?(?:专科联盟|医疗联盟|联盟|医共体|医疗集团|医联体|协作网|集团))");
    /** Plans and calls are not consortia: "鼓励…组建", "将…加入". */
    private static final Pattern PLANNED = Pattern.compile("计划|拟|力争|鼓励|支持|争取|推动各|要求|应当|可以|将由");

    private final AdministrativeDivisions divisions;

    ConsortiumRoleReader(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    private record Roles(List<String> leads, List<String> members, boolean viaContext) {}

    List<ConsortiumFact> addTo(
            List<ConsortiumFact> found,
            String text,
            TextSegmenter segments,
            YearResolver years,
            HospitalDirectory directory) {
        Map<String, ConsortiumFact> byName = new LinkedHashMap<>();
        found.forEach(c -> byName.put(c.name(), c));
        List<String> knownLeads = new ArrayList<>();
        found.stream().map(ConsortiumFact::lead).filter(l -> l != null).forEach(l -> addOnce(knownLeads, l));
        List<Pending> pending = new ArrayList<>();
        for (TextSegmenter.Span span : segments.sentences()) {
            String s = text.substring(span.start(), span.end());
            if (!CONSORTIUM_WORD.matcher(s).find()) {
                continue;
            }
            List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                    .filter(m -> !m.group())
                    .toList();
            int firstName = mentions.isEmpty() ? span.end() : mentions.get(0).start();
            if (PLANNED.matcher(text.substring(span.start(), firstName)).find()) {
                continue; // "鼓励三级医院牵头组建…": a call or a plan, not a consortium
            }
            subjectMemberships(text, span, s, directory, byName);
            Roles roles = roles(text, span, s, mentions);
            if (roles.members().isEmpty() && roles.leads().size() < 2) {
                roles.leads().forEach(l -> addOnce(knownLeads, l));
                String lead = roles.leads().isEmpty()
                        ? formingLead(text, span, s, mentions)
                        : roles.leads().get(0);
                String named = nameIn(s, mentions, span, text);
                // "A组建了…专科联盟", or "“X联盟”是由A发起": a lead named with its consortium; members may follow
                boolean stated = FORMED_BY_LEAD.matcher(s).find()
                        || (named != null && !roles.leads().isEmpty());
                if (lead != null && stated) {
                    addOnce(knownLeads, lead);
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
                addOnce(knownLeads, lead);
                record(byName, name, type, lead, roles.members(), established, evidence, 0.7);
            } else if (roles.leads().size() > 1) {
                // co-leads ("A、B为牵头医院"): no single lead; each is recorded as a member of the consortium
                List<String> all = new ArrayList<>(roles.leads());
                roles.members().forEach(m -> addOnce(all, m));
                String named = name != null ? name : all.get(0) + "等牵头的" + suffixOf(type);
                record(byName, named, type, null, all, established, evidence, 0.6);
            } else {
                pending.add(new Pending(name, type, roles.members(), established, evidence));
            }
        }
        branches(text, directory, byName);
        for (Pending p : pending) {
            // members whose lead the sentence does not name: the document's lead when it names exactly one
            String lead = knownLeads.size() == 1 ? knownLeads.get(0) : null;
            if (lead == null && p.name() == null) {
                continue;
            }
            record(byName, p.name(), p.type(), lead, p.members(), p.established(), p.evidence(), 0.6);
        }
        List<ConsortiumFact> out = new ArrayList<>(byName.values());
        out.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        return out;
    }

    private record Pending(
            String name,
            String type,
            List<String> members,
            ConsortiumFact.Established established,
            Evidence evidence) {}

    /** Leads and members a sentence names, by the role words right before or after each list of names. */
    private static Roles roles(
            String text, TextSegmenter.Span span, String s, List<HospitalDirectory.Mention> mentions) {
        List<String> leads = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<List<HospitalDirectory.Mention>> runs = runs(text, mentions);
        boolean plaque = BRANCH_PLAQUE.matcher(s).find();
        for (int r = 0; r < runs.size(); r++) {
            List<HospitalDirectory.Mention> run = runs.get(r);
            int runEnd = run.get(run.size() - 1).end();
            String after = text.substring(runEnd, Math.min(span.end(), runEnd + 40));
            String before = text.substring(span.start(), run.get(0).start());
            HospitalDirectory.Mention next =
                    r + 1 < runs.size() ? runs.get(r + 1).get(0) : null;
            if (LEAD_AFTER.matcher(after).find()) {
                run.forEach(m -> addOnce(leads, m.name()));
            } else if (MEMBERS_AFTER.matcher(after).find()
                    || MEMBERS_BEFORE.matcher(before).find()) {
                addMembers(text, run, members);
            } else if (next != null
                    && HANDED_TO.matcher(text.substring(runEnd, next.start())).matches()) {
                addMembers(text, run, members); // "将B及其下设的社区卫生服务机构整体托管给C": C leads
                addOnce(leads, next.name());
                r++;
            } else if (next != null
                    && run.size() == 1
                    && TAKES_OVER.matcher(text.substring(runEnd, next.start())).matches()) {
                addOnce(leads, run.get(0).name()); // "A全面托管B": A leads
                addOnce(members, next.name());
                r++;
            } else if (JOINS_AFTER.matcher(after).find()) {
                addMembers(text, run, members);
                Matcher joins = JOINS_AFTER.matcher(after);
                joins.find();
                // "A加入B…联盟": the hospital right after 加入 leads what A joins
                if (next != null && next.start() - (runEnd + joins.end()) <= 1) {
                    addOnce(leads, next.name());
                    r++;
                }
            } else if (next != null && isWith(text, runEnd, next)) {
                // "A与B、C、D举行医联体签约仪式": the words after the other side's whole list
                List<HospitalDirectory.Mention> nextRun = runs.get(r + 1);
                int nextRunEnd = nextRun.get(nextRun.size() - 1).end();
                String afterNext = text.substring(nextRunEnd, Math.min(span.end(), nextRunEnd + 40));
                boolean signs = SIGNS_WITH.matcher(afterNext).find()
                        && SIGNS_FOR.matcher(afterNext).find();
                boolean bilateral = BILATERAL.matcher(afterNext).find();
                int runTier = run.stream().mapToInt(m -> tier(m.name())).max().orElse(0);
                int nextTier = tier(next.name());
                if ((signs || bilateral) && nextRun.size() == 1 && nextTier > runTier) {
                    // "B与兰大二院签订了联盟协议", "木垒县总医院与新医大五附院…": the larger hospital leads
                    addMembers(text, run, members);
                    addOnce(leads, next.name());
                    r++;
                } else if ((signs || bilateral)
                        && run.size() == 1
                        && runTier
                                > nextRun.stream()
                                        .mapToInt(m -> tier(m.name()))
                                        .max()
                                        .orElse(0)) {
                    // "吉林大学第二医院与延边朝医医院签署医联体协议", "襄城县人民医院与范湖乡卫生院结为医共体"
                    addOnce(leads, run.get(0).name());
                    addMembers(text, nextRun, members);
                    r++;
                } else if (signs
                        && text.substring(next.end(), Math.min(span.end(), next.end() + 40))
                                .contains("加入")) {
                    addMembers(text, run, members); // "B与A签订了加入医疗集团的协议": A's group
                    addOnce(leads, next.name());
                    r++;
                }
            } else if (plaque && run.stream().anyMatch(ConsortiumRoleReader::grassroots)) {
                addMembers(text, run, members);
            }
        }
        if (!leads.isEmpty() && !members.isEmpty()) {
            // "包括A在内的203家…及B等3家…与L签订": the names counted "in" belong to the same members
            for (List<HospitalDirectory.Mention> run : runs) {
                int end = run.get(run.size() - 1).end();
                boolean within = text.startsWith("在内", end)
                        && text.substring(span.start(), run.get(0).start()).endsWith("包括");
                if (within) {
                    addMembers(text, run, members);
                }
            }
        }
        members.removeAll(leads);
        if (plaque && leads.isEmpty() && !members.isEmpty()) {
            List<String> others = mentions.stream()
                    .map(HospitalDirectory.Mention::name)
                    .filter(n -> !members.contains(n) && !"基层".equals(HospitalNames.categoryOf(n)))
                    .distinct()
                    .toList();
            if (others.size() == 1) {
                leads.add(others.get(0)); // the county hospital whose branches the plaques name
            }
        }
        return new Roles(leads, members, false);
    }

    /**
     * The hospital that forms the consortium: the only one the sentence names, as its subject ("天津市环湖医院组建了…专科
     * 联盟", "以天津市胸科医院为核心的专科联盟").
     */
    private static String formingLead(
            String text, TextSegmenter.Span span, String s, List<HospitalDirectory.Mention> mentions) {
        List<String> names = mentions.stream()
                .map(HospitalDirectory.Mention::name)
                .distinct()
                .toList();
        if (names.size() != 1 || "基层".equals(HospitalNames.categoryOf(names.get(0)))) {
            return null;
        }
        int before = mentions.get(0).start() - span.start();
        return before <= 12 ? names.get(0) : null;
    }

    /** "B与A签订": the run ends with 与 right before the next name (in the same clause). */
    private static boolean isWith(String text, int runEnd, HospitalDirectory.Mention next) {
        String gap = text.substring(runEnd, next.start());
        return gap.matches("[^，,。；;]{0,12}?(?:分别|共同|一起)?与");
    }

    /** Maximal lists of names joined only by list marks and conjunctions. */
    private static List<List<HospitalDirectory.Mention>> runs(String text, List<HospitalDirectory.Mention> mentions) {
        List<List<HospitalDirectory.Mention>> runs = new ArrayList<>();
        List<HospitalDirectory.Mention> current = new ArrayList<>();
        for (HospitalDirectory.Mention m : mentions) {
            if (!current.isEmpty()) {
                HospitalDirectory.Mention last = current.get(current.size() - 1);
                String gap = m.start() >= last.end() ? text.substring(last.end(), m.start()) : "";
                if (!LIST_GAP.matcher(gap).matches()) {
                    runs.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(m);
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static void addMembers(String text, List<HospitalDirectory.Mention> run, List<String> members) {
        for (HospitalDirectory.Mention m : run) {
            // "X镇、Y乡和Z镇卫生院": the conjuncts before the name share its head word; each is kept as written
            List<String> conjuncts = new ArrayList<>();
            int end = m.start();
            String conjunct;
            while ((conjunct = conjunctBefore(text, end)) != null
                    && (m.name().contains(headWord(conjunct)) || grassroots(m))
                    && conjuncts.size() < 40) {
                conjuncts.add(0, conjunct);
                end -= conjunct.length() + 1;
            }
            conjuncts.forEach(c -> addOnce(members, c));
            addOnce(members, m.name());
        }
    }

    /**
     * The conjunct that ends right before {@code end} with a joiner (和、及与): a place of one to four characters and a
     * head word (镇, 乡, 街道, 社区), starting after a list mark, a stop character or 有/括/含 ("成员单位有沙河镇、…").
     */
    private static String conjunctBefore(String text, int end) {
        if (end < 3 || "和、及与".indexOf(text.charAt(end - 1)) < 0) {
            return null;
        }
        int headEnd = end - 1;
        for (String head : List.of("社区", "街道", "乡", "镇")) {
            if (!text.startsWith(head, headEnd - head.length())) {
                continue;
            }
            int placeEnd = headEnd - head.length();
            for (int length = 1; length <= 6 && placeEnd - length >= 0; length++) {
                int start = placeEnd - length;
                char before = start == 0 ? '、' : text.charAt(start - 1);
                boolean bounded = start == 0 || HospitalNames.isStopChar(before) || "有括含和".indexOf(before) >= 0;
                if (bounded
                        && text.substring(start, headEnd).codePoints().allMatch(c -> HospitalNames.isHan((char) c))) {
                    return text.substring(start, headEnd);
                }
            }
        }
        return null;
    }

    private static String headWord(String conjunct) {
        for (String head : List.of("社区", "街道", "乡", "镇")) {
            if (conjunct.endsWith(head)) {
                return head;
            }
        }
        return conjunct;
    }

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
        if (!GROUP_WORD.matcher(s).find()) {
            return;
        }
        Matcher m = MEMBER_OF.matcher(s);
        while (m.find()) {
            String name = m.group("name").strip();
            int nameStart = span.start() + m.start("name");
            if (name.startsWith("加入") || name.contains("牵头") || name.startsWith("各")) {
                continue;
            }
            SubjectResolver.Subject subject = directory.subjectAt(nameStart);
            if (subject == null || subject.hospital() == null) {
                continue;
            }
            String lead = null;
            for (HospitalDirectory.Mention x : directory.mentionsIn(nameStart, span.start() + m.end("name"))) {
                if (x.start() == nameStart && !x.group()) {
                    lead = x.name();
                } else if (x.group() && x.start() == nameStart) {
                    int split = x.name().indexOf("医院");
                    lead = split > 0 ? x.name().substring(0, split + 2) : null;
                }
            }
            if (lead == null && name.startsWith(subject.hospital())) {
                continue;
            }
            if (subject.hospital().equals(lead)) {
                continue;
            }
            Evidence evidence = Evidence.of(text, nameStart, span.start() + m.end("role"));
            record(byName, name, typeOf(name), lead, List.of(subject.hospital()), null, evidence, 0.6);
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
        Matcher n = NAMED.matcher(s);
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
            "县域|紧密型|城市|组建|组成|帮助|^即|所医院|家医院|成立|加入|建设|推进|的|举行|分别|开展|签订|签署|启动|揭牌|挂牌|了|与|和|为|是|在|将|等|全县|全市|各");

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

    /**
     * How large a hospital its name says it is: a university's (4), a province's (3), a city's (2), a county's or
     * district's (1), a township's or community's (0). Two of the same tier: no lead is read.
     */
    static int tier(String name) {
        if (UNIVERSITY.matcher(name).find()) {
            return 4;
        }
        if (name.contains("省")
                || name.contains("自治区")
                || name.startsWith("北京")
                || name.startsWith("上海")
                || name.startsWith("天津")
                || name.startsWith("重庆市")) {
            return 3;
        }
        if ("基层".equals(HospitalNames.categoryOf(name))) {
            return 0;
        }
        if (name.matches("^[^县区旗]{2,6}市.*") && !name.matches(".*[县区旗].*")) {
            return 2;
        }
        return 1;
    }

    private static final Pattern UNIVERSITY = Pattern.compile("大学|医学院|医科|医大|附院|附属|[大医][一二三四五六七八九十]院");

    private static boolean grassroots(HospitalDirectory.Mention m) {
        return "基层".equals(HospitalNames.categoryOf(m.name()));
    }

    /** Adds the members to the consortium of the same lead and type, or records a new one. */
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

    private static void addOnce(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }
}
