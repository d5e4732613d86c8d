package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;
import static org.hospitalatlas.extraction.SentenceRoles.addOnce;
import static org.hospitalatlas.extraction.SentenceRoles.grassroots;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two sides of a signing joined by 与 or 同 ("A与B、C、D举行医联体签约仪式", "B、C分别与A签署…协议"): which side leads, by
 * the words after the other side's list and by how large a hospital its name says it is ({@link #tier}).
 */
final class BilateralSigning {

    /** "B与A签订了联盟协议", "签订了加入医疗集团的协议": the names before 与 join the one after it. */
    static final Pattern SIGNS_WITH = Pattern.compile("^\\s*(?:在[^，,。；;]{1,16}?)?(?:正式)?(?:签订|签署|签约)");

    static final Pattern SIGNS_FOR = Pattern.compile("加入|联盟|医联体|医共体|集团|协作|协同体|联合体|合作体|区域医疗中心|对口支援|对口帮扶");
    /**
     * "A与B建立紧密型医联体", "…签署医联体协议", "…举行医联体签约仪式", "…结为医共体": two hospitals form a consortium;
     * the larger one (see {@link #tier}) leads.
     */
    static final Pattern BILATERAL = Pattern.compile(
            // "…在乌鲁木齐正式签署《关于深化援疆帮扶建立紧密型医联体合作协议》": the agreement's title names the consortium
            "^[^，,。；;]{0,12}?(?:签署|签订|签约)(?:了)?[《“\"][^》”\"]{0,40}?(?:医联体|医共体|医疗集团|专科联盟|联盟|联合体|托管|对口支援|对口帮扶)[^》”\"]{0,20}[》”\"]"
                    + "|^(?:[（(][^）)]{0,30}[）)])?(?:在[^，,。；;]{1,16}?)?(?:于[^，,。；;]{1,10}?)?[^，,。；;]{0,6}?"
                    + "(?:建立|组建|构建|组成|成立|设立|共建|签署|签订|签约|举行|结为|结成|开展)(?:了)?"
                    // "…于4月中旬正式签约建立省际合作医院": partner hospitals
                    + "[^，,。；;]{0,12}?(?:医联体|医共体|医疗集团|专科联盟|联盟|协作网|协同体|协作体|合作体|联合体|区域医疗中心|托管|合作办医|协作单位|合作医院|协作医院|对口支援|对口帮扶"
                    // "A与B建立协作关系", "…结成帮扶关系": a standing tie of support
                    + "|协作(?:医疗)?关系|帮扶关系|结对关系)"
                    // "B与A正式成为协作单位", "…结成友好合作医院": the two become partners
                    + "|^[^，,。；;]{0,6}?(?:正式|共同)?(?:成为|结成|结为)(?:了)?(?:友好)?(?:协作|合作|帮扶)(?:单位|医院)"
                    // "A与B签订帮扶协议", "…签署了技术协作协议": an agreement of support between the two
                    + "|^[^，,。；;]{0,12}?(?:签署|签订|签约)(?:了)?[^，,。；;]{0,10}?(?:帮扶|协作|帮带|友好医院|战略|全面)(?:合作)?协议"
                    // "A与B签订了普通外科学科省县共建合同书", "…签订学科共建协议": a discipline built up together
                    + "|^[^，,。；;]{0,12}?(?:签署|签订|签约)(?:了)?[^，,。；;]{0,12}?(?:学科|专科)[^，,。；;]{0,4}?共建(?:合同|协议)"
                    // "A与B签署合作协议", "…签署医疗合作框架协议": a cooperation no qualifier narrows (not 临床研究合作协议)
                    + "|^[^，,。；;]{0,12}?(?:签署|签订|签约)(?:了)?(?:医疗)?合作(?:框架)?协议"
                    // "A与B近日正式对口帮扶协作": counterpart support between the two
                    + "|^[^，,。；;]{0,8}?对口(?:帮扶|支援)(?:协作|合作|关系)"
                    // "…与B医联体建设签约揭牌仪式", "…党建联建暨医联体协作指导签约仪式", "…与B合作办医正式签约"
                    + "|^(?:在[^，,。；;]{1,16}?举行)?[^，,。；;]{0,8}?(?:医联体|医共体|医疗集团|专科联盟|联盟|联合体|托管|合作办医|协作医院|协作(?=签约)|合作(?=签约))[^，,。；;]{0,10}?(?:签约|揭牌|授牌|挂牌|协议|合作|共建)"
                    // "…与B正式签署定点协作业务合作协议，成为医疗联合体单位"
                    + "|^[^。；;]{0,24}?(?:签署|签订|签约)[^。；;]{0,16}?协议[，,]\\s*(?:正式|共同)?(?:成为|结为|组成)[^，,。；;]{0,8}?"
                    + "(?:医联体|联合体|医共体|集团|联盟)");

