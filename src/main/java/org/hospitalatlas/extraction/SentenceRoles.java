package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles one sentence gives the hospitals it names in a consortium, read from the role words right before or
 * after each list of names ({@link ConsortiumRoleReader} turns them into consortia): leads ("由A为总医院", "A牵头",
 * "以A为输出医院"), members ("B、C为成员单位", "成员单位包括B、C", "…等N家加入", "集团下辖B"), two hospitals that sign
 * or form a consortium (the larger one by {@link #tier} leads), 托管, branch plaques, names counted "包括…在内".
 */
final class SentenceRoles {

    record Roles(List<String> leads, List<String> members) {}

    /** Between two names of one list. */
    static final Pattern LIST_GAP = Pattern.compile("(?:[（(][^）)]{0,16}[）)])?(?:[、，,和及\\s]{0,3}|以及)"
            // "A、黑龙江省中医药科学院(祖研)、B": an institute the list names between two hospitals
            + "|、[\\u4e00-\\u9fa5]{4,16}?(?:科学院|研究院|研究所)(?:[（(][^）)]{0,8}[）)])?、");
    /** After a (list of) name(s): they lead. */
    private static final Pattern LEAD_AFTER = Pattern.compile("^[”\"）)]?\\s*(?:为|作为|担任|是)?\\s*(?:主体)?\\s*"
            // "作为联盟的龙头单位", "作为医共体牵头医院"
            + "(?:(?:该|本)?(?:专科联盟|联盟|医共体|医联体|医疗集团|集团)的?)?"
            + "(?:总医院|牵头医院|牵头单位|龙头医院|龙头|核心医院|总院|理事长单位|主任委员单位|盟主单位|输出医院"
            // "作为管理和技术输出医院"
            + "|(?:管理|技术|管理和技术|技术和管理|品牌|人才)输出医院|(?:医疗技术|技术|医疗)?输出单位)"
            // "由A、B、C三家医院于2019年牵头发起": a count and a date may come between the names and 牵头
            + "|^\\s*(?:[（(][^）)]{0,12}[）)])?\\s*(?:等?[0-9一二两三四五六七八九十]+家[^，,。；;]{0,6}?)?"
            + "(?:于[^，,。；;]{0,12}?)?\\s*(?:作为)?"
            // "由四川省人民医院急诊中心牵头搭建": one of its departments leads for the hospital
            + "(?:[\\u4e00-\\u9fa5]{1,6}?(?:科|中心|部))?(?:主要|共同|联合)?(?:倡议)?(?:牵头|发起)");
    /** "医共体牵头医院县人民医院": the lead's role written right before its name. */
    private static final Pattern LEAD_BEFORE = Pattern.compile("(?:医共体|医联体|集团|联盟)(?:的)?(?:牵头医院|牵头单位|龙头医院|总医院)[：:]?$");

    /** After a (list of) name(s): they are members. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            // "还包含A、B、C等成员单位": the role word right after the list's 等
            "^\\s*等(?:[0-9一二三四五六七八九十两]+家)?(?:医共体|医联体|集团|联盟)?(?:成员单位|成员医院)"
                    + "|^(?:[（(][^）)]{1,16}[）)]|[”\"）)])?(?:[、，,和及与]\\s*(?:各|全部|所有|其他|其余|辖区|全县|全市|部分)?[^，,。；;]{0,20}?(?:卫生院|医院|医疗机构|卫生服务中心|卫生室|单位))?"
                    + "\\s*(?:等[^，,。；;为]{0,14})?\\s*(?:为|作为|是|均为|成为)\\s*(?:其|该)?(?:医院集团|医疗集团|医共体|医联体|集团|联盟)?(?:首批|第一批|首家|新)?(?:[区县乡镇市省]级|基层|县域|城区|乡镇|紧密型|本地|当地)?(?:成员单位|成员医院|成员|分院|基础骨干|骨干单位|联盟单位|依托医院|依托单位|依托|输入医院|项目医院)");

    /** "…由A作为输出医院，并依托当地的B合作共建": the host hospital of a regional centre is its member. */
    private static final Pattern HOSTED_BY = Pattern.compile("依托(?:于)?[^，,。；;、]{0,14}$");

    private static final Pattern HOSTING = Pattern.compile("输出医院|区域医疗中心");
    private static final Pattern HANDED_TO = Pattern.compile("(?:及其[^，,。；;]{0,14}?)?(?:整体|全面)?托管给");
    private static final Pattern TAKES_OVER = Pattern.compile("(?:全面|整体|正式)?托管(?:了|的)?");
    /** "A…，全面托管B并建设成为分院": a later clause of A's sentence takes B over. */
    private static final Pattern SUBJECT_TAKES_OVER = Pattern.compile("[，,]\\s*(?:并|还|已|先后|同时)?(?:全面|整体|正式)?托管(?:了)?$");

    private static final Pattern JOINS_AFTER =
            Pattern.compile("^(?:等[^，,。；;]{0,14}?)?\\s*(?:于当日|于当天|当日|当天|同日)?\\s*(?:先后|陆续|相继|正式|也|均|共同|一起|自愿)?\\s*"
                    + "(?:挂牌|签约)?\\s*(?:举行(?:了)?)?加入");
    /** Before a list of names: what follows are members. */
    private static final Pattern MEMBERS_BEFORE = Pattern.compile("(?:集团|医共体|联盟|医联体)(?:下辖|下设|旗下有)[：:]?\\s*$"
            // "医共体成员单位县中医医院": the role written right before the name
            + "|(?:医共体|医联体|联合体|集团|联盟)(?:的)?成员单位[：:]?$"
            // "由A牵头，并联合B、C、D…共同创建…联盟"
            + "|牵头[^。；;]{0,4}?[，,]\\s*(?:并|同时)?(?:联合|整合)$"
            // "16家医院也正式加入联盟,分别是：A、B、C"
            + "|加入[^，,。；;]{0,10}?(?:联盟|集团|医联体|医共体)[，,]\\s*(?:分别是|分别为|包括|有)[：:]?\\s*$"
            + "|(?:成员单位|成员医院|成员|分院)(?:包括|涵盖|有|为|是|分别为|分别是)[：:]?\\s*(?:[^，,。；;]{0,12}?[：:])?\\s*"
            // the conjuncts of an elliptic list may sit between: "成员单位有出山镇、盆尧镇和权寨镇卫生院"
            + "(?:[\\u4e00-\\u9fa5]{1,6}(?:镇|乡|街道|社区)[、和及与])*$");
    /** "以A为龙头，与B、C…": A leads the names of the next list, if they form a consortium together ({@link #FORM_TOGETHER}). */
    private static final Pattern LEADS_TOGETHER_WITH =
            Pattern.compile("^[”\"）)]?\\s*(?:为|作为)(?:龙头|核心|主体|牵头单位|牵头医院|龙头医院|总医院|依托)[，,]?\\s*(?:并|同时)?(?:与|联合|携手)");
    /** "A联合B、C等组建…集团", "X集团是A联合B、C等组成": the one hospital that allies the others leads them. */
    private static final Pattern ALLIES = Pattern.compile("^\\s*(?:牵头[，,]?\\s*)?(?:主动|共同)?联合$");
    /** "X集团是", "X集团由": the group the alliance after it is composed into. */
    private static final Pattern GROUP_IS = Pattern.compile("(?:医院集团|医疗集团|集团|医共体|医联体|联盟|联合体)(?:是|由)$");
    /** "…联合成立延安医疗集团", "…等共同组建医共体": the lists before it form a consortium. */
    private static final Pattern FORM_TOGETHER =
            Pattern.compile("^\\s*(?:[（(][^）)]{0,16}[）)])?(?:等[^，,。；;]{0,12}?)?\\s*(?:共同|联合|一起|一道)?(?:发起)?"
                    + "(?:成立|组建|组成|构建|建立|创建|建成)(?:了)?[^，,。；;]{0,24}?(?:集团|医共体|医联体|联盟|共同体|协作网|联合体)");
    /** "成都市青白江区人民医院集团由A、B、C等7家医疗机构组成": the group's members, its lead the one it is named after. */
    private static final Pattern COMPOSED_GROUP =
            Pattern.compile("(?<name>[\\u4e00-\\u9fa5]{4,30}?(?:医院集团|医疗集团|集团|医共体|医联体))"
                    // "X集团正式成立后，由A、B…组成"
                    + "(?:(?:正式)?(?:成立|组建|挂牌)(?:后|以后|之后)?[，,]?)?(?:是)?由$");

    private static final Pattern GROUP_WORD = Pattern.compile("医院集团|医疗集团|集团|医共体|医联体");

    /** The group's name is the hospital's followed by a group word: "成都市青白江区人民医院集团". */
    private static boolean namedAfter(String group, String hospital) {
        int at = group.lastIndexOf(hospital);
        return at >= 0
                && GROUP_WORD.matcher(group.substring(at + hospital.length())).matches();
    }

    private static final Pattern COMPOSED_OF =
            Pattern.compile("^\\s*(?:等)?(?:[0-9一二三四五六七八九十两]+[家个所])?[^，,。；;]{0,8}?(?:共同)?(?:组成|构成|组建而成)");
    /** "B正式成为A托管分院": B is a branch or member of the hospital named right after 成为. */
    private static final Pattern BECOMES = Pattern.compile("^\\s*(?:正式|已|也|还)?(?:成为|是|为)$");

    private static final Pattern BRANCH_AFTER_PARENT = Pattern.compile("^(?:的)?(?:托管|紧密型|直属)?(?:分院|成员单位|成员医院)");

    /** "A和B、C、D…，4家医院组成了…联盟": the hospitals counted form it together and co-lead it. */
    private static final Pattern COUNTED_FORM = Pattern.compile(
            "^[^。；;]*?(?<n>[0-9]{1,2}|[一二三四五六七八九十两])\\s*家(?:医院|医疗机构|单位)(?:共同|联合)?(?:组成|组建|发起成立|结成)(?:了)?"
                    + "[^，,。；;]{0,20}?(?:联盟|医联体|协作网|共同体|协作体)");

    /** "由A依托B合作共建的C": A builds C at its host B; C is A's member. */
    private static final Pattern ON_HOST = Pattern.compile("^\\s*依托(?:于)?$");

    private static final Pattern CO_BUILT = Pattern.compile("^\\s*(?:合作|共同|联合)?(?:共建|建设|兴建|组建|建成)(?:的)?$");

    /** "县人民医院、西城中心卫生院紧密型医共体签约仪式": the list itself signs a consortium. */
    private static final Pattern LIST_SIGNS =
            Pattern.compile("^[^，,。；;]{0,8}?(?:医联体|医共体|医疗集团|联合体)[^，,。；;]{0,6}?(?:签约|揭牌|挂牌|协议)");

    /** Between the lead's role and the other side's first hospital: place names, counts, no clause break. */
    private static final Pattern SAME_CLAUSE = Pattern.compile("[^，,。；;：:]{0,24}");

    /** "B与A签订了联盟协议", "签订了加入医疗集团的协议": the names before 与 join the one after it. */
    private static final Pattern SIGNS_WITH = Pattern.compile("^\\s*(?:在[^，,。；;]{1,16}?)?(?:正式)?(?:签订|签署|签约)");

    private static final Pattern SIGNS_FOR = Pattern.compile("加入|联盟|医联体|医共体|集团|协作|协同体|联合体|合作体|区域医疗中心");
    /**
     * "A与B建立紧密型医联体", "…签署医联体协议", "…举行医联体签约仪式", "…结为医共体": two hospitals form a consortium;
     * the larger one (see {@link #tier}) leads.
     */
    static final Pattern BILATERAL = Pattern.compile(
            // "…在乌鲁木齐正式签署《关于深化援疆帮扶建立紧密型医联体合作协议》": the agreement's title names the consortium
            "^[^，,。；;]{0,12}?(?:签署|签订|签约)(?:了)?《[^》]{0,40}?(?:医联体|医共体|医疗集团|专科联盟|联盟|联合体|托管)[^》]{0,20}》"
                    + "|^(?:[（(][^）)]{0,30}[）)])?(?:在[^，,。；;]{1,16}?)?[^，,。；;]{0,6}?"
                    + "(?:建立|组建|构建|组成|成立|共建|签署|签订|签约|举行|结为|结成|开展)(?:了)?"
                    + "[^，,。；;]{0,12}?(?:医联体|医共体|医疗集团|专科联盟|联盟|协作网|协同体|协作体|合作体|联合体|区域医疗中心|托管|合作办医|协作单位)"
                    // "…与B医联体建设签约揭牌仪式", "…党建联建暨医联体协作指导签约仪式"
                    + "|^[^，,。；;]{0,8}?(?:医联体|医共体|医疗集团|专科联盟|联盟|联合体|托管|协作医院)[^，,。；;]{0,10}?(?:签约|揭牌|协议|合作|共建)"
                    // "…与B正式签署定点协作业务合作协议，成为医疗联合体单位"
                    + "|^[^。；;]{0,24}?(?:签署|签订|签约)[^。；;]{0,16}?协议[，,]\\s*(?:正式|共同)?(?:成为|结为|组成)[^，,。；;]{0,8}?"
                    + "(?:医联体|联合体|医共体|集团|联盟)");

    private static final Pattern BRANCH_PLAQUE =
            Pattern.compile("分院[^，,。；;]{0,6}?(?:揭牌|挂牌)|(?:揭牌|挂牌)[^，,。；;]{0,10}?分院");

    private SentenceRoles() {}

    /**
     * Leads and members a sentence names, by the role words right before or after each list of names; {@code runs}
     * are the sentence's lists of names ({@link #runs(String, List, Pattern)} with {@link #LIST_GAP}).
     */
    static Roles read(
            String text,
            TextSegmenter.Span span,
            String s,
            List<HospitalDirectory.Mention> mentions,
            List<List<HospitalDirectory.Mention>> runs) {
        List<String> leads = new ArrayList<>();
        List<String> members = new ArrayList<>();
        boolean plaque = BRANCH_PLAQUE.matcher(s).find();
        for (int r = 0; r < runs.size(); r++) {
            List<HospitalDirectory.Mention> run = runs.get(r);
            int runEnd = run.get(run.size() - 1).end();
            String after = text.substring(runEnd, Math.min(span.end(), runEnd + 40));
            String before = text.substring(span.start(), run.get(0).start());
            HospitalDirectory.Mention next =
                    r + 1 < runs.size() ? runs.get(r + 1).get(0) : null;
            int used = wholeShapes(text, span, runs, r, before, after, leads, members);
            if (used > 0) {
                r += used - 1; // the runs after this one that the shape used
                continue;
            }
            if (LEAD_AFTER.matcher(after).find() || LEAD_BEFORE.matcher(before).find()) {
                run.forEach(m -> addOnce(leads, m.name()));
            } else if (MEMBERS_AFTER.matcher(after).find()
                    || MEMBERS_BEFORE.matcher(before).find()
                    || (HOSTED_BY.matcher(before).find() && HOSTING.matcher(s).find())) {
                addMembers(text, run, members);
            } else if (next != null
                    && HANDED_TO.matcher(text.substring(runEnd, next.start())).matches()) {
                addMembers(text, run, members); // "将B及其下设的社区卫生服务机构整体托管给C": C leads
                addOnce(leads, next.name());
                r++;
            } else if (next != null
                    && run.size() == 1
                    && TAKES_OVER.matcher(text.substring(runEnd, next.start())).matches()) {
                addOnce(leads, run.get(0).name()); // "A全面托管B、C": A leads
                addMembers(text, runs.get(r + 1), members);
                r++;
            } else if (r > 0
                    && SUBJECT_TAKES_OVER.matcher(before).find()
                    && isSentenceSubject(text, span, runs.get(0).get(0))
                    && run.stream()
                            .noneMatch(m -> m.name().equals(runs.get(0).get(0).name()))) {
                addOnce(leads, runs.get(0).get(0).name()); // the sentence's subject takes B over
                addMembers(text, run, members);
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
                boolean each = text.substring(runEnd, next.start()).contains("分别与");
                if ((signs || bilateral) && nextRun.size() == 1 && (nextTier > runTier || each)) {
                    // "B、C分别与A签署…协议": A is the party each of them signs with
                    // "B与兰大二院签订了联盟协议", "木垒县总医院与新医大五附院…": the larger hospital leads
                    addMembers(text, run, members);
                    addOnce(leads, next.name());
                    r++;
                } else if ((signs || bilateral)
                        && run.size() == 1
                        && nextRun.size() >= 2
                        && runTier
                                >= nextRun.stream()
                                        .mapToInt(m -> tier(m.name()))
                                        .min()
                                        .orElse(0)
                        && !grassroots(run.get(0))) {
                    // "A与B、C、D举行医联体签约仪式": the one hospital that signs with several is their hub
                    addOnce(leads, run.get(0).name());
                    addMembers(text, nextRun, members);
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
            } else if (plaque && run.stream().anyMatch(SentenceRoles::grassroots)) {
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
        if (leads.size() == 1 && (s.indexOf('所') >= 0 || s.indexOf('个') >= 0 || s.indexOf('家') >= 0)) {
            // "托管保税区二十里堡、亮甲店两所卫生院": centres named by their places, counted; each kept as written
            Matcher places = COUNTED_PLACES.matcher(s);
            while (places.find()) {
                String[] items = places.group("list").split("[、和及]");
                boolean counted = ChineseNumberParser.parse(places.group("n"))
                        .map(n -> n.intValue() == items.length)
                        .orElse(false);
                if (counted) {
                    for (String item : items) {
                        addOnce(members, item);
                    }
                }
            }
        }
        return new Roles(leads, members);
    }

    /**
     * The shapes that give a list its role together with the lists around it ("由A依托B合作共建的C", "以A为主体，与B、C联合成立
     * …集团", "X集团由A、B…组成"…), tried in order; how many runs the one that matched used, or 0.
     */
    private static int wholeShapes(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            String before,
            String after,
            List<String> leads,
            List<String> members) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        int used = coBuiltAtHost(text, runs, r, leads, members);
        if (used == 0 && run.size() >= 2 && leads.isEmpty()) {
            used = listSigns(text, run, after, leads, members);
            if (used == 0) {
                used = countedAsForming(runs, r, after, leads);
            }
        }
        if (used == 0 && before.endsWith("由")) {
            used = composedGroup(text, run, before, after, leads, members);
        }
        if (used == 0) {
            used = becomesBranchOf(text, span, runs, r, leads, members);
        }
        if (used == 0) {
            used = leadsTogetherWith(text, span, runs, r, after, leads, members);
        }
        return used;
    }

    /** "由A依托B合作共建的C": C is A's (B is its host). */
    private static int coBuiltAtHost(
            String text, List<List<HospitalDirectory.Mention>> runs, int r, List<String> leads, List<String> members) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        if (r + 2 >= runs.size() || run.size() != 1) {
            return 0;
        }
        List<HospitalDirectory.Mention> host = runs.get(r + 1);
        HospitalDirectory.Mention built = runs.get(r + 2).get(0);
        if (!ON_HOST.matcher(text.substring(run.get(0).end(), host.get(0).start()))
                        .matches()
                || !CO_BUILT.matcher(text.substring(host.get(host.size() - 1).end(), built.start()))
                        .matches()) {
            return 0;
        }
        addOnce(leads, run.get(0).name());
        addMembers(text, List.of(built), members);
        return 3;
    }

    /** "县人民医院、西城中心卫生院紧密型医共体签约仪式": the one hospital leads the township centres it signs with. */
    private static int listSigns(
            String text, List<HospitalDirectory.Mention> run, String after, List<String> leads, List<String> members) {
        if (!LIST_SIGNS.matcher(after).find()) {
            return 0;
        }
        return ledByTheOne(text, run, run.stream().filter(m -> !grassroots(m)).toList(), leads, members);
    }

    /** The one hospital of the list that {@code candidates} leaves leads the list; none or several, no roles (0). */
    private static int ledByTheOne(
            String text,
            List<HospitalDirectory.Mention> run,
            List<HospitalDirectory.Mention> candidates,
            List<String> leads,
            List<String> members) {
        if (candidates.size() != 1) {
            return 0;
        }
        addOnce(leads, candidates.get(0).name());
        addMembers(text, run, members);
        return 1;
    }

    /** "A和B、C…，3家医院组成了…联盟" (the count the list's length): they co-lead it, no single lead. */
    private static int countedAsForming(
            List<List<HospitalDirectory.Mention>> runs, int r, String after, List<String> leads) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        if (after.indexOf('家') < 0) {
            return 0;
        }
        Matcher counted = COUNTED_FORM.matcher(after);
        if (!counted.find()) {
            return 0;
        }
        int runEnd = run.get(run.size() - 1).end();
        boolean beforeNext = r + 1 >= runs.size() || runs.get(r + 1).get(0).start() >= runEnd + counted.end();
        boolean all = ChineseNumberParser.parse(counted.group("n"))
                .map(n -> n.intValue() == run.size())
                .orElse(false);
        if (!beforeNext || !all) {
            return 0;
        }
        run.forEach(m -> addOnce(leads, m.name()));
        return 1;
    }

    /** "X医院集团由X医院、B、C等7家医疗机构组成": the hospital the group is named after leads the others. */
    private static int composedGroup(
            String text,
            List<HospitalDirectory.Mention> run,
            String before,
            String after,
            List<String> leads,
            List<String> members) {
        Matcher composed = COMPOSED_GROUP.matcher(before);
        if (!composed.find() || !COMPOSED_OF.matcher(after).find()) {
            return 0;
        }
        // "新成立的成都市青白江区人民医院集团由区人民医院、…组成": the hospital the group's name ends with
        String group = composed.group("name");
        List<HospitalDirectory.Mention> named = run.stream()
                .filter(m -> namedAfter(group, m.name()) || namedAfter(group, m.surface()))
                .toList();
        return ledByTheOne(text, run, named, leads, members);
    }

    /** "B正式成为A托管分院": B is a branch or member of the hospital named right after 成为. */
    private static int becomesBranchOf(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            List<String> leads,
            List<String> members) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        if (r + 1 >= runs.size() || run.size() != 1) {
            return 0;
        }
        HospitalDirectory.Mention next = runs.get(r + 1).get(0);
        if (!BECOMES.matcher(text.substring(run.get(0).end(), next.start())).matches()
                || !BRANCH_AFTER_PARENT
                        .matcher(text.substring(next.end(), Math.min(span.end(), next.end() + 10)))
                        .find()) {
            return 0;
        }
        addMembers(text, run, members);
        addOnce(leads, next.name());
        return 2;
    }

    /**
     * "以A为主体，与B、C联合成立…集团", "A联合B、C等组建…集团", "X集团是A联合B、C等组成": A leads, the other side are its
     * members, when they form a group together.
     */
    private static int leadsTogetherWith(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            String after,
            List<String> leads,
            List<String> members) {
        if (r + 1 >= runs.size()) {
            return 0;
        }
        List<HospitalDirectory.Mention> run = runs.get(r);
        List<HospitalDirectory.Mention> nextRun = runs.get(r + 1);
        int runEnd = run.get(run.size() - 1).end();
        int nextRunEnd = nextRun.get(nextRun.size() - 1).end();
        String afterNext = text.substring(nextRunEnd, Math.min(span.end(), nextRunEnd + 40));
        Matcher together = LEADS_TOGETHER_WITH.matcher(after);
        boolean leadsTogether = together.find()
                && SAME_CLAUSE
                        .matcher(text.substring(
                                runEnd + together.end(), nextRun.get(0).start()))
                        .matches();
        boolean allies = run.size() == 1
                && ALLIES.matcher(text.substring(runEnd, nextRun.get(0).start()))
                        .matches();
        if (!leadsTogether && !allies) {
            return 0;
        }
        boolean composedInto = allies
                && GROUP_IS.matcher(text.substring(span.start(), run.get(0).start()))
                        .find()
                && COMPOSED_OF.matcher(afterNext).find();
        if (!FORM_TOGETHER.matcher(afterNext).find() && !composedInto) {
            return 0;
        }
        run.forEach(m -> addOnce(leads, m.name()));
        addMembers(text, nextRun, members);
        return 2;
    }

    private static final String PLACE_ITEM = "[\\u4e00-\\u9fa5&&[^院心所和及与、的等个家]]{2,4}";
    private static final Pattern COUNTED_PLACES = Pattern.compile("(?<list>" + PLACE_ITEM + "(?:[、和及]" + PLACE_ITEM
            + ")+)(?<n>[0-9]{1,2}|[一二两三四五六七八九十])\\s*[个所家](?:乡镇|镇|街道|社区)?(?:社区卫生服务中心|卫生服务中心|卫生院)");

    /**
     * The hospital that forms the consortium: the only one the sentence names, as its subject ("天津市环湖医院组建了…专科
     * 联盟", "以天津市胸科医院为核心的专科联盟").
     */
    static String formingLead(
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

    /** A name that opens its sentence, after at most a short lead-in ("据介绍，", "目前"). */
    private static boolean isSentenceSubject(String text, TextSegmenter.Span span, HospitalDirectory.Mention m) {
        String lead = text.substring(span.start(), m.start());
        return lead.length() <= 6 && !lead.contains("与") && !lead.contains("在");
    }

    /** "B与A签订": the run ends with 与 right before the next name (in the same clause). */
    static boolean isWith(String text, int runEnd, HospitalDirectory.Mention next) {
        String gap = text.substring(runEnd, next.start());
        // "A党委书记张远珍同B院长王义相进行医联体签约": 同 joins the two sides as 与 does
        return gap.matches("[^，,。；;]{0,12}?(?:分别|共同|一起)?[与同]") || gap.matches("[，,]\\s*分别与");
    }

    /** Maximal lists of names whose gaps all match {@code gap}. */
    static List<List<HospitalDirectory.Mention>> runs(
            String text, List<HospitalDirectory.Mention> mentions, Pattern gap) {
        List<List<HospitalDirectory.Mention>> runs = new ArrayList<>();
        List<HospitalDirectory.Mention> current = new ArrayList<>();
        for (HospitalDirectory.Mention m : mentions) {
            if (!current.isEmpty()) {
                HospitalDirectory.Mention last = current.get(current.size() - 1);
                String between = m.start() >= last.end() ? text.substring(last.end(), m.start()) : "";
                if ((between.equals("(") || between.equals("（")) && inBrackets(text, m)) {
                    continue; // "桂林市第二人民医院(桂林旅游综合医院)": the name in brackets is the same hospital's other name
                }
                if (!gap.matcher(between).matches()) {
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

    /** A name that fills a pair of brackets by itself: "(桂林旅游综合医院)". */
    static boolean inBrackets(String text, HospitalDirectory.Mention m) {
        return m.start() > 0
                && m.end() < text.length()
                && "(（".indexOf(text.charAt(m.start() - 1)) >= 0
                && ")）".indexOf(text.charAt(m.end())) >= 0;
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
                || name.startsWith("重庆市")
                || name.startsWith("内蒙古")
                || name.startsWith("新疆")
                || name.startsWith("西藏")
                || name.startsWith("广西")
                || name.startsWith("宁夏")) {
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

    static boolean grassroots(HospitalDirectory.Mention m) {
        return "基层".equals(HospitalNames.categoryOf(m.name()));
    }

    static void addOnce(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }
}
