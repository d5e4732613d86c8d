package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;
import static org.hospitalatlas.extraction.SentenceRoles.addOnce;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The role words right before or after one list of names ({@link SentenceRoles}): leads ("由A为总医院", "A牵头",
 * "以A为输出医院"), members ("B、C为成员单位", "成员单位包括B、C", "…等N家加入", "集团下辖B"), and 托管 given or taken
 * ("将B整体托管给C", "A全面托管B、C").
 */
final class RoleWords {

    /** "…共同牵头", "…共同担任盟主": leads together with the names joined to them by 与. */
    private static final Pattern JOINTLY = Pattern.compile("^\\s*(?:共同|联合)");

    private static final Pattern JOINED = Pattern.compile("\\s*[与和同及]\\s*");

    /** After a (list of) name(s): they lead. */
    private static final Pattern LEAD_AFTER = Pattern.compile("^[”\"）)]?\\s*(?:共同|联合)?(?:为|作为|担任|是)?\\s*(?:主体)?\\s*"
            // "作为联盟的龙头单位", "作为医共体牵头医院"
            + "(?:(?:该|本)?(?:专科联盟|联盟|医共体|医联体|医疗集团|集团)的?)?"
            // "以A、B、C为主导", "A主导的…协作网": the hospitals that lead it
            // "以A为联盟领导机构"
            + "(?:总医院|牵头医院|牵头单位|龙头医院|龙头|领导机构|核心医院|核心单位|核心(?=[，,])|总院|理事长单位|主任委员单位|主任单位|主导|盟主单位|盟主|输出医院"
            // "作为管理和技术输出医院"
            + "|(?:管理|技术|管理和技术|技术和管理|品牌|人才)输出医院|(?:医疗技术|技术|医疗)?输出单位)"
            // "由A、B、C三家医院于2019年牵头发起": a count and a date may come between the names and 牵头
            + "|^\\s*(?:[（(][^）)]{0,12}[）)])?\\s*(?:等?[0-9一二两三四五六七八九十]+[家所][^，,。；;]{0,6}?)?"
            + "(?:于[^，,。；;]{0,12}?)?\\s*(?:作为)?"
            // "由四川省人民医院急诊中心牵头搭建": one of its departments leads for the hospital
            + "(?:[\\u4e00-\\u9fa5]{1,6}?(?:科|中心|部))?(?:主要|共同|联合)?(?:倡议(?:发起)?|牵头|(?:组织)?发起)");
    /** "…依托医院，该项目引入A优质医疗资源": the hospital whose resources a project brings in leads it. */
    private static final Pattern BRINGS_IN_BEFORE = Pattern.compile("(?:引入|引进|导入)$");

    private static final Pattern BRINGS_IN_AFTER = Pattern.compile("^(?:的)?(?:优质)?(?:医疗)?(?:资源|技术|品牌)");

    /** "与A建立医联体的首批机构": the units that form a consortium with A, which leads it. */
    private static final Pattern FORMED_WITH_AFTER =
            Pattern.compile("(?:建立|组建|结成|组成|共建)(?:了)?[^，,。；;]{0,8}?(?:医联体|医共体|联盟|医疗集团|联合体)的");

    /** "医共体牵头医院县人民医院", "联盟牵头单位为A" (not a project's "牵头单位为A"): the lead's role written right before its name. */
    private static final Pattern LEAD_BEFORE = Pattern.compile(
            // "X联盟成立，其主任单位为A、B、C": 其 stands for the consortium just named
            "(?:(?:医共体|医联体|集团|联盟)(?:的)?|其)"
                    + "(?:牵头医院|牵头单位|龙头医院|龙头单位|总医院|理事长单位|主任单位|主任委员单位|盟主单位)\\s*(?:[：:]|为|是|系)?\\s*$");

    /** The batch members joined in, before or after their count: "首批", "第二批". */
    private static final String BATCH = "(?:首批|第[一二三四五六七八九十]批)";