    /**
     * The words after a list of names, without the count that closes it ("…与B、C等全县12家乡镇卫生院签订了医共体协议书"),
     * up to 60 characters of its sentence.
     */
    static String afterList(String text, TextSegmenter.Span span, List<HospitalDirectory.Mention> list) {
        int end = list.get(list.size() - 1).end();
        String after = CLOSING_COUNT
                .matcher(text.substring(end, Math.min(span.end(), end + 100)))
                .replaceFirst("");
        // "…等七家医疗机构，根据《…实施方案》的有关规定，签署了…协议": the rule they sign by stands between
        after = BY_RULE.matcher(after).replaceFirst("");
        // "A与B携手合作，正式设立…医联体": the two join hands, then say what they set up
        after = HAND_IN_HAND.matcher(after).replaceFirst("");
        return after.substring(0, Math.min(after.length(), 60));
    }

    private static final Pattern HAND_IN_HAND = Pattern.compile("^\\s*(?:携手|联手)(?:合作)?[，,]\\s*");

    /** "，根据《…》的有关规定，", "，按照…要求，": an adverbial of the rule followed, set off by commas. */
    private static final Pattern BY_RULE =
            Pattern.compile("^[，,]\\s*(?:根据|按照|依据|依照)[^，,。；;]{2,40}?(?:规定|要求|精神|部署|安排)[，,]\\s*");

    private static final Pattern CLOSING_COUNT = Pattern.compile(
            "^等[^，,。；;]{0,6}?[0-9一二三四五六七八九十两]+\\s*(?:家|所|个)" + "(?:[^，,。；;]{0,8}?(?:卫生院|医院|医疗机构|卫生服务中心|卫生室|单位))?");

    private BilateralSigning() {}

    /**
     * The roles of run {@code r} and the next list when the run ends with 与 right before it: 2 when one side leads the
     * other, 1 when no lead is read, 0 when the run is no side of a signing.
     */
    static int read(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            List<String> leads,
            List<String> members) {
        if (r + 1 >= runs.size()) {
            return 0;
        }
        List<HospitalDirectory.Mention> run = runs.get(r);
        List<HospitalDirectory.Mention> nextRun = runs.get(r + 1);
        HospitalDirectory.Mention next = nextRun.get(0);
        int runEnd = run.get(run.size() - 1).end();
        if (!(isWith(text, runEnd, next) || signersJoined(text, span, runEnd, next))
                || RespectivePairs.pairListGoesOn(text, runs, r)) {
            return 0;
        }
        // "A与B、C、D举行医联体签约仪式": the words after the other side's whole list
        String afterNext = afterList(text, span, nextRun);
        boolean signs = SIGNS_WITH.matcher(afterNext).find()
                && SIGNS_FOR.matcher(afterNext).find();
        boolean agreement = signs || BILATERAL.matcher(afterNext).find();
        boolean each = text.substring(runEnd, next.start()).contains("分别与");
        if (agreement && otherSideLeads(run, nextRun, each)) {
            addMembers(text, run, members);
            addOnce(leads, next.name());
            return 2;
        }
        if (agreement && runLeads(run, nextRun)) {
            addOnce(leads, run.get(0).name());
            addMembers(text, nextRun, members);
            return 2;
        }
        if (signs
                && text.substring(next.end(), Math.min(span.end(), next.end() + 40))
                        .contains("加入")) {
            addMembers(text, run, members); // "B与A签订了加入医疗集团的协议": A's group
            addOnce(leads, next.name());
            return 2;
        }
        return 1;
    }

