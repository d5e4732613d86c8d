package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;
import static org.hospitalatlas.extraction.SentenceRoles.addOnce;
import static org.hospitalatlas.extraction.SentenceRoles.grassroots;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Two sides of a signing joined by 与 or 同 ("A与B、C、D举行医联体签约仪式", "B、C分别与A签署…协议"): which side leads, by
 * the words after the other side's list and by how large a hospital its name says it is ({@link #tier}).
 */
final class BilateralSigning {

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
        if (!isWith(text, runEnd, next)) {
            return 0;
        }
        // "A与B、C、D举行医联体签约仪式": the words after the other side's whole list
        int nextRunEnd = nextRun.get(nextRun.size() - 1).end();
        String afterNext = text.substring(nextRunEnd, Math.min(span.end(), nextRunEnd + 40));
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

    /** The one hospital of the other side leads the run: it is larger, or each of the run signs with it. */
    private static boolean otherSideLeads(
            List<HospitalDirectory.Mention> run, List<HospitalDirectory.Mention> nextRun, boolean each) {
        // "B、C分别与A签署…协议": A is the party each of them signs with
        // "B与兰大二院签订了联盟协议", "木垒县总医院与新医大五附院…": the larger hospital leads
        return nextRun.size() == 1 && (tier(nextRun.get(0).name()) > maxTier(run) || each);
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
        return hub || runTier > maxTier(nextRun);
    }

    private static int maxTier(List<HospitalDirectory.Mention> run) {
        return run.stream().mapToInt(m -> tier(m.name())).max().orElse(0);
    }

    /** "B与A签订": the run ends with 与 right before the next name (in the same clause). */
    static boolean isWith(String text, int runEnd, HospitalDirectory.Mention next) {
        String gap = text.substring(runEnd, next.start());
        // "A党委书记张远珍同B院长王义相进行医联体签约": 同 joins the two sides as 与 does
        return gap.matches("[^，,。；;]{0,12}?(?:分别|共同|一起)?[与同]") || gap.matches("[，,]\\s*分别与");
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
}