    /** After a (list of) name(s): they are members. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            // "还包含A、B、C等成员单位": the role word right after the list's 等
            // ("…等首批成员单位", "…等12家首批成员单位": the batch they joined in)
            "^\\s*等" + BATCH + "?(?:[0-9一二三四五六七八九十两]+(?:余)?家|多家|数家)?" + BATCH + "?"
                    + "(?:医共体|医联体|集团|联盟)?(?:成员单位|成员医院|(?:副)?主席单位|(?:副)?理事长单位|常务理事单位)"
                    // "B神经内科及20家医院为联盟成员单位": a department may stand for its hospital
                    + "|^(?:[（(][^）)]{1,16}[）)]|[”\"）)]|[\\u4e00-\\u9fa5]{1,5}?科(?=[、，,和及与]))?(?:[、，,和及与]\\s*(?:各|全部|所有|其他|其余|辖区|全县|全市|部分)?[^，,。；;]{0,20}?(?:卫生院|医院|医疗机构|卫生服务中心|卫生室|单位"
                    // "…和江苏省卫生健康发展研究中心成为首批联盟单位": a unit that is no hospital ends the list
                    + "|中心|研究院|研究所|科学院|大学|学院|学会|协会))?"
                    + "\\s*(?:等[^，,。；;为]{0,14})?\\s*(?:为|作为|是|均为|成为|当选为|当选|担任)\\s*(?:其|该)?(?:医院集团|医疗集团|医共体|医联体|集团|专科联盟|联盟)?"
                    // "经X联盟理事会表决，B当选第二届理事会常务理事单位"
                    + "(?:第[一二三四五六七八九十0-9]{1,3}届)?(?:理事会)?(?:首批|第一批|首家|新)?(?:[区县乡镇市省]级|基层|县域|城区|乡镇|紧密型|本地|当地)?"
                    // "B是湖北省区域医疗中心依托医院": the centre it hosts named before the role
                    + "(?:[\\u4e00-\\u9fa5]{0,10}?区域医疗中心(?:的)?)?(?:(?:理事)?成员单位|成员医院|成员|分院|基础骨干|骨干单位|联盟单位|依托医院|依托单位|依托|输入医院|项目医院"
                    // "A、B等30家三甲医院为副理事长单位": a seat on the alliance's council
                    + "|副理事长单位|常务理事单位|理事单位|会员单位|(?:副)?主席单位)");

    /** "…由A作为输出医院，并依托当地的B合作共建": the host hospital of a regional centre is its member. */
    private static final Pattern HOSTED_BY = Pattern.compile("依托(?:于)?[^，,。；;、]{0,14}$");

    private static final Pattern HOSTING = Pattern.compile("输出医院|区域医疗中心");

    private RoleWords() {}

    /**
     * The role the words around run {@code r} give it, tried in order: lead or member words, a take-over, joining; how
     * many runs the words used (the run, or the run and the next one), or 0 when none stands there.
     */
    static int read(
            String text,
            TextSegmenter.Span span,
            String s,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            String before,
            String after,
            List<String> leads,
            List<String> members) {
        int used = leadsOrMembers(text, s, runs.get(r), before, after, leads, members);
        if (used == 1
                && r > 0
                && JOINTLY.matcher(after).lookingAt()
                && leads.contains(runs.get(r).get(0).name())) {
            // "由A与B共同担任盟主", "X联盟由A与B共同牵头成立": the names before 与 lead jointly with the run
            List<HospitalDirectory.Mention> previous = runs.get(r - 1);
            HospitalDirectory.Mention last = previous.get(previous.size() - 1);
            if (JOINED.matcher(text.substring(last.end(), runs.get(r).get(0).start()))
                    .matches()) {
                previous.forEach(m -> addOnce(leads, m.name()));
            }
        }
        if (used == 1
                && r + 1 < runs.size()
                && leads.contains(runs.get(r).get(0).name())) {
            used += partnersOfLead(text, span, runs, r, members);
        }
        if (used == 0) {
            used = joinsHandsToForm(text, span, runs, r, before, after, leads, members);
        }
        if (used == 0) {
            used = TakeOverWords.takeOver(text, span, runs, r, before, leads, members);
        }
        if (used == 0) {
            used = JoiningWords.joins(text, span, runs, r, after, leads, members);
        }
        return used;
    }