    /** "与A举行合作共建B签约仪式": A, with a partner that is no hospital (a city's government), builds B up. */
    private static final Pattern CO_BUILDS = Pattern.compile("^(?:举行|签署|签订|签约)?(?:了)?(?:合作共建|托管共建)$");

    /**
     * "市政府与浙江省肿瘤医院举行合作共建亳州市肿瘤医院签约仪式": the larger hospital after 与 builds up the one named after
     * 共建, which joins it. The runs used, or 0.
     */
    static int coBuilds(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            List<String> leads,
            List<String> members) {
        if (r + 1 >= runs.size() || runs.get(r).size() != 1 || runs.get(r + 1).size() != 1) {
            return 0;
        }
        HospitalDirectory.Mention builder = runs.get(r).get(0);
        HospitalDirectory.Mention built = runs.get(r + 1).get(0);
        boolean withPartner = builder.start() > span.start() && text.charAt(builder.start() - 1) == '与';
        if (!withPartner
                || !CO_BUILDS
                        .matcher(text.substring(builder.end(), built.start()))
                        .matches()
                || tier(builder.name()) <= tier(built.name())) {
            return 0;
        }
        addOnce(leads, builder.name());
        addOnce(members, built.name());
        return 2;
    }

    /** The one hospital of the other side leads the run: it is larger, or each of the run signs with it. */
    private static boolean otherSideLeads(
            List<HospitalDirectory.Mention> run, List<HospitalDirectory.Mention> nextRun, boolean each) {
        // "B、C分别与A签署…协议": A is the party each of them signs with
        // "B与兰大二院签订了联盟协议", "木垒县总医院与新医大五附院…": the larger hospital leads
        // "玉溪市儿童医院与昆明市儿童医院签订…": of two cities' hospitals, the one in the provincial capital
        return nextRun.size() == 1
                && (tier(nextRun.get(0).name()) > maxTier(run)
                        || each
                        || (run.size() == 1
                                && PairSides.capitalLeads(
                                        nextRun.get(0).name(), run.get(0).name())));
    }

    /** The run's one hospital leads the other side: the hub of several, or larger than all of them. */
    private static boolean runLeads(List<HospitalDirectory.Mention> run, List<HospitalDirectory.Mention> nextRun) {
        if (run.size() != 1) {
            return false;
        }
        int runTier = maxTier(run);
        // "A与B、C、D举行医联体签约仪式": the one hospital that signs with several is their hub
        boolean hub = nextRun.size() >= 2
                && runTier
                        >= nextRun.stream().mapToInt(m -> tier(m.name())).min().orElse(0)
                && !grassroots(run.get(0));
        // "吉林大学第二医院与延边朝医医院签署医联体协议", "襄城县人民医院与范湖乡卫生院结为医共体"
        return hub
                || runTier > maxTier(nextRun)
                || (nextRun.size() == 1
                        && PairSides.capitalLeads(
                                run.get(0).name(), nextRun.get(0).name()));
    }

    private static int maxTier(List<HospitalDirectory.Mention> run) {
        return run.stream().mapToInt(m -> tier(m.name())).max().orElse(0);
    }

    /** "B与A签订": the run ends with 与 right before the next name (in the same clause). */
    /** "A院长张三同志和B院长李四同志签署…": 和 between the two sides' signers, who sign (not witness) right after. */
    private static final Pattern SIGNERS_AND = Pattern.compile("[^，,。；;和]{0,10}?(?:院长|书记|主任)[^，,。；;和]{1,6}?和");

    private static final Pattern SIGNER_SIGNS =
            Pattern.compile("^(?:(?!见证|出席|参加|陪同)[^，,。；;]){0,12}?(?:共同|正式|代表双方)?(?:签署|签订|签约)");

