package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;
import static org.hospitalatlas.extraction.SentenceRoles.addOnce;
import static org.hospitalatlas.extraction.SentenceRoles.grassroots;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes that give a list of names its role together with the lists around it ({@link SentenceRoles}): a centre
 * co-built at a host ("由A依托B合作共建的C"), a list that signs or founds a consortium ({@link FoundingLists}), a group composed of
 * its members ("X集团由A、B…组成"), a branch ("B正式成为A托管分院"), one hospital forming a group with others ("以A为主体，
 * 与B、C联合成立…集团", "A联合B、C等组建…集团").
 */
final class ListShapes {

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
            Pattern.compile("(?<name>[\\u4e00-\\u9fa5]{4,30}?(?:医院集团|医疗集团|集团|医共体|医联体|联盟|联合体|协作网)"
                    // "首届联盟由A、B…共同组成", "该联盟由…": the alliance named before, or its first term
                    + "|(?<![\\u4e00-\\u9fa5])(?:首届|该|本|此)(?:联盟|联合体|协作网))"
                    // "X集团正式成立后，由A、B…组成"
                    + "(?:(?:正式)?(?:成立|组建|挂牌)(?:后|以后|之后)?[，,]?)?(?:是)?由$");

    private static final Pattern GROUP_WORD = Pattern.compile("医院集团|医疗集团|集团|医共体|医联体");

    /** The group's name is the hospital's followed by a group word: "成都市青白江区人民医院集团". */
    private static boolean namedAfter(String group, String hospital) {
        int at = group.lastIndexOf(hospital);
        return at >= 0
                && GROUP_WORD.matcher(group.substring(at + hospital.length())).matches();
    }

    private static final Pattern ALLIANCE = Pattern.compile("(?:联盟|联合体|协作网)$");

    /** "…组成，A为牵头医院": the sentence goes on to name the lead. */
    private static final Pattern LEAD_NAMED_LATER =
            Pattern.compile("^[^。；;]*?[，,][^，,。；;]{2,30}?(?:为|作为|担任)(?:牵头医院|牵头单位|龙头医院|总医院|核心医院)");

    private static final Pattern COMPOSED_OF =
            Pattern.compile("^\\s*(?:等)?(?:[0-9一二三四五六七八九十两]+[家个所])?[^，,。；;]{0,8}?(?:共同|联合)?(?:组成|构成|组建而成)");
    /** A clause that opens with 由 after a comma: "…，由B、C…组成". */
    private static final Pattern LATER_CLAUSE_BY = Pattern.compile("[，,]\\s*(?:并|共|再)?由$");
    /** What it composes: nothing more in its clause, or a consortium ("…组成的医共体"; not "…专家组成的评审组"). */
    private static final Pattern COMPOSES_CONSORTIUM =
            Pattern.compile("^(?:\\s*$|\\s*[，,。；;]|的[^，,。；;]{0,10}?(?:联盟|医联体|医共体|集团|协作网|共同体|联合体))");

    /** "B正式成为A托管分院": B is a branch or member of the hospital named right after 成为. */
    private static final Pattern BECOMES = Pattern.compile("^\\s*(?:将|正式|已|也|还)*(?:成为|是|为)$");

    private static final Pattern BRANCH_AFTER_PARENT = Pattern.compile("^(?:的)?(?:托管|紧密型|直属)?(?:分院|成员单位|成员医院)"
            // "B将成为A医疗业务合作医院"
            + "|^(?:的)?[\\u4e00-\\u9fa5]{0,6}?(?:合作|协作)医院");

    /** "由A依托B合作共建的C": A builds C at its host B; C is A's member. */
    private static final Pattern ON_HOST = Pattern.compile("^\\s*依托(?:于)?$");

    private static final Pattern CO_BUILT = Pattern.compile("^\\s*(?:合作|共同|联合)?(?:共建|建设|兴建|组建|建成)(?:的)?$");

    /** "县人民医院、西城中心卫生院紧密型医共体签约仪式": the list itself signs a consortium. */
    private static final Pattern LIST_SIGNS =
            Pattern.compile("^[^，,。；;]{0,8}?(?:医联体|医共体|医疗集团|联合体)[^，,。；;]{0,6}?(?:签约|揭牌|挂牌|协议)");

    /** Between the lead's role and the other side's first hospital: place names, counts, no clause break. */
    private static final Pattern SAME_CLAUSE = Pattern.compile("[^，,。；;：:]{0,24}");

    private ListShapes() {}

    /**
     * The shapes that give a list its role together with the lists around it ("由A依托B合作共建的C", "以A为主体，与B、C联合成立
     * …集团", "X集团由A、B…组成"…), tried in order; how many runs the one that matched used, or 0.
     */
    static int read(
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
                used = FoundingLists.countedAsForming(runs, r, after, leads);
            }
            if (used == 0) {
                used = FoundingLists.signsCharter(run, after, leads);
            }
        }
        if (used == 0 && before.endsWith("由")) {
            used = composedGroup(text, run, before, after, leads, members);
        }
        if (used == 0 && !leads.isEmpty() && LATER_CLAUSE_BY.matcher(before).find() && composesConsortium(after)) {
            // "该联盟以A为牵头单位，由B、C等26家联盟单位共同组成": the lead named first, the next clause lists what its
            // consortium is made of
            addMembers(text, run, members);
            used = 1;
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

    private static boolean composesConsortium(String after) {
        Matcher composed = COMPOSED_OF.matcher(after);
        return composed.find()
                && COMPOSES_CONSORTIUM.matcher(after.substring(composed.end())).find();
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
        if (named.isEmpty()
                && (ALLIANCE.matcher(group).find()
                        || LEAD_NAMED_LATER.matcher(after).find())) {
            // "X集团由A、B、C共同组成，A为牵头医院", "X联盟由A、B共同组成": all are its members; the role words name the
            // lead, if any (a group whose lead no word names has none to guess)
            addMembers(text, run, members);
            return 1;
        }
        if (named.isEmpty() && run.size() >= 2 && !group.contains("医院") && firstRanksHighest(run)) {
            // "X医疗集团由A、B、C组成": the one listed first, of no lower tier than the rest, leads them (a group named
            // after a hospital or its campus is that one's, "…东院区集团")
            named = List.of(run.get(0));
        }
        return ledByTheOne(text, run, named, leads, members);
    }

    /** The first of a list is no township's or community's, and no other item is of a higher tier. */
    private static boolean firstRanksHighest(List<HospitalDirectory.Mention> run) {
        int first = BilateralSigning.tier(run.get(0).name());
        return !grassroots(run.get(0)) && run.stream().skip(1).allMatch(m -> BilateralSigning.tier(m.name()) <= first);
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
}
