package org.hospitalatlas.extraction;

import java.util.regex.Pattern;

/** The words that open a list of members ({@link RoleWords}): "成员单位包括", "集团下辖", "以A为核心，与", "该集团共包含…有". */
final class MemberListOpeners {

    private MemberListOpeners() {}

    /** Before a list of names: what follows are members. */
    static final Pattern MEMBERS_BEFORE = Pattern.compile("(?:集团|医共体|联盟|医联体)(?:下辖|下设|旗下有)[：:]?\\s*$"
            // "A作为医疗技术输出单位，通过派驻专家帮扶B": the output hospital's help goes to its member
            + "|输出(?:单位|医院)[，,][^。；;]{0,16}?(?:帮扶|支援|托管)$"
            // "医共体成员单位县中医医院": the role written right before the name
            + "|(?:医共体|医联体|联合体|集团|联盟)(?:的)?成员单位[：:]?$"
            // "X医疗集团新增成员单位：B、C", "X集团中增加了B", "X集团再添新成员，B加盟": the group takes members in
            + "|(?:医共体|医联体|联合体|集团|联盟)(?:中|内|的)?(?:新增|增加|增添|吸纳|接纳|再添|新添)(?:了)?(?:新)?(?:成员单位|成员)?[：:，,]?\\s*$"
            // "由A牵头，并联合B、C、D…共同创建…联盟"
            // "A牵头，与B组建医联体": the partner of a lead the sentence names, whatever their tiers
            + "|牵头[^。；;]{0,4}?[，,]\\s*(?:并|同时)?(?:联合|整合|与)$"
            // "…的理事长单位为A，副理事长单位为B、C": the council's other seats, named after its chair
            + "|(?:理事长|主任委员|主任)单位(?:为|是)[^。；;]{2,40}?[，,；;]\\s*(?:副理事长|常务理事|副主任委员|副主任)单位(?:为|是|有|包括)[：:]?\\s*$"
            // "16家医院也正式加入联盟,分别是：A、B、C"
            + "|加入[^，,。；;]{0,10}?(?:联盟|集团|医联体|医共体)[，,]\\s*(?:分别是|分别为|包括|有)[：:]?\\s*$"
            // "该集团包括B、C", "该集团共包含15家医院，除A外，有B、C": the group's own word, then the list
            + "|(?:该|本|此)(?:医疗集团|集团|医共体|医联体|联盟|联合体)(?:共|现|目前)?(?:包括|包含|涵盖)[：:]?$"
            + "|(?:集团|医共体|医联体|联盟|联合体)(?:共|现|目前)?(?:包括|包含|涵盖|由)[^，,。；;]{0,12}?(?:医院|单位|机构)(?:组成)?[，,]\\s*"
            + "(?:其中[，,]?)?(?:除[^，,。；;]{2,30}?(?:外|以外)[，,]?)?\\s*(?:还)?(?:有|包括)[：:]?$"
            // "以A为核心，与B、C和D形成紧密型医疗集团": the core's partners
            + "|为(?:核心|龙头)(?:单位|医院)?[，,]\\s*(?:与|联合|整合|带动)$"
            // "与A建立医联体的首批机构包括，B、C": the units that form it with A
            + "|(?:医联体|医共体|联盟|医疗集团|联合体)的(?:首批|第一批)?(?:成员)?(?:机构|单位|医院)(?:包括|有|为)[，,：:]?\\s*$"
            // "有26家联盟单位加入，分别包含：A、B": the units that joined, counted, then the list
            + "|[0-9一二三四五六七八九十两]+\\s*(?:余|多)?[家所个][^，,。；;]{0,12}?(?:单位|医院|机构)(?:先后|陆续|正式)?加入[，,]\\s*"
            + "(?:分别包含|分别是|分别为|包括|包含|有)[：:]?\\s*$"
            // "18家生殖医学专科联盟医院分别是,A、B": the consortium's hospitals or units, then the list
            + "|(?:成员单位|成员医院|成员|分院|(?:联盟|医联体|医共体|集团|协作|合作|签约)(?:医院|单位))"
            // "发起成员单位共5家，包括：A、B": the count may stand between the role and the list
            + "(?:共[0-9一二三四五六七八九十两]+[家个所][，,]?)?"
            + "(?:包括|涵盖|有|为|是|分别为|分别是)[：:]?\\s*(?:[^，,。；;]{0,12}?[：:])?\\s*(?<=[：:]|包括|涵盖|有|为|是|分别为|分别是|\\s)[，,]?\\s*"
            // the conjuncts of an elliptic list may sit between: "成员单位有出山镇、盆尧镇和权寨镇卫生院"
            + "(?:[\\u4e00-\\u9fa5]{1,6}(?:镇|乡|街道|社区)[、和及与])*"
            // members that are no hospital may come first: "包括：南昌大学、A、B"
            + "(?:[\\u4e00-\\u9fa5]{2,16}?(?:大学|学院|科学院|研究院|研究所|学会|协会)(?:[（(][^）)]{0,8}[）)])?、)*$");
}