    private static boolean signersJoined(
            String text, TextSegmenter.Span span, int runEnd, HospitalDirectory.Mention next) {
        return SIGNERS_AND.matcher(text.substring(runEnd, next.start())).matches()
                && SIGNER_SIGNS
                        .matcher(text.substring(next.end(), Math.min(span.end(), next.end() + 30)))
                        .find();
    }

    static boolean isWith(String text, int runEnd, HospitalDirectory.Mention next) {
        String gap = text.substring(runEnd, next.start());
        // "A党委书记张远珍同B院长王义相进行医联体签约": 同 joins the two sides as 与 does
        return gap.matches("[^，,。；;]{0,12}?(?:分别|共同|一起)?[与同]" + GOVERNMENT_BESIDE + "?") || gap.matches("[，,]\\s*分别与");
    }

    /** "A与平度市卫生计生局、B签署…": the government or its health office that signs beside the hospital. */
    private static final String GOVERNMENT_BESIDE =
            "(?:[^，,。；;、与]{2,16}?(?:" + SentenceRoles.GOVERNMENT + "|管委会|卫生局|医保局)\\s*、)";

    /**
     * How large a hospital its name says it is: a university's (4), a province's (3), a city's (2), a county's or
     * district's (1), a township's or community's (0). Two of the same tier: no lead is read.
     */
    static int tier(String name) {
        if (UNIVERSITY.matcher(name).find()) {
            return 4;
        }
        if (MUNICIPAL_DISTRICT.matcher(name).find()) {
            return 1; // 北京市朝阳区人民医院: a district's hospital ranks with a county's
        }
        String withoutProvince = withoutProvincePrefix(name);
        if (withoutProvince != null) {
            return tier(withoutProvince); // 山西省寿阳县人民医院: the county's hospital, written with its province
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
            return countyLevelCity(name) ? 1 : 2; // 都江堰市人民医院, 即墨市市南医院: a county-level city's
        }
        return 1;
    }

    private static final Pattern PROVINCE_PREFIX =
            Pattern.compile("^(?:[\\u4e00-\\u9fa5]{2,3}省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区)");

    /** The name without a leading province when a prefecture's or county's full name follows it; else null. */
    private static String withoutProvincePrefix(String name) {
        Matcher province = PROVINCE_PREFIX.matcher(name);
        if (!province.find()) {
            return null;
        }
        String rest = name.substring(province.end());
        List<AdministrativeDivisions.Match> places =
                AdministrativeDivisions.load().findAll(rest);
        if (places.isEmpty() || places.get(0).start() != 0) {
            return null;
        }
        Division place = places.get(0).division();
        boolean full = rest.startsWith(place.name());
        return full && place.level() != Division.Level.PROVINCE ? rest : null;
    }

    private static final Pattern CITY_PREFIX = Pattern.compile("^([^县区旗市]{2,5})市");

    /** A name that opens with a county-level city (都江堰市, 即墨市, now a district), not a prefecture's city. */
    private static boolean countyLevelCity(String name) {
        Matcher city = CITY_PREFIX.matcher(name);
        if (!city.find()) {
            return false;
        }
        List<Division> divisions = AdministrativeDivisions.load().byName(city.group(1));
        return !divisions.isEmpty() && divisions.stream().allMatch(d -> d.level() == Division.Level.COUNTY);
    }

    /** National hospitals by their owner: universities, and the army's and armed police's general hospitals. */
    private static final Pattern UNIVERSITY = Pattern.compile("大学|医学院|医科|医大|附院|附属|"
            + ShortAndNumberedNames.UNIVERSITY_ORDINAL + "|解放军|武警|联勤保障部队|军区[\\u4e00-\\u9fa5]{0,4}总医院");

    private static final Pattern MUNICIPAL_DISTRICT =
            Pattern.compile("^(?:北京|上海|天津|重庆)市?[\\u4e00-\\u9fa5]{1,5}?(?:区|县)[\\u4e00-\\u9fa5]*医院$");
}