    /** "由A为总医院", "A牵头", "B、C为成员单位", "成员单位包括B、C", "依托B" of a regional centre: 1, or 0. */
    private static int leadsOrMembers(
            String text,
            String s,
            List<HospitalDirectory.Mention> run,
            String before,
            String after,
            List<String> leads,
            List<String> members) {
        if (LEAD_AFTER.matcher(after).find()
                || LEAD_BEFORE.matcher(before).find()
                || (before.endsWith("与") && FORMED_WITH_AFTER.matcher(after).lookingAt())
                || (BRINGS_IN_BEFORE.matcher(before).find()
                        && BRINGS_IN_AFTER.matcher(after).find())) {
            run.forEach(m -> addOnce(leads, m.name()));
            return 1;
        }
        if (MEMBERS_AFTER.matcher(after).find()
                || MemberListOpeners.MEMBERS_BEFORE.matcher(before).find()
                || (HOSTED_BY.matcher(before).find() && HOSTING.matcher(s).find())) {
            addMembers(text, run, members);
            return 1;
        }
        return 0;
    }

    /**
     * "A医共体总院与B、C授牌仪式", "A（牵头医院）与B、C签约": the list joined by 与 to a lead its role words name, with no
     * role words of its own, is its members. 1 when read, else 0.
     */
    private static int partnersOfLead(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            List<String> members) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        List<HospitalDirectory.Mention> next = runs.get(r + 1);
        int nextEnd = next.get(next.size() - 1).end();
        String afterNext = text.substring(nextEnd, Math.min(span.end(), nextEnd + 40));
        if (!BilateralSigning.isWith(text, run.get(run.size() - 1).end(), next.get(0))
                || LEAD_AFTER.matcher(afterNext).find()
                || MEMBERS_AFTER.matcher(afterNext).find()
                || !PARTNERS_EVENT.matcher(afterNext).lookingAt()) {
            return 0;
        }
        addMembers(text, next, members);
        return 1;
    }

    /** What the lead and its partners do together: sign, hang or give plaques, form the consortium. */
    private static final Pattern PARTNERS_EVENT =
            Pattern.compile("^\\s*(?:等[^，,。；;]{0,10}?)?(?:举行|正式|共同|在[^，,。；;]{1,12}?)?(?:签约|签订|签署|揭牌|授牌|挂牌|组建|结成|建立)");

    private static final Pattern HAND_IN_HAND_BEFORE = Pattern.compile("(?:携手|联合)$");
    private static final Pattern FORMS_AFTER =
            Pattern.compile("^(?:等[^，,。；;]{0,10}?)?[，,]?\\s*(?:共同)?(?:牵头)?(?:发起)?(?:成立|组建)");

    /**
     * "A普外科…携手B、C、D，牵头成立“X专科联盟”": the sentence's subject forms a consortium with the hospitals it joins
     * hands with, and leads it. 1 when read, else 0.
     */
    private static int joinsHandsToForm(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            String before,
            String after,
            List<String> leads,
            List<String> members) {
        if (r == 0
                || runs.get(0).size() != 1
                || !HAND_IN_HAND_BEFORE.matcher(before).find()
                || !FORMS_AFTER.matcher(after).find()
                || !SentenceRoles.opensSentence(text, span, runs.get(0).get(0))) {
            return 0;
        }
        addOnce(leads, runs.get(0).get(0).name());
        addMembers(text, runs.get(r), members);
        return 1;
    }
}
