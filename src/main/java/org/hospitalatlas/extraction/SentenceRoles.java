package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The roles one sentence gives the hospitals it names in a consortium, read from the role words right before or
 * after each list of names ({@link ConsortiumRoleReader} turns them into consortia): leads ("由A为总医院", "A牵头",
 * "以A为输出医院"), members ("B、C为成员单位", "成员单位包括B、C", "…等N家加入", "集团下辖B"), two hospitals that sign
 * or form a consortium (the larger one by {@link BilateralSigning#tier} leads), 托管, branch plaques, names counted
 * "包括…在内". Each list is read by the shapes it forms with the lists around it ({@link ListShapes}), else by its role
 * words ({@link RoleWords}), else as a side of a signing ({@link BilateralSigning}); members are written down by
 * {@link MemberNames}.
 */
final class SentenceRoles {

    record Roles(List<String> leads, List<String> members) {}

    /** A government party beside hospitals ("息烽县人民政府"). */
    static final String GOVERNMENT = "(?:人民政府|政府|卫生健康局|卫健局|卫计局|卫体局|卫生计生局|卫生健康委员会|卫生健康委|卫健委)";

    /** Between two names of one list. */
    static final Pattern LIST_GAP = Pattern.compile("(?:[（(][^）)]{0,16}[）)])?(?:[、，,和及\\s]{0,3}|以及)"
            // "A、罗湖医院集团、B": a hospital's group is an item of the list
            + "|(?:医疗)?集团[、，,]"
            // "A、黑龙江省中医药科学院(祖研)、B": an institute the list names between two hospitals
            + "|、[\\u4e00-\\u9fa5]{4,16}?(?:科学院|研究院|研究所)(?:[（(][^）)]{0,8}[）)])?、"
            // "A、息烽县人民政府、B紧密型医联体签约": a government party between the two hospitals
            + "|、[\\u4e00-\\u9fa5]{2,12}?" + GOVERNMENT + "、"
            // "A、中国人民解放军联勤保障部队第九二一医院": the army's prefix before a name read without it
            + "|[、，,和及]\\s*(?:中国人民解放军|中国人民武装警察部队|解放军|武警)"
            // "A、株洲市肿瘤防治院、B", "A、东湖分院、B": an institution the directory does not know, between two names of the list
            // ("…、北辰区妇儿保健和计划生育技术服务中心、东丽医院、…": up to three of them in a row)
            // (a clause that takes over or signs is no such institution: "，同时接管A卫生院、B卫生院，C医院托管D")
            + "|(?:[、，,]\\s*(?![^、，,。；;]{0,20}?(?:托管|接管|签约|签订|签署|同时|加入|组建|牵头|与))"
            + "[\\u4e00-\\u9fa5]{2,20}?(?:防治院|防治所|防治站|医院|卫生院|保健院|卫生服务中心|技术服务中心|分院|院区|医院集团|医疗集团)){1,3}"
            + "\\s*(?:[、，,]|和|及|以及)");

    private static final Pattern UNKNOWN_FIRST_ITEMS = Pattern.compile(
            "(?<=[：:，,与和及为]|整合|包括|联合)(?:(?!整合|包括|联合)[\\u4e00-\\u9fa5]{2,20}?(?:防治院|防治所|防治站)\\s*[、，,]\\s*)+$");

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
        for (int r = 0; r < runs.size(); ) {
            r += readRun(text, span, s, runs, r, plaque, leads, members);
        }
        if (!leads.isEmpty() && !members.isEmpty()) {
            addCountedWithin(text, span, runs, members);
        }
        if (leads.size() == 1 && members.isEmpty()) {
            EqualPartners.addPartnersOf(text, span, runs, leads.get(0), members);
        }
        members.removeAll(leads);
        if (plaque && leads.isEmpty() && !members.isEmpty()) {
            addLeadOfBranches(mentions, leads, members);
        }
        if (leads.size() == 1 && (s.indexOf('所') >= 0 || s.indexOf('个') >= 0 || s.indexOf('家') >= 0)) {
            MemberNames.addCountedPlaces(s, members);
        }
        return new Roles(leads, members);
    }

    /**
     * The roles of run {@code r}: by a shape it forms with the lists around it, else by its role words, else as a side of
     * a signing, else as grassroots branches a plaque names; how many runs that used (at least this one).
     */
    private static int readRun(
            String text,
            TextSegmenter.Span span,
            String s,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            boolean plaque,
            List<String> leads,
            List<String> members) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        int runEnd = run.get(run.size() - 1).end();
        String after = text.substring(runEnd, Math.min(span.end(), runEnd + 40));
        // "整合湘阴县血吸虫病防治院、B、C": an institution the directory does not know, first in the list
        String before = text.substring(span.start(), run.get(0).start());
        if (before.contains("防治")) {
            before = UNKNOWN_FIRST_ITEMS.matcher(before).replaceFirst(""); // only then: it runs for every list
        }
        int used = ListShapes.read(text, span, runs, r, before, after, leads, members);
        if (used == 0) {
            used = RoleWords.read(text, span, s, runs, r, before, after, leads, members);
        }
        if (used == 0) {
            used = BilateralSigning.read(text, span, runs, r, leads, members);
        }
        if (used == 0) {
            used = BilateralSigning.coBuilds(text, span, runs, r, leads, members);
        }
        if (used == 0) {
            used = PairSigning.pairSigns(text, span, runs, r, leads, members);
        }
        if (used == 0 && r == 0) {
            used = LaterClauseSigning.subjectSignsLater(text, span, runs, leads, members);
        }
        if (used == 0 && plaque && run.stream().anyMatch(SentenceRoles::grassroots)) {
            addMembers(text, run, members);
        }
        return Math.max(used, 1);
    }

    /** "包括A在内的203家…及B等3家…与L签订": the names counted "in" belong to the same members. */
    private static void addCountedWithin(
            String text, TextSegmenter.Span span, List<List<HospitalDirectory.Mention>> runs, List<String> members) {
        for (List<HospitalDirectory.Mention> run : runs) {
            int end = run.get(run.size() - 1).end();
            boolean within = text.startsWith("在内", end)
                    && text.substring(span.start(), run.get(0).start()).endsWith("包括");
            if (within) {
                addMembers(text, run, members);
            }
        }
    }

    /** Branch plaques without a lead: the one other hospital the sentence names, not a grassroots one, leads. */
    private static void addLeadOfBranches(
            List<HospitalDirectory.Mention> mentions, List<String> leads, List<String> members) {
        List<String> others = mentions.stream()
                .map(HospitalDirectory.Mention::name)
                .filter(n -> !members.contains(n) && !"基层".equals(HospitalNames.categoryOf(n)))
                .distinct()
                .toList();
        if (others.size() == 1) {
            leads.add(others.get(0)); // the county hospital whose branches the plaques name
        }
    }

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

    /** A byline in brackets, a purpose and a date before a sentence's first words: "(通讯员 张三)3月2日,", "2017年6月，". */
    private static final Pattern LEAD_IN = Pattern.compile("^\\s*(?:[（(][^）)]{0,20}[）)])?\\s*"
            // "为贯彻落实国家医改政策，": a purpose that opens the sentence
            + "(?:为了?[^，,。；;]{2,24}[，,](?:[^，,。；;与在]{2,16}[，,])?)?\\s*"
            + "(?:(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:上午|下午|晚上|晚)?[，,]?)?");

    /**
     * A name that opens its sentence as its subject: after at most a byline, a date and a short word ("近日"), and no
     * place or partner before it ("在…", "与…").
     */
    static boolean opensSentence(String text, TextSegmenter.Span span, HospitalDirectory.Mention m) {
        return opensWith(text, span, m.start());
    }

    /** Whether what starts at {@code at} opens its sentence (see {@link #opensSentence}). */
    static boolean opensWith(String text, TextSegmenter.Span span, int at) {
        String leadIn = LEAD_IN.matcher(text.substring(span.start(), at)).replaceFirst("");
        return leadIn.length() <= 6 && !leadIn.contains("在") && !leadIn.contains("与");
    }

    static boolean grassroots(HospitalDirectory.Mention m) {
        return "基层".equals(HospitalNames.categoryOf(m.name()));
    }

    static void addOnce(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }
}
